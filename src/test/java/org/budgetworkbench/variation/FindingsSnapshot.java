package org.budgetworkbench.variation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetworkbench.bench.CorpusPerturbation;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.CorpusDocuments;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.core.json.FindingsJson;
import org.budgetworkbench.model.Document;

/**
 * The validator's findings on every document we have, written one findings@1 file per document (审核结果快照),
 * so that a change meant to make validation faster can be shown to leave the findings byte-identical: run it
 * before and after into two folders and {@code diff -r} them. The documents: every corpus file under
 * {@code ../shared/corpus} (when it is there), the truth documents with their narrative, the perturbed batch
 * of the validation benchmark, and the variation test bed's documents rendered in each single variation.
 * Not a unit test (it takes minutes); run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.budgetworkbench.variation.FindingsSnapshot OUT_DIR [perturbed-count]}.
 */
public final class FindingsSnapshot {
    private FindingsSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int perturbed = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Files.createDirectories(out);
        Validator validator = new Validator();
        DisclosureExtractor extractor = new DisclosureExtractor();
        int written = 0;
        for (String folder : new String[] {"../shared/corpus/dev", "../shared/corpus/real"}) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                System.out.println("not there, left out: " + dir);
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().matches(".*\\.(xlsx|xls|pdf)$")).sorted().toList();
            }
            for (Path f : files) {
                Document d = extractor.extract(f).document();
                write(out, "corpus-" + f.getFileName(), d, validator);
                written++;
            }
        }
        for (String id : CorpusDocuments.IDS) {
            write(out, "truth-" + id, CorpusDocuments.document(id), validator);
            written++;
        }
        List<Document> batch = CorpusPerturbation.fromCorpus().documents(perturbed);
        for (int i = 0; i < batch.size(); i++) {
            write(out, String.format("perturbed-%03d", i), batch.get(i), validator);
            written++;
        }
        List<Document> bed = new ArrayList<>();
        for (String id : CorpusDocuments.IDS) {
            bed.add(ExtractJson.read(CorpusDocuments.truthText(id)).get(0));
        }
        bed.add(VariationTest.fixture());
        WorkbookRenderer renderer = new WorkbookRenderer();
        Path tmp = Files.createTempDirectory("snapshot");
        List<Layout> layouts = VariationTest.singleVariations();
        for (int i = 0; i < bed.size(); i++) {
            write(out, "bed-" + i, bed.get(i), validator);
            for (int l = 0; l < layouts.size(); l++) {
                // the format by turns, as the test bed does
                Layout layout = layouts.get(l).withFormat(Layout.Format.values()[(i + l) % 2]);
                WorkbookRenderer.Rendered r = renderer.render(bed.get(i), layout);
                Path file = tmp.resolve("v" + i + "-" + l + "-" + r.fileName());
                Files.write(file, r.bytes());
                write(out, "bed-" + i + "-" + l, extractor.extract(file).document(), validator);
                Files.delete(file);
                written++;
            }
        }
        System.out.println(written + " documents' findings written to " + out);
    }

    private static void write(Path out, String name, Document d, Validator validator) throws IOException {
        Files.writeString(out.resolve(name + ".json"), FindingsJson.write(Map.of(d, validator.validate(d))),
                StandardCharsets.UTF_8);
    }
}

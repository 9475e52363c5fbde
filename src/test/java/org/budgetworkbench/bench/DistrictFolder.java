package org.budgetworkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.budgetworkbench.core.export.DisclosureWorkbookWriter;
import org.budgetworkbench.model.Document;

/**
 * A generated district for the {@code review} benchmark (区级样本文件夹): departments in folders, each with its
 * 2023 and 2024 budget and final accounts as workbooks written from {@link CorpusPerturbation}'s documents (so
 * the checks across documents have partners), and some published PDFs — the dev samples, each copy made
 * distinct by a trailing PDF comment so the content hash does not skip it. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.budgetworkbench.bench.DistrictFolder DIR [files] [pdfs]},
 * then time {@code java -jar target/budget-workbench.jar review DIR --db … --out …}.
 */
public final class DistrictFolder {
    private DistrictFolder() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int pdfs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        write(dir, files - pdfs, pdfs);
        System.out.println("district written to " + dir + ": " + (files - pdfs) + " workbooks, " + pdfs + " PDFs");
    }

    static void write(Path dir, int workbooks, int pdfs) throws IOException {
        CorpusPerturbation gen = CorpusPerturbation.fromCorpus();
        DisclosureWorkbookWriter writer = new DisclosureWorkbookWriter();
        for (int i = 0; i < workbooks; i++) {
            Document base = gen.perturb(i);
            int department = i / 4;
            int year = 2023 + (i / 2) % 2;
            String name = "某区第" + (department + 1) + "部门";
            Document d = new Document(name, year, base.kind(), base.unit(), base.tables(), base.targets(),
                    base.evaluations(), base.narrative(), base.formFields());
            Path folder = Files.createDirectories(dir.resolve(String.format("%03d-%s", department + 1, name)));
            writer.write(d, folder.resolve(year + "年部门" + d.kind().chinese() + "公开表.xlsx"));
        }
        List<Path> samples = List.of(Path.of("samples/000_2efbff76b0545c5f.pdf"),
                Path.of("samples/002_7253a26da12f1913.pdf"));
        for (int i = 0; i < pdfs; i++) {
            Path folder = Files.createDirectories(dir.resolve(String.format("PDF-%03d", i + 1)));
            Path out = folder.resolve(samples.get(i % 2).getFileName());
            Files.copy(samples.get(i % 2), out);
            Files.writeString(out, "\n% copy " + i + "\n", StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        }
    }
}

package org.budgetworkbench.core.check.phrasing;

import java.nio.file.Path;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.NarrativeSection;

/**
 * A look at one phrasing of one document (改写探查), for finding why a phrasing changed a finding: prints the
 * paragraphs holding a word before and after the rewrite. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.budgetworkbench.core.check.phrasing.PhrasingProbe FILE PHRASING-NUMBER WORD}.
 */
public final class PhrasingProbe {
    private PhrasingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Document d = new DisclosureExtractor().extract(Path.of(args[0])).document();
        Phrasing p = Phrasings.all().get(Integer.parseInt(args[1]));
        System.out.println("phrasing: " + p.name());
        print(d, args[2]);
        System.out.println("---- rewritten ----");
        print(p.apply(d), args[2]);
    }

    private static void print(Document d, String word) {
        for (NarrativeSection s : d.narrative()) {
            for (String para : s.paragraphs()) {
                if (para.contains(word) || s.heading().contains(word)) {
                    System.out.println("[" + s.heading() + "] " + para);
                }
            }
        }
    }
}

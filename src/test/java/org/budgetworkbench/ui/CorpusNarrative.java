package org.budgetworkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.core.ExtractResult;

/**
 * The narrative of a corpus document cut from its published text, standing in for the PDF reader: headings
 * by their numbering (第一部分, 一、, （一）), table lines (tab-separated) left out, broken lines joined.
 */
public final class CorpusNarrative {
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SECTION = Pattern.compile("^[（(][一二三四五六七八九十]+[)）].*");

    private CorpusNarrative() {
    }

    public static List<NarrativeSection> of(String id) {
        String text;
        try (InputStream in = CorpusNarrative.class.getResourceAsStream("/corpus/" + id + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NarrativeSection> out = new ArrayList<>();
        String heading = null;
        int level = 0;
        List<String> paragraphs = new ArrayList<>();
        boolean body = false;
        String[] lines = text.split("\n");
        // the contents list names the parts and chapters once; the body starts where the first part recurs
        String firstPart = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (PART.matcher(line).matches()) {
                if (firstPart == null) {
                    firstPart = line;
                    start = i;
                } else if (line.equals(firstPart)) {
                    start = i;
                    break;
                }
            }
        }
        for (int n = start; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.contains("\t") || line.startsWith("- ")) {
                continue;
            }
            int l = PART.matcher(line).matches() ? 1 : CHAPTER.matcher(line).matches() ? 2
                    : SECTION.matcher(line).matches() && line.length() < 30 ? 3 : 0;
            if (l == 1) {
                body = true; // the table of contents before the first part is not narrative
            }
            if (!body) {
                continue;
            }
            if (l > 0) {
                if (heading != null) {
                    out.add(new NarrativeSection(heading, level, null, paragraphs));
                }
                heading = line;
                level = l;
                paragraphs = new ArrayList<>();
            } else if (!paragraphs.isEmpty() && !endsSentence(paragraphs.get(paragraphs.size() - 1))) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + line);
            } else {
                paragraphs.add(line);
            }
        }
        if (heading != null) {
            out.add(new NarrativeSection(heading, level, null, paragraphs));
        }
        return out;
    }

    private static boolean endsSentence(String s) {
        return s.endsWith("。") || s.endsWith("：") || s.endsWith("；") || s.endsWith(":");
    }

    /** Serves the corpus documents with their narrative. */
    public static DocumentSource source() {
        DocumentSource plain = CorpusDocuments.source();
        return file -> {
            ExtractResult r = plain.extract(file);
            String id = r.document().kind().id().equals("budget") ? CorpusDocuments.BUDGET : CorpusDocuments.FINAL;
            return new ExtractResult(file, r.document().withNarrative(of(id)), r.skipped());
        };
    }
}

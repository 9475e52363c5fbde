package org.budgetworkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.workflow.DocumentSource;

/** The dev-corpus documents from their truth files, and a document source that serves them by file name. */
public final class CorpusDocuments {
    public static final String BUDGET = "000_2efbff76b0545c5f";
    public static final String FINAL = "002_7253a26da12f1913";

    private CorpusDocuments() {
    }

    public static Document load(String id) {
        try (InputStream in = CorpusDocuments.class.getResourceAsStream("/corpus/" + id + ".truth.json")) {
            return ExtractJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a sample "file" by the corpus id its name starts with — the readers are not under test here. */
    public static DocumentSource source() {
        return file -> new ExtractResult(file, load(idOf(file)), List.of());
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(BUDGET) ? BUDGET : FINAL;
    }
}

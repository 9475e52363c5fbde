package org.budgetworkbench.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.model.Document;

/**
 * PLACEHOLDER (ui branch) — an in-memory stand-in for the H2-backed {@code Documents} the store helper
 * writes; same API, replaced at merge. Keeps just enough to let the window import and list documents.
 */
public final class Documents {
    private final Map<Long, Document> documents = new LinkedHashMap<>();
    private final List<StoredDocument> entries = new ArrayList<>();

    Documents() {
    }

    public synchronized long save(Document document, String sourceFile) {
        long id = entries.size() + 1L;
        int version = (int) entries.stream()
                .filter(e -> e.department().equals(document.department()) && e.year() == document.year()
                        && e.kind() == document.kind())
                .count() + 1;
        entries.add(new StoredDocument(id, document.department(), document.year(), document.kind(), sourceFile,
                Instant.now(), version, "imported"));
        documents.put(id, document);
        return id;
    }

    public synchronized List<StoredDocument> list() {
        return List.copyOf(entries);
    }

    public synchronized Optional<Document> load(long id) {
        return Optional.ofNullable(documents.get(id));
    }
}

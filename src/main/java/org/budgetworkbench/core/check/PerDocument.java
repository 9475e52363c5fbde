package org.budgetworkbench.core.check;

import java.lang.ref.WeakReference;
import java.util.function.Function;
import org.budgetworkbench.model.Document;

/**
 * Remembers one reading of the document being validated (按文档缓存), so the several narrative rules that
 * read the same figures do not each parse the text again. Keyed on the document instance (documents are
 * immutable), per thread (batches validate on several), and weakly held (it never keeps a document alive).
 */
final class PerDocument<T> {
    private record Entry<T>(WeakReference<Document> doc, T value) {
    }

    private final Function<Document, T> compute;
    private final ThreadLocal<Entry<T>> last = new ThreadLocal<>();

    PerDocument(Function<Document, T> compute) {
        this.compute = compute;
    }

    T get(Document doc) {
        Entry<T> e = last.get();
        if (e != null && e.doc().get() == doc) {
            return e.value();
        }
        T value = compute.apply(doc);
        last.set(new Entry<>(new WeakReference<>(doc), value));
        return value;
    }
}

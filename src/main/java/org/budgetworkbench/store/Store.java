package org.budgetworkbench.store;

import java.nio.file.Path;

/**
 * PLACEHOLDER (ui branch) — the store helper's H2 + Flyway {@code Store} replaces this at merge.
 * Only the API the window uses: {@link #open}, {@link #defaultLocation}, {@link #documents}, {@link #close}.
 */
public final class Store implements AutoCloseable {
    private final Documents documents = new Documents();

    private Store() {
    }

    public static Store open(Path location) {
        return new Store();
    }

    /** Where the workbench keeps its data by default: {@code ~/.budget-workbench}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".budget-workbench");
    }

    public Documents documents() {
        return documents;
    }

    @Override
    public void close() {
    }
}

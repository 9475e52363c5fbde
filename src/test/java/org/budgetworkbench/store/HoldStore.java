package org.budgetworkbench.store;

import java.nio.file.Path;

/** TEST FIXTURE, run in a child JVM: keeps a store open ("open" on stdout) until its stdin closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent
            }
        }
    }
}

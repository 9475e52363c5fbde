package org.budgetworkbench.cli;

import java.nio.file.Path;
import org.budgetworkbench.store.Store;
import picocli.CommandLine.Option;

/** {@code --db PATH}: the store to use; the user's default store when absent. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH", description = "数据库文件（默认：用户数据目录中的工作台数据库）")
    Path db;

    Store open() {
        return Store.open(db != null ? db : Store.defaultLocation());
    }
}

package org.budgetworkbench.cli;

import java.nio.file.Path;
import org.budgetworkbench.store.Store;
import picocli.CommandLine.Option;

/**
 * {@code --db PATH}: the store to use; the user's default store when absent. A store named with {@code --db}
 * must exist — a mistyped path is an error, not a new empty store in a new folder — unless the command may
 * create one ({@link Creatable}).
 */
class StoreOption {
    @Option(names = "--db", paramLabel = "PATH", description = "数据库文件（默认：用户数据目录中的工作台数据库）；须已存在")
    Path db;

    Store open() {
        return db != null ? Store.openExisting(db) : Store.open(Store.defaultLocation());
    }

    /** {@code --db PATH [--create-db]}: for {@code import}, which may start a new store. */
    static final class Creatable extends StoreOption {
        @Option(names = "--create-db", description = "--db 指定的数据库不存在时新建它")
        boolean create;

        @Override
        Store open() {
            return db != null && create ? Store.open(db) : super.open();
        }
    }
}

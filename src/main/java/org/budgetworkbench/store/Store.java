package org.budgetworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The workbench's database (工作台数据库): one H2 file holding every imported disclosure, its versions,
 * the findings of its latest validation and the corrections made to it. Opening it brings its schema up
 * to date (Flyway migrations in {@code db/migration}); only one program can have it open at a time.
 */
public final class Store implements AutoCloseable {
    /** What H2 appends to the name it is given. */
    static final String H2_SUFFIX = ".mv.db";

    private final Database db;
    private final Documents documents;
    private final FindingsStore findings;
    private final EditHistory edits;
    private final ReadingNotes notes;
    private final SourceFiles sources;
    private final ReviewDates dates;

    private Store(Database db) {
        this.db = db;
        this.documents = new Documents(db);
        this.findings = new FindingsStore(db);
        this.edits = new EditHistory(db);
        this.notes = new ReadingNotes(db);
        this.sources = new SourceFiles(db);
        this.dates = new ReviewDates(db);
    }

    /**
     * Opens the store at {@code dbFile} (with or without the {@code .mv.db} suffix), creating it and its
     * folders when they are not there, and applies any migration it has not had yet.
     *
     * @throws StoreException when the file is in use by another program, corrupt, or cannot be written
     */
    public static Store open(Path dbFile) {
        return open(dbFile, true, FILE_SYSTEM);
    }

    /**
     * Opens a store that must already be there: a mistyped {@code --db} path is an error, not a new empty store
     * in a new folder.
     *
     * @throws StoreException when there is no store at {@code dbFile}, or for the reasons of {@link #open}
     */
    public static Store openExisting(Path dbFile) {
        return open(dbFile, false, FILE_SYSTEM);
    }

    /** H2's prefix for files on disk; tests put a file system of their own here (one whose writes fail). */
    static final String FILE_SYSTEM = "file:";
    /**
     * H2 writes no {@code .trace.db} of its own next to the store: its failures reach the log through the
     * exceptions the store turns into messages.
     */
    private static final String URL_SETTINGS = ";TRACE_LEVEL_FILE=0";

    static Store open(Path dbFile, boolean create, String fileSystem) {
        Path base = withoutSuffix(dbFile.toAbsolutePath().normalize());
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        if (base.toString().contains(";")) {
            throw new StoreException("数据库文件路径 " + file + " 含有分号，无法使用，请换一个位置。");
        }
        if (!create && !Files.isRegularFile(file)) {
            throw new StoreException("数据库文件 " + file + " 不存在，请检查路径（导入时加 --create-db 可新建数据库）。");
        }
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new StoreException("无法创建数据库文件夹 " + base.getParent() + "（该位置不可写或磁盘已满）。", e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + fileSystem + base + URL_SETTINGS);
        ds.setUser("sa");
        ds.setPassword("");
        Connection connection;
        try {
            connection = ds.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw StoreException.opening(file, e);
        }
        try {
            if (isReadOnly(connection)) {
                throw new StoreException("数据库文件 " + file + " 是只读的（文件或所在文件夹不可写），无法在其中保存。"
                        + "请检查文件权限，或换一个可写的位置。");
            }
            if (isCurrent(connection)) {
                return new Store(new Database(connection, file));
            }
            // our connection keeps the database open while Flyway uses its own
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return new Store(new Database(connection, file));
        } catch (FlywayException e) {
            closeQuietly(connection, e);
            throw new StoreException("数据库文件 " + file + " 的结构无法升级（可能由更新版本的工作台创建，或已损坏）。", e);
        } catch (StoreException e) {
            closeQuietly(connection, e);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw StoreException.opening(file, e);
        }
    }

    /** H2 opens a file it may not write read-only, and then fails on the first change with raw SQL. */
    private static boolean isReadOnly(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT READONLY()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * The newest migration in {@code db/migration} ({@code V<n>__…sql}); a test keeps the two in step.
     * A store already at this version opens without Flyway, whose start-up costs more than the window's.
     */
    static final int SCHEMA_VERSION = 11;

    private static boolean isCurrent(Connection c) {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                     + " WHERE \"success\"")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException | RuntimeException e) {
            return false; // a new or older store: Flyway decides
        }
    }

    /**
     * The store's usual place, in the user's data folder: {@code $XDG_DATA_HOME/budget-workbench/store}
     * (else {@code ~/.local/share/budget-workbench/store}) on Linux, {@code %APPDATA%\BudgetWorkbench\store}
     * on Windows, {@code ~/Library/Application Support/BudgetWorkbench/store} on macOS.
     */
    public static Path defaultLocation() {
        return StoreLocation.forThisSystem();
    }

    public Documents documents() {
        return documents;
    }

    public FindingsStore findings() {
        return findings;
    }

    public EditHistory edits() {
        return edits;
    }

    /** What the reader could not read of each stored document. */
    public ReadingNotes readingNotes() {
        return notes;
    }

    /** The files each document was read from, with their content hashes. */
    public SourceFiles sources() {
        return sources;
    }

    /** The approval and publication dates the review sheet judges timeliness by. */
    public ReviewDates dates() {
        return dates;
    }

    /** The database file itself ({@code ….mv.db}). */
    public Path file() {
        return db.file();
    }

    @Override
    public void close() {
        db.close();
    }

    private static Path withoutSuffix(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? p.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())) : p;
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

package org.budgetworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of an open store and the rule for using it: every piece of work runs in its own
 * transaction, committed whole or rolled back whole, one piece at a time.
 */
final class Database implements AutoCloseable {
    /** Work on the connection; may throw anything JDBC throws. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();

    Database(Connection connection, Path file) throws SQLException {
        this.connection = connection;
        this.file = file;
        connection.setAutoCommit(false);
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction; on any failure nothing of it stays. {@code what} names it for the message. */
    <T> T inTransaction(String what, Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                durable();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw StoreException.failed(what, file, e);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * H2 keeps a commit in memory and writes it to the file later, on a thread of its own: a full disk then goes
     * unnoticed, the import reports success and the documents are gone at the next start. A checkpoint writes
     * the commit out now, so a failed write fails the work that made it. With nothing new to write it is cheap.
     */
    private void durable() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            throw StoreException.failed("关闭数据库", file, e);
        } finally {
            lock.unlock();
        }
    }
}

package org.budgetworkbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * TEST FIXTURE: an H2 file system ({@code failing:}) over the disk whose writes fail on demand, as on a full
 * disk, or whose files cannot be written, as on a read-only one. H2 finds it by the prefix of the database URL.
 */
public final class FailingFileSystem extends FilePathWrapper {
    static final String PREFIX = "failing:";
    /** Every write fails with "No space left on device" while set. */
    static volatile boolean full;
    /** Files report themselves not writable while set. */
    static volatile boolean readOnly;

    static {
        FilePath.register(new FailingFileSystem());
    }

    /** Loads the class, which registers the file system once. */
    static void register() {
        full = false;
        readOnly = false;
    }

    @Override
    public String getScheme() {
        return "failing";
    }

    @Override
    public boolean canWrite() {
        return !readOnly && super.canWrite();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(super.open(mode));
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        private static void failIfFull() throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            failIfFull();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            failIfFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            failIfFull();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            failIfFull();
            base.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}

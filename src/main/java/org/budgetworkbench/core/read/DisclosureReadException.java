package org.budgetworkbench.core.read;

import java.nio.file.Path;

/**
 * A file that cannot be read as a disclosure: corrupt, encrypted, empty, a scan with no text, or not a
 * disclosure at all. The message names the file and says what is wrong, in Chinese, for the analyst.
 */
public class DisclosureReadException extends Exception {
    private final Path file;

    public DisclosureReadException(Path file, String reason) {
        super(file.getFileName() + "：" + reason);
        this.file = file;
    }

    public DisclosureReadException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + "：" + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

package org.budgetworkbench.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What every answer to the analyst must be: words, no exception class name, no stack trace. */
final class Answers {
    /** "IndexOutOfBoundsException", "java.io.IOException: …", "at org.apache.poi…(XSSF.java:12)". */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "[A-Za-z]+(Exception|Error)\\b|\\bjava\\.|\\borg\\.(apache|h2|budgetworkbench)|\\bat [\\w.$]+\\(");

    private Answers() {
    }

    static boolean namesAClass(String message) {
        return message != null && CLASS_NAME.matcher(message).find();
    }

    static void assertInWords(String message) {
        assertThat(message).isNotBlank();
        assertThat(namesAClass(message)).as("no class name or stack trace in: %s", message).isFalse();
    }
}

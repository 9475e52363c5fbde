package org.budgetworkbench.model;

/** The shapes of row keys extract@1 uses (行键). */
public final class RowKeys {
    public static final String TOTAL = "total";
    public static final String UNIT_PREFIX = "unit:";
    public static final String NAME_PREFIX = "name:";

    private RowKeys() {
    }

    /** A 3, 5 or 7 digit function code, or a 3 or 5 digit economic code. */
    public static boolean isClassificationCode(String key) {
        if (key == null || key.length() != 3 && key.length() != 5 && key.length() != 7) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') { // as \d: ASCII digits only
                return false;
            }
        }
        return true;
    }

    /** 类 = 3 digits, 款 = 5, 项 = 7; 0 when the key is no code. */
    public static int level(String key) {
        if (!isClassificationCode(key)) {
            return 0;
        }
        return switch (key.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }

    /** The code one level up ({@code 2010301} → {@code 20103}), or null for a 类. */
    public static String parent(String code) {
        return switch (code.length()) {
            case 7 -> code.substring(0, 5);
            case 5 -> code.substring(0, 3);
            default -> null;
        };
    }
}

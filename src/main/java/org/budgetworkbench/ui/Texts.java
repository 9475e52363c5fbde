package org.budgetworkbench.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks texts up in the window's bundle; a missing key shows as itself rather than failing the window. */
public final class Texts {
    private Texts() {
    }

    public static String get(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static boolean has(ResourceBundle bundle, String key) {
        return bundle.containsKey(key);
    }
}

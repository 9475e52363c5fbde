package org.budgetworkbench.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The languages of the window (界面语言): Chinese by default, English on request. */
public enum Language {
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE),
    ENGLISH("en", Locale.ENGLISH);

    private static final String BUNDLE = "org.budgetworkbench.ui.messages";

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The window's texts in this language; never falls back to the machine's locale. */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equals(tag)) {
                return l;
            }
        }
        return CHINESE;
    }
}

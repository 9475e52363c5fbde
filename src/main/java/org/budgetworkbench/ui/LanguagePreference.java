package org.budgetworkbench.ui;

import java.util.prefs.Preferences;

/** Remembers the chosen language between runs (语言偏好), through java.util.prefs. */
public final class LanguagePreference {
    private static final String KEY = "language";
    private final Preferences node;

    public LanguagePreference(Preferences node) {
        this.node = node;
    }

    /** The user's own preference node of the workbench. */
    public static LanguagePreference forUser() {
        return new LanguagePreference(Preferences.userRoot().node("org/budgetworkbench/ui"));
    }

    public Language load() {
        return Language.fromTag(node.get(KEY, Language.CHINESE.tag()));
    }

    /** The window's layout (split positions), remembered in the same place as the language. */
    public LayoutPreference layout() {
        return new LayoutPreference(node);
    }

    public void save(Language language) {
        node.put(KEY, language.tag());
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // not fatal: the choice holds for this run and is written when the JVM exits
        }
    }
}

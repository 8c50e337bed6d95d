package io.m365connect.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The wizard's texts, from {@code io/m365connect/i18n/messages.properties}; every text goes through MessageFormat, so a quote is written twice. */
public final class Messages {
    private static final String BUNDLE = "io.m365connect.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for '" + key + "' in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}

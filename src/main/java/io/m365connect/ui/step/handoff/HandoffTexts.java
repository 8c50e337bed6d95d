package io.m365connect.ui.step.handoff;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Hand-off page's texts, from {@code io/m365connect/i18n/handoff.properties} (MessageFormat: a quote is doubled). */
final class HandoffTexts {
    private static final String BUNDLE = "io.m365connect.i18n.handoff";

    private HandoffTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}

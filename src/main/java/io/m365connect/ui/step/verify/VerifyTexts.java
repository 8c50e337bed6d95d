package io.m365connect.ui.step.verify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Verify page's texts, from {@code io/m365connect/i18n/verify.properties} (MessageFormat: a quote is doubled). */
final class VerifyTexts {
    private static final String BUNDLE = "io.m365connect.i18n.verify";

    private VerifyTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}

package io.m365connect.ui.step.permissions;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The permission picker's texts, from {@code io/m365connect/i18n/picker.properties} (MessageFormat: a quote is doubled). */
final class PickerTexts {
    private static final String BUNDLE = "io.m365connect.i18n.picker";

    private PickerTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}

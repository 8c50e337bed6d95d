package io.m365connect.ui.step.credential;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The credential step's texts (i18n/credential.properties). */
final class CredentialTexts {
    private static final String BUNDLE = "io.m365connect.i18n.credential";

    private CredentialTexts() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}

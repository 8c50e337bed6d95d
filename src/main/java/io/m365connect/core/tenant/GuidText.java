package io.m365connect.core.tenant;

import java.util.Optional;

/** Says in plain words what is wrong with something that was meant to be a GUID. */
final class GuidText {
    static final String EXAMPLE = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private GuidText() {
    }

    static InputResult<String> read(String what, String value) {
        Optional<String> guid = PastedText.canonicalGuid(value);
        if (guid.isPresent()) {
            return InputResult.accepted(guid.get());
        }
        return InputResult.rejected(
                "The " + what + " \"" + value + "\" is not a valid GUID: " + defect(value) + ".",
                "Copy the " + what + " again from the app's Overview page in the Entra admin center; it looks like "
                        + EXAMPLE + ".",
                "a character was lost or added while copying", "the value was typed by hand");
    }

    private static String defect(String value) {
        int hex = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                return "it contains a space";
            }
            if (c != '-' && Character.digit(c, 16) < 0) {
                return "'" + c + "' is not a hex digit (0-9, a-f)";
            }
            if (c != '-') {
                hex++;
            }
        }
        if (hex != 32) {
            return "it has " + hex + " hex digits, a GUID has 32";
        }
        return "the dashes are not in the 8-4-4-4-12 places";
    }
}

package io.m365connect.ui.step.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The picker's bundle has every key the code asks for, and no quote that formatting would swallow. */
class PickerTextsTest {
    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PickerTextsTest.class.getResourceAsStream("/io/m365connect/i18n/picker.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties p = bundle();
        Pattern use = Pattern.compile("PickerTexts\\.text\\(\"([a-zA-Z0-9_.]+)\"[,)]");
        List<String> keys = new ArrayList<>();
        for (String file : List.of("PermissionPickerViewModel.java", "PermissionPickerView.java",
                "PermissionsViewModel.java", "PermissionsView.java")) {
            String code = Files.readString(Path.of("src/main/java/io/m365connect/ui/step/permissions", file));
            use.matcher(code).results().forEach(r -> keys.add(r.group(1)));
        }
        for (CredentialKind k : CredentialKind.values()) {
            keys.add("picker.kind." + k.id());
        }
        for (PermissionType t : PermissionType.values()) {
            keys.add("picker.type.word." + t.id());
        }
        keys.add("picker.type.application.accessible");
        keys.add("picker.type.delegated.accessible");
        assertEquals(List.of(), keys.stream().filter(k -> !p.containsKey(k)).distinct().toList());
    }

    @Test
    void noTextHasASingleQuoteThatFormattingWouldSwallow() throws IOException {
        Properties p = bundle();
        assertEquals(List.of(), p.stringPropertyNames().stream()
                .filter(k -> p.getProperty(k).replace("''", "").contains("'")).sorted().toList());
        assertEquals("You chose a client secret on the Credential step: the app runs alone, so it needs application "
                + "permissions (they show in the token's roles).", PickerTexts.text("picker.type.appOnly",
                PickerTexts.text("picker.kind.secret")));
    }
}

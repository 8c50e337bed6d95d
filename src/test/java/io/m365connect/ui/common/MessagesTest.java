package io.m365connect.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/m365connect/i18n/messages.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void apostrophesSurviveFormatting() {
        assertTrue(Messages.text("registration.tenant.hint").contains("the app's Overview page"));
        assertEquals("Step 2 of 6: App registration", Messages.text("step.heading", 2, 6, "App registration"));
    }

    @Test
    void noTextHasASingleQuoteThatFormattingWouldSwallow() throws IOException {
        Properties p = bundle();
        List<String> bad = p.stringPropertyNames().stream()
                .filter(k -> p.getProperty(k).replace("''", "").contains("'")).sorted().toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties p = bundle();
        Pattern use = Pattern.compile("Messages\\.text\\(\"([a-zA-Z0-9_.]+)\"[,)]");
        List<String> missing;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/m365connect"))) {
            missing = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = use.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(k -> !p.containsKey(k)).distinct().sorted().toList();
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() throws IOException {
        Properties p = bundle();
        List<String> keys = new java.util.ArrayList<>();
        for (var t : io.m365connect.core.recipe.PermissionType.values()) {
            keys.add("permissions.type." + t.id());
        }
        for (var t : io.m365connect.core.recipe.Privilege.values()) {
            keys.add("permissions.privilege." + t.id());
            keys.add("permissions.kind.privilege." + t.id());
        }
        for (var t : io.m365connect.core.recipe.RoleHolder.values()) {
            keys.add("permissions.holder." + t.id());
        }
        for (var t : io.m365connect.ui.shell.StepStatus.values()) {
            keys.add("steps.mark." + t.name().toLowerCase(java.util.Locale.ROOT));
            keys.add("steps.status." + t.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(List.of(), keys.stream().filter(k -> !p.containsKey(k)).toList());
    }
}

package io.m365connect.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonPositionsTest {
    private static final String DOC = String.join("\n",
            "{",
            "  \"id\": \"x\",",
            "  \"permissions\": [",
            "    {",
            "      \"name\": \"Mail.Read\"",
            "    },",
            "    {\"name\": \"User.Read\", \"tags\": [\"a\", \"b\"]}",
            "  ]",
            "}");

    @Test
    void everyValueIsFoundByItsPath() {
        JsonPositions pos = JsonPositions.of(DOC.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, pos.line("$"));
        assertEquals(2, pos.line("$.id"));
        assertEquals(3, pos.line("$.permissions"));
        assertEquals(4, pos.line("$.permissions[0]"));
        assertEquals(5, pos.line("$.permissions[0].name"));
        assertEquals(7, pos.line("$.permissions[1].name"));
        assertEquals(7, pos.line("$.permissions[1].tags[1]"));
    }

    @Test
    void unknownPathHasNoLine() {
        assertEquals(-1, JsonPositions.of(DOC.getBytes(StandardCharsets.UTF_8)).line("$.nothing"));
    }

    @Test
    void brokenJsonKeepsTheLinesBeforeTheBreak() {
        JsonPositions pos = JsonPositions.of("{\n\"a\": 1,\n\"b\" 2\n}".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, pos.line("$.a"));
        assertEquals(-1, pos.line("$.b"));
    }
}

package io.m365connect.core.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.auth.FailureLayer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorCatalogTest {
    private final ErrorCatalog catalog = ErrorCatalog.loadBuiltIn();

    @Test
    void builtInCatalogExplainsAtLeastFortyAadstsCodes() {
        assertTrue(catalog.all(ErrorCatalog.Section.AADSTS).size() >= 40,
                "only " + catalog.all(ErrorCatalog.Section.AADSTS).size());
    }

    @Test
    void wrongSecretExplanationMentionsTheSecretId() {
        var x = catalog.aadsts(7000215).orElseThrow();
        assertEquals("AADSTS7000215", x.code());
        assertEquals(FailureLayer.CREDENTIAL, x.layer());
        assertTrue(x.meaning().contains("secret's ID"));
    }

    @Test
    void explainFindsTheCodeInAWholePastedMessage() {
        List<ErrorCatalog.Lookup> found = catalog.explain("MsalServiceException: AADSTS700016: Application with "
                + "identifier 'x' was not found in the directory 'y'. Trace ID: 1 Correlation ID: 2");

        assertEquals(1, found.size());
        assertEquals("AADSTS700016", found.get(0).code());
        assertEquals("App not found in this tenant", found.get(0).entry().orElseThrow().title());
    }

    @Test
    void explainTakesABareNumberAndLowercasePrefix() {
        assertEquals("AADSTS7000222", catalog.explain(" 7000222 ").get(0).code());
        assertEquals("AADSTS50126", catalog.explain("aadsts50126").get(0).code());
    }

    @Test
    void explainNamesUnknownCodesWithTheLookupAddress() {
        ErrorCatalog.Lookup l = catalog.explain("AADSTS12345678").get(0);
        assertTrue(l.entry().isEmpty());
        assertEquals(Optional.of("https://login.microsoftonline.com/error?code=12345678"), l.lookupUrl());
    }

    @Test
    void explainFindsOauthErrorNames() {
        List<ErrorCatalog.Lookup> found = catalog.explain("{\"error\":\"authorization_declined\"}");
        assertEquals("authorization_declined", found.get(0).code());
    }

    @Test
    void explainOfTextWithoutCodesIsEmpty() {
        assertEquals(List.of(), catalog.explain("it does not work"));
    }

    @Test
    void unknownSectionIsRefusedWithTheLine() {
        IOException e = assertThrows(IOException.class, () -> parse("{\n\"aadsts\": [],\n\"smtp\": []\n}"));
        assertTrue(e.getMessage().startsWith("test.json line 3: unknown section 'smtp'"), e.getMessage());
    }

    @Test
    void unknownLayerIsRefusedWithTheLine() {
        IOException e = assertThrows(IOException.class, () -> parse("{\"aadsts\": [\n"
                + "{\"code\":\"1\",\"title\":\"t\",\"meaning\":\"m\",\"fix\":\"f\",\"layer\":\"moon\",\"source\":\"s\"}]}"));
        assertTrue(e.getMessage().startsWith("test.json line 2 (aadsts): entry 1 has layer 'moon'"), e.getMessage());
    }

    @Test
    void duplicateCodeIsRefused() {
        String entry = "{\"code\":\"1\",\"title\":\"t\",\"meaning\":\"m\",\"fix\":\"f\",\"layer\":\"app\",\"source\":\"s\"}";
        IOException e = assertThrows(IOException.class, () -> parse("{\"aadsts\": [" + entry + ",\n" + entry + "]}"));
        assertTrue(e.getMessage().endsWith("code 1 appears twice"), e.getMessage());
    }

    @Test
    void entryWithoutFixIsRefused() {
        IOException e = assertThrows(IOException.class, () -> parse("{\"aadsts\": [\n"
                + "{\"code\":\"1\",\"title\":\"t\",\"meaning\":\"m\",\"layer\":\"app\",\"source\":\"s\"}]}"));
        assertTrue(e.getMessage().contains("needs title, meaning and fix"), e.getMessage());
    }

    @Test
    void nonNumericAadstsCodeIsRefused() {
        IOException e = assertThrows(IOException.class, () -> parse("{\"aadsts\": [\n"
                + "{\"code\":\"AADSTS1\",\"title\":\"t\",\"meaning\":\"m\",\"fix\":\"f\",\"layer\":\"app\",\"source\":\"s\"}]}"));
        assertTrue(e.getMessage().contains("must be digits only"), e.getMessage());
    }

    private static ErrorCatalog parse(String json) throws IOException {
        return ErrorCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}

package io.m365connect.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJlWFla";

    @AfterEach
    void forget() {
        Redactor.forgetAll();
    }

    @Test
    void jwtIsMaskedWherever_itStands() {
        String out = Redactor.redact("token was " + JWT + ", expires soon");
        assertEquals("token was [redacted token], expires soon", out);
    }

    @Test
    void formFieldsKeepTheirNameAndLoseTheirValue() {
        String out = Redactor.redact("grant_type=client_credentials&client_secret=Qx8~Zebra.Lamp-42&client_id=abc"
                + "&client_assertion=AAAA.BBBB.CCCC&password=Hunter2Orange&scope=x");
        assertEquals("grant_type=client_credentials&client_secret=[redacted]&client_id=abc"
                + "&client_assertion=[redacted]&password=[redacted]&scope=x", out);
    }

    @Test
    void authorizationHeadersAreMasked() {
        assertEquals("Authorization: [redacted]", Redactor.redact("Authorization: Bearer abcdefghijklmnop.qrs"));
        assertEquals("Proxy-Authorization: [redacted]", Redactor.redact("Proxy-Authorization: Basic dXNlcjpwYXNz"));
        assertEquals("sent Bearer [redacted] to graph", Redactor.redact("sent Bearer opaqueToken123456789 to graph"));
    }

    @Test
    void jsonFieldsAreMasked() {
        String out = Redactor.redact("{\"access_token\":\"opaque-value-1\",\"token_type\":\"Bearer\","
                + "\"refresh_token\" : \"rt-value-2\",\"clientSecret\":\"cs-value-3\"}");
        assertFalse(out.contains("opaque-value-1"), out);
        assertFalse(out.contains("rt-value-2"), out);
        assertFalse(out.contains("cs-value-3"), out);
        assertTrue(out.contains("\"token_type\":\"Bearer\""), out);
    }

    @Test
    void pemPrivateKeyBlocksAreRemovedWholeAndCertificatesStay() {
        String pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq\n"
                + "-----END ENCRYPTED PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----";
        String out = Redactor.redact(pem);
        assertFalse(out.contains("MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq"), out);
        assertTrue(out.startsWith("[redacted private key]"), out);
        assertTrue(out.contains("MIIBcert"), out);
        assertFalse(Redactor.redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEcutoff").contains("MIIEcutoff"));
    }

    @Test
    void registeredSecretIsMaskedInEveryEncodingItTravelsIn() {
        String value = "Vx9!orchid+Basalt/77";
        Redactor.register(Secret.of(value));
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        String text = String.join(" | ", value, Base64.getEncoder().encodeToString(utf8),
                Base64.getUrlEncoder().withoutPadding().encodeToString(utf8),
                URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertEquals("[redacted] | [redacted] | [redacted] | [redacted]", Redactor.redact(text));
    }

    @Test
    void shortValuesAreNotRegisteredSoOrdinaryWordsSurvive() {
        Redactor.register(Secret.of("the"));
        assertEquals("the tenant", Redactor.redact("the tenant"));
    }

    @Test
    void ordinaryDiagnosticsPassUnchanged() {
        String line = "POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token -> 401 "
                + "AADSTS7000215: Invalid client secret provided. client_id=11111111-2222-3333-4444-555555555555";
        assertEquals(line, Redactor.redact(line));
    }

    @Test
    void debugStackTraceKeepsTheFramesAndLosesTheCredential() {
        String trace = Log.redactedStackTrace(new IllegalStateException("POST failed: client_secret=Teal-Heron-7782x"));
        assertTrue(trace.startsWith("java.lang.IllegalStateException: POST failed: client_secret=[redacted]"), trace);
        assertTrue(trace.contains("at io.m365connect.core.common.RedactorTest"), trace);
        assertFalse(trace.contains("Teal-Heron-7782x"), trace);
    }
}

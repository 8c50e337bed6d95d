package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.m365connect.core.cert.Openssl;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For each seed recipe, a hand-off made from the practice tenant's demo app: the fields and files must be what that
 * target's guide asks for (golden files under src/test/resources/handoff/), and nothing but the owner-only
 * credential files may hold the secret, the password or the key. Run with -Dgolden.update=true to rewrite the
 * golden files after a deliberate change, then read the diff.
 */
class HandoffPracticeRunTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
    private static PracticeRun run;

    @BeforeAll
    static void start() throws Exception {
        run = new PracticeRun();
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    @ParameterizedTest
    @CsvSource({"blink-exchange-online,certificate", "blink-o365-management-activity,secret",
            "blink-microsoft-graph,secret", "iamcloud-exchange-online,certificate", "email-ropc,ropc"})
    void handoffMatchesWhatTheTargetsGuideAsksFor(String recipeId, String kind) throws Exception {
        Recipe recipe = HandoffFixtures.RECIPES.find(recipeId, "global").orElseThrow();
        HandoffSession session = run.session(recipe, CredentialKind.fromId(kind));
        SetupReport report = SetupReport.of(session, CheckResults.notRun(recipe), "test", CLOCK);
        Path out = run.dir.resolve("out-" + recipeId);
        List<Artifact> files = new HandoffPackage(new CredentialFiles(CertificatePfx.encoder()))
                .build(session, report, List.of(), false);
        assertInstanceOf(ArtifactWriter.Outcome.Written.class, new ArtifactWriter().write(out, files, false));

        Golden.assertMatches("handoff/" + recipeId + ".golden.txt", describe(out, session));
        assertNoSecretOutsideKeyFiles(out);
        assertOpensslReadsTheFiles(out);
    }

    /** The files are what an admin's tools read: openssl opens each, and the key belongs to the certificate. */
    private static void assertOpensslReadsTheFiles(Path out) {
        Path crt = out.resolve(RecipeFiles.CERTIFICATE_PEM);
        Path key = out.resolve(RecipeFiles.PRIVATE_KEY_PEM);
        Path cer = out.resolve(RecipeFiles.CER);
        Path pfx = out.resolve(RecipeFiles.PFX);
        if (Files.exists(cer)) {
            assertTrue(Openssl.ok("x509", "-inform", "DER", "-in", cer.toString(), "-noout", "-subject")
                    .contains("M365 Connect practice app"));
        }
        if (Files.exists(crt)) {
            String certKey = Openssl.ok("x509", "-in", crt.toString(), "-noout", "-pubkey");
            assertEquals(certKey, Openssl.ok("pkey", "-in", key.toString(), "-pubout"), "the key belongs to the certificate");
        }
        if (Files.exists(pfx)) {
            String dump = Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PracticeRun.PASSOUT,
                    "-nodes", "-info");
            assertTrue(dump.contains("BEGIN PRIVATE KEY") && dump.contains("BEGIN CERTIFICATE"), dump);
            assertTrue(dump.contains("AES-256-CBC"), "modern PFX encryption: " + dump);
        }
    }

    private String describe(Path out, HandoffSession session) throws Exception {
        StringBuilder b = new StringBuilder();
        JsonNode fields = new ObjectMapper().readTree(Files.readString(out.resolve(HandoffPackage.FIELDS)));
        b.append("target: ").append(fields.get("target").asText()).append('\n');
        fields.get("fields").fields().forEachRemaining(e -> b.append("field ").append(e.getKey()).append(" = ")
                .append(shape(e.getValue().asText())).append('\n'));
        fields.get("withheld").forEach(w -> b.append("withheld ").append(w.asText()).append('\n'));
        fields.get("unavailable").fields().forEachRemaining(e -> b.append("unavailable ").append(e.getKey())
                .append(": ").append(e.getValue().asText()).append('\n'));
        List<Path> listing;
        try (Stream<Path> s = Files.list(out)) {
            listing = s.sorted().toList();
        }
        for (Path p : listing) {
            b.append("file ").append(p.getFileName()).append(' ')
                    .append(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).append(' ')
                    .append(content(p)).append('\n');
        }
        return b.toString().replace(run.tenant.cloud().authority(), "{practice}");
    }

    private static String shape(String value) {
        if (value.startsWith("-----BEGIN ")) {
            return "<PEM " + String.join(" + ", value.lines().filter(l -> l.startsWith("-----BEGIN "))
                    .map(l -> l.substring(11, l.length() - 5)).toList()) + ">";
        }
        return value;
    }

    private String content(Path p) throws Exception {
        String name = p.getFileName().toString();
        byte[] bytes = Files.readAllBytes(p);
        if (name.endsWith(".pem")) {
            return shape(new String(bytes, StandardCharsets.US_ASCII));
        }
        if (name.endsWith(".cer")) {
            X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
            return "<DER certificate " + c.getSubjectX500Principal().getName() + ">";
        }
        if (name.endsWith(".pfx")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(bytes), PracticeRun.PASSOUT.toCharArray());
            String alias = Collections.list(ks.aliases()).get(0);
            return "<PKCS#12: key " + ks.isKeyEntry(alias) + ", " + ks.getCertificateChain(alias).length
                    + " certificate(s), opens with the chosen password>";
        }
        if (name.equals(HandoffPackage.LINKS)) {
            return "\n" + new String(bytes, StandardCharsets.UTF_8).indent(2).stripTrailing();
        }
        return "<" + (name.endsWith(".html") ? "HTML" : "JSON") + ">";
    }

    private void assertNoSecretOutsideKeyFiles(Path out) throws Exception {
        List<String> secrets = run.secrets();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.equals(RecipeFiles.PRIVATE_KEY_PEM) || name.equals(RecipeFiles.PFX)) {
                    continue;
                }
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), name + " holds secret material");
                }
            }
        }
    }
}

package io.m365connect.ui.step.handoff;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.cert.SelfSignedFactory;
import io.m365connect.core.common.Secret;
import io.m365connect.core.handoff.ArtifactWriter;
import io.m365connect.core.handoff.CertificatePfx;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.TextClipboard;
import io.m365connect.ui.shell.WizardSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole wizard session with a real secret, certificate, key and PFX password in memory: the autosaved draft, the
 * helpdesk profile, the report and the reminder it saves hold none of them, in clear or in base64.
 */
class SecretScanTest {
    private static final String SECRET = "Scan~Secret.Value_99-MustNotLeak";
    private static final String PFX_PASSWORD = "Scan-Pfx-Password-31-MustNotLeak";

    @TempDir
    Path home;
    @TempDir
    Path out;

    private final List<String> clipboard = new ArrayList<>();

    private HandoffViewModel model(WizardSession session) {
        return new HandoffViewModel(new SessionSources(session, RecipeCatalog.loadBuiltIn(CloudCatalog.loadBuiltIn()).permissions()), new DirectUiExecutor(), new TextClipboard() {
            @Override
            public void put(String text) {
                clipboard.add(text);
            }

            @Override
            public Optional<String> text() {
                return Optional.empty();
            }

            @Override
            public void clear() {
            }
        }, (d, r) -> () -> { }, new CredentialFiles(CertificatePfx.encoder()), new ArtifactWriter(),
                Clock.systemUTC(), "scan");
    }

    private List<String> forbidden(SelfSignedFactory.Issued app) {
        List<String> out = new ArrayList<>(List.of(SECRET, PFX_PASSWORD, "PRIVATE KEY"));
        for (String s : List.of(SECRET, PFX_PASSWORD)) {
            out.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
            out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        }
        String key = Base64.getEncoder().encodeToString(app.keyPair().getPrivate().getEncoded());
        for (int i = 0; i + 64 <= key.length(); i += 64) {
            out.add(key.substring(i, i + 64));
        }
        return out;
    }

    @Test
    void draftProfileReportAndReminderHoldNoSecretPasswordOrKey() throws Exception {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        RecipeCatalog recipes = RecipeCatalog.loadBuiltIn(clouds);
        SelfSignedFactory.Issued ca = SelfSignedFactory.certificateAuthority("Scan CA", Duration.ofDays(60));
        SelfSignedFactory.Issued app = SelfSignedFactory.clientAuthentication(ca, "Scan App", Duration.ofDays(50));
        List<Path> saved = new ArrayList<>();
        for (String recipe : List.of("iamcloud-exchange-online", "blink-microsoft-graph")) {
            WizardSession session = new WizardSession(recipes::all, clouds.all(), new DirectUiExecutor(),
                    new ProfileStore(home));
            session.startAutosave();
            session.recipeProperty().set(recipes.find(recipe).orElseThrow());
            session.tenantProperty().set("8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15");
            session.clientIdProperty().set("3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c04");
            session.inputs().put("organization", "contoso.onmicrosoft.com");
            session.credentialMaterialProperty().set(recipe.startsWith("iam")
                    ? new HandoffCredential.Certificate(app.certificate(), List.of(ca.certificate()),
                            app.keyPair().getPrivate(), Secret.of(PFX_PASSWORD))
                    : new HandoffCredential.ClientSecret(Secret.of(SECRET), Optional.of(Instant.now().plusSeconds(86400 * 90))));
            HandoffViewModel vm = model(session);
            vm.refresh();
            vm.fields().forEach(vm::copy);
            Path dir = Files.createDirectories(out.resolve(recipe));
            vm.saveReport(dir.resolve("report.html"));
            vm.saveProfile(dir.resolve("acme"));
            vm.addToCalendar(dir.resolve("renew.ics"));
            session.notesProperty().set("changed, so the draft is written");
            session.saveNow();
            assertNull(vm.problemProperty().get());
            saved.addAll(List.of(dir.resolve("report.html"), dir.resolve("report.json"), dir.resolve("acme.m365connect"),
                    dir.resolve("renew.ics")));
        }
        assertTrue(clipboard.contains(PFX_PASSWORD) && clipboard.contains(SECRET), "the secrets were really there");
        try (Stream<Path> files = Files.list(home)) {
            saved.addAll(files.toList());
        }
        assertTrue(saved.stream().anyMatch(p -> p.getFileName().toString().equals("draft.m365connect")), saved.toString());
        List<String> forbidden = forbidden(app);
        for (Path f : saved) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1);
            for (String s : forbidden) {
                assertFalse(text.contains(s), f.getFileName() + " holds secret material");
            }
        }
    }
}

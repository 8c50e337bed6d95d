package io.m365connect.ui.step.handoff;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.cert.SelfSignedFactory;
import io.m365connect.core.common.Secret;
import io.m365connect.core.handoff.ArtifactWriter;
import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.handoff.HandoffSession;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.TextClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffViewModelTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);
    private static final String SECRET = "Vm~Test.Secret_42-NeverShown";
    private static final String TENANT = "8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15";
    private static final String CLIENT = "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c03";

    @TempDir
    Path dir;

    private final FakeClipboard clipboard = new FakeClipboard();
    private final List<Runnable> delayed = new ArrayList<>();
    private HandoffSession session;

    private HandoffViewModel model() {
        HandoffViewModel.Sources sources = new HandoffViewModel.Sources() {
            @Override
            public Optional<HandoffSession> session() {
                return Optional.ofNullable(session);
            }

            @Override
            public CheckResults checkResults(HandoffSession s) {
                return CheckResults.notRun(s.recipe());
            }

            @Override
            public List<HandoffPackage.Script> scripts(HandoffSession s) {
                return List.of(new HandoffPackage.Script("exchange-setup.ps1", "Exchange", "New-ServicePrincipal\n"));
            }

            @Override
            public String profileJson() {
                return "{\"format\":\"m365connect-profile\",\"version\":1}";
            }
        };
        HandoffViewModel vm = new HandoffViewModel(sources, new DirectUiExecutor(), clipboard,
                (Duration d, Runnable r) -> {
                    delayed.add(r);
                    return () -> delayed.remove(r);
                }, new CredentialFiles((c, i, k, p) -> new byte[] {1, 2, 3}), new ArtifactWriter(),
                Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC), "test");
        vm.refresh();
        return vm;
    }

    private void graphWithSecret() {
        session = new HandoffSession(RECIPES.find("blink-microsoft-graph").orElseThrow(), CLOUDS.find("global")
                .orElseThrow(), TENANT, CLIENT, Map.of(), null, new HandoffCredential.ClientSecret(Secret.of(SECRET),
                Optional.of(Instant.parse("2027-06-30T00:00:00Z"))), List.of());
    }

    private void exchangeWithCertificate() throws Exception {
        SelfSignedFactory.Issued ca = SelfSignedFactory.certificateAuthority("VM CA", Duration.ofDays(30));
        SelfSignedFactory.Issued app = SelfSignedFactory.clientAuthentication(ca, "VM App", Duration.ofDays(20));
        session = new HandoffSession(RECIPES.find("blink-exchange-online").orElseThrow(), CLOUDS.find("global")
                .orElseThrow(), TENANT, CLIENT, Map.of("organization", "contoso.onmicrosoft.com"), null,
                new HandoffCredential.Certificate(app.certificate(), List.of(), app.keyPair().getPrivate(), null),
                List.of());
    }

    @Test
    void fieldsAreTheTargetsWithTheSecretMaskedUntilShown() {
        graphWithSecret();
        HandoffViewModel vm = model();
        assertEquals("What Blink — Microsoft Graph asks for", vm.headingProperty().get());
        assertEquals(List.of("Client ID", "Client Secret", "Tenant ID"), vm.fields().stream().map(FieldRow::label).toList());
        FieldRow secret = vm.fields().get(1);
        assertEquals("••••••••", secret.textBinding().get());
        vm.toggleReveal(secret);
        assertEquals(SECRET, secret.textBinding().get());
        vm.toggleReveal(secret);
        assertEquals("••••••••", secret.textBinding().get());
        assertEquals("The client secret expires on 2027-06-30.", vm.expiryProperty().get());
    }

    @Test
    void copyingASecretOffersToClearAndClearsOnlyIfTheClipboardStillHoldsIt() {
        graphWithSecret();
        HandoffViewModel vm = model();
        vm.copy(vm.fields().get(1));
        assertEquals(SECRET, clipboard.text().orElseThrow());
        assertTrue(vm.clearOfferProperty().get());
        vm.clearClipboardLater();
        assertEquals(1, delayed.size());
        delayed.get(0).run();
        assertEquals(Optional.empty(), clipboard.text());

        vm.copy(vm.fields().get(1));
        vm.clearClipboardLater();
        clipboard.put("something the person copied since");
        delayed.get(delayed.size() - 1).run();
        assertEquals("something the person copied since", clipboard.text().orElseThrow());
    }

    @Test
    void keepingTheSecretCancelsTheOfferAndCopyingPlainTextOffersNothing() {
        graphWithSecret();
        HandoffViewModel vm = model();
        vm.copy(vm.fields().get(1));
        vm.keepClipboard();
        assertFalse(vm.clearOfferProperty().get());
        assertTrue(delayed.isEmpty());
        vm.copy(vm.fields().get(0));
        assertEquals(CLIENT, clipboard.text().orElseThrow());
        assertFalse(vm.clearOfferProperty().get());
    }

    @Test
    void saveFilesAsksBeforeReplacingAndReplacesOnlyWhenConfirmed() throws Exception {
        exchangeWithCertificate();
        HandoffViewModel vm = model();
        assertTrue(vm.hasFilesProperty().get());
        Files.writeString(dir.resolve("app.key.pem"), "OLD");
        vm.saveFiles(dir);
        assertEquals(List.of("app.key.pem"), vm.pendingOverwriteProperty().get());
        assertFalse(Files.exists(dir.resolve("app.crt.pem")), "nothing written while asking");
        vm.cancelOverwrite();
        assertEquals("OLD", Files.readString(dir.resolve("app.key.pem")));
        assertEquals("Nothing was replaced.", vm.messageProperty().get());

        vm.saveFiles(dir);
        vm.confirmOverwrite();
        assertTrue(Files.readString(dir.resolve("app.key.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("app.key.pem"))));
        assertEquals("Saved 3 file(s) in " + dir + ".", vm.messageProperty().get());
        assertEquals(List.of(), vm.pendingOverwriteProperty().get());
    }

    @Test
    void reportCalendarProfileAndScriptAreSavedWhereChosen() throws Exception {
        graphWithSecret();
        HandoffViewModel vm = model();
        vm.saveReport(dir.resolve("acme.html"));
        assertTrue(Files.readString(dir.resolve("acme.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(dir.resolve("acme.json")).contains("\"m365connect-report\""));
        assertTrue(vm.canAddToCalendar());
        vm.addToCalendar(dir.resolve("renew"));
        assertTrue(Files.readString(dir.resolve("renew.ics")).contains("DTSTART;VALUE=DATE:20270531"));
        vm.saveProfile(dir.resolve("acme"));
        assertTrue(Files.exists(dir.resolve("acme.m365connect")));
        vm.saveScript(vm.scripts().get(0), dir.resolve("setup.ps1"));
        assertEquals("New-ServicePrincipal\n", Files.readString(dir.resolve("setup.ps1")));
        for (String name : List.of("acme.html", "acme.json", "renew.ics", "acme.m365connect")) {
            assertFalse(Files.readString(dir.resolve(name)).contains(SECRET), name);
        }
    }

    @Test
    void aWriteFailureBecomesTheProblemInPlainWords() throws Exception {
        graphWithSecret();
        HandoffViewModel vm = model();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        vm.saveReport(file.resolve("report.html"));
        assertNotNull(vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().summary().endsWith("Nothing was written."),
                vm.problemProperty().get().summary());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void withoutARecipeThePageSaysWhereToStart() {
        session = null;
        HandoffViewModel vm = model();
        assertTrue(vm.fields().isEmpty());
        assertEquals("Choose the system you are connecting on the first page; its fields appear here.",
                vm.headingProperty().get());
        assertFalse(vm.canAddToCalendar());
    }

    private static final class FakeClipboard implements TextClipboard {
        private String text;

        @Override
        public void put(String t) {
            text = t;
        }

        @Override
        public Optional<String> text() {
            return Optional.ofNullable(text);
        }

        @Override
        public void clear() {
            text = null;
        }
    }
}

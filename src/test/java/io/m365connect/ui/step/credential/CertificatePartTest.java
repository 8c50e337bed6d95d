package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatePartTest {
    private static final Path CERTS = Path.of("src/test/resources/certs");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;
    WizardSession session;
    CertificatePart vm;
    final InMemorySecretStore store = new InMemorySecretStore();

    @BeforeEach
    void setUp() {
        session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new DirectUiExecutor(), new ProfileStore(home));
        session.recipeProperty().set(TestRecipes.exchange());
        vm = new CertificatePart(session, s -> s.clientIdProperty().get().isBlank()
                ? List.of(new Link("App registrations", "https://entra.example/apps"))
                : List.of(new Link("This app: Certificates & secrets", "https://entra.example/certs/" + s.clientIdProperty().get())),
                new DirectUiExecutor(), CLOCK, store);
    }

    @Test
    void certificateRecipeWaitsForAnAcceptedCertificateAndKeepsOnlyItsThumbprint() {
        assertTrue(vm.certificateAppliesProperty().get());
        assertEquals("Bring or generate a certificate that Microsoft Entra ID accepts (see the checks above).",
                vm.unmetRequirementProperty().get());
        vm.certificate().open(CERTS.resolve("app-der.cer"));
        assertFalse(vm.certificate().acceptedProperty().get(), "the recipe signs with the key; a .cer alone is refused");
        assertEquals("", session.certificateThumbprintProperty().get());
        vm.certificate().open(CERTS.resolve("app-combined.pem"));
        assertEquals("", vm.unmetRequirementProperty().get());
        assertEquals(vm.certificate().detailsProperty().get().thumbprints().sha1(),
                session.certificateThumbprintProperty().get());
    }

    @Test
    void acceptedCertificateWithItsKeyIsTheCredentialToSignWith() {
        assertTrue(vm.credential().isEmpty());
        vm.certificate().open(CERTS.resolve("app-combined.pem"));

        var credential = vm.credential().orElseThrow();
        assertEquals(vm.certificate().bundle().orElseThrow().certificate(), credential.certificate());
        assertEquals("key=redacted]", credential.toString().substring(credential.toString().length() - 13));
    }

    @Test
    void privateKeyIsAskedForInTheVendorsName() {
        vm.certificate().open(CERTS.resolve("app.crt"));
        assertTrue(vm.certificate().checks().stream()
                .anyMatch(c -> c.message().startsWith("No private key in this file, but Example Vendor needs it.")));
    }

    @Test
    void otherCredentialKindsDoNotHoldNextBack() {
        session.credentialKindProperty().set(CredentialKind.SECRET);
        assertFalse(vm.certificateAppliesProperty().get());
        assertEquals("", vm.unmetRequirementProperty().get());
        session.recipeProperty().set(TestRecipes.graph());
        vm.refresh();
        assertFalse(vm.certificateAppliesProperty().get());
    }

    @Test
    void suggestedSubjectNamesTheRecipeAndTenantAndThePortalLinkIsTheCertificatesPage() {
        session.tenantProperty().set("contoso.onmicrosoft.com");
        assertEquals("CN=test-exchange-contoso", vm.suggestedSubject());
        session.tenantProperty().set(TestRecipes.TENANT);
        assertEquals("CN=test-exchange", vm.suggestedSubject());
        assertEquals(Optional.of("https://entra.example/apps"), vm.portalPage());
        session.clientIdProperty().set(TestRecipes.APP);
        assertEquals(Optional.of("https://entra.example/certs/" + TestRecipes.APP), vm.portalPage());
    }

    @Test
    void aCertificatePasswordThatOpenedTheFileIsRememberedForThisAppWhenAskedAndOpensItAgain() {
        session.tenantProperty().set("contoso.onmicrosoft.com");
        session.clientIdProperty().set(TestRecipes.APP);
        vm.refresh();
        vm.certificate().open(CERTS.resolve("openssl3-default.pfx"));
        vm.passwordMemory().rememberProperty().set(true);
        vm.certificate().submitPassword("wrong-one".toCharArray());
        assertTrue(store.entries.isEmpty(), "a password that did not open the file is not remembered");
        vm.certificate().submitPassword("Test1234".toCharArray());
        var key = io.m365connect.core.profile.SecretStore.Key.certificatePassword("contoso.onmicrosoft.com",
                TestRecipes.APP);
        assertEquals(java.util.Map.of(key, "Test1234"), store.entries);
        assertTrue(vm.passwordMemory().storedProperty().get());

        vm.certificate().open(CERTS.resolve("openssl3-default.pfx"));
        assertEquals(CertificateViewModel.State.NEEDS_PASSWORD, vm.certificate().stateProperty().get());
        vm.useRememberedPassword();
        assertEquals(CertificateViewModel.State.LOADED, vm.certificate().stateProperty().get());
        assertEquals("The remembered password was used to open the file.", vm.passwordMemory().messageProperty().get());
        assertFalse(ProfileStore.toJson(session.snapshot()).contains("Test1234"), "the draft holds no password");
    }

    @Test
    void withoutTheChoiceThePasswordIsNotRemembered() {
        session.tenantProperty().set("contoso.onmicrosoft.com");
        session.clientIdProperty().set(TestRecipes.APP);
        vm.refresh();
        vm.certificate().open(CERTS.resolve("openssl3-default.pfx"));
        vm.certificate().submitPassword("Test1234".toCharArray());
        assertEquals(CertificateViewModel.State.LOADED, vm.certificate().stateProperty().get());
        assertTrue(store.entries.isEmpty());
    }
}

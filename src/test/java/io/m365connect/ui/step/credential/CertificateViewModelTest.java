package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.cert.CertificateGenerator;
import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.cert.CertificateRequirements;
import io.m365connect.core.cert.CheckStatus;
import io.m365connect.core.cert.ExportFormat;
import io.m365connect.core.common.Secret;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.step.credential.CertificateViewModel.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateViewModelTest {
    private static final Path CERTS = Path.of("src/test/resources/certs");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final CertificateViewModel vm = new CertificateViewModel(new DirectUiExecutor(), CLOCK,
            CertificateRequirements.privateKeyFor("Blink"));

    @TempDir
    Path out;

    @Test
    void passwordIsAskedOnlyWhenTheFileNeedsOne() {
        vm.open(CERTS.resolve("app.crt"));
        assertEquals(State.LOADED, vm.stateProperty().get());
        vm.open(CERTS.resolve("openssl3-default.pfx"));
        assertEquals(State.NEEDS_PASSWORD, vm.stateProperty().get());
        assertEquals(Kind.PASSWORD_NEEDED, vm.problemKindProperty().get());
        vm.submitPassword("Test1234".toCharArray());
        assertEquals(State.LOADED, vm.stateProperty().get());
        assertNull(vm.problemProperty().get());
        assertTrue(vm.acceptedProperty().get());
        assertEquals(40, vm.detailsProperty().get().thumbprints().sha1().length());
    }

    @Test
    void wrongPasswordLegacyUnsupportedAndNotACertificateAreToldApart() {
        vm.open(CERTS.resolve("openssl3-default.pfx"));
        vm.submitPassword("nope".toCharArray());
        assertEquals(State.NEEDS_PASSWORD, vm.stateProperty().get());
        assertEquals(Kind.WRONG_PASSWORD, vm.problemKindProperty().get());
        assertEquals("The password for openssl3-default.pfx is not correct.", vm.problemProperty().get().summary());

        vm.open(CERTS.resolve("unsupported-cipher.pfx"));
        vm.submitPassword("Test1234".toCharArray());
        assertEquals(State.FAILED, vm.stateProperty().get());
        assertEquals(Kind.LEGACY_UNSUPPORTED, vm.problemKindProperty().get());

        vm.open(CERTS.resolve("picture.pfx"));
        assertEquals(State.FAILED, vm.stateProperty().get());
        assertEquals(Kind.NOT_A_CERTIFICATE, vm.problemKindProperty().get());
        assertEquals("picture.pfx is a PNG image, not a certificate.", vm.problemProperty().get().summary());
        assertNull(vm.detailsProperty().get());
    }

    @Test
    void checksShowWhatEntraAndTheRecipeRefuse() {
        vm.open(CERTS.resolve("app-der.cer"));
        assertFalse(vm.acceptedProperty().get());
        assertTrue(vm.checks().stream().anyMatch(c -> c.status() == CheckStatus.FAIL
                && c.message().startsWith("No private key in this file, but Blink needs it.")));
    }

    @Test
    void generatedCertificateIsAcceptedAndSavesACerForThePortal() throws Exception {
        vm.generate(new CertificateGenerator.Request("CN=contoso-blink", Optional.empty(), 365, 2048));
        assertEquals(State.LOADED, vm.stateProperty().get());
        assertTrue(vm.acceptedProperty().get());
        assertEquals("contoso-blink", vm.suggestedName());
        vm.save(ExportFormat.CER, out, vm.suggestedName(), Secret.empty(), false);
        assertEquals(List.of(out.resolve("contoso-blink.cer")), vm.savedProperty().get());
        assertTrue(Files.size(out.resolve("contoso-blink.cer")) > 500);
    }

    @Test
    void existingFileIsOnlyReplacedAfterAsking() throws Exception {
        vm.open(CERTS.resolve("app-combined.pem"));
        Files.writeString(out.resolve("app-combined.cer"), "keep");
        vm.save(ExportFormat.CER, out, vm.suggestedName(), Secret.empty(), false);
        assertEquals(out, vm.overwriteAskedProperty().get());
        assertEquals(Kind.FILE_EXISTS, vm.problemKindProperty().get());
        assertEquals("keep", Files.readString(out.resolve("app-combined.cer")));
        vm.save(ExportFormat.CER, out, vm.suggestedName(), Secret.empty(), true);
        assertNull(vm.overwriteAskedProperty().get());
        assertEquals(List.of(out.resolve("app-combined.cer")), vm.savedProperty().get());
    }

    @Test
    void pemPairForBlinkAndPfxForIamCloud() throws Exception {
        vm.open(CERTS.resolve("app-combined.pem"));
        vm.save(ExportFormat.PEM, out, "blink", Secret.empty(), false);
        assertEquals(List.of(out.resolve("blink.crt.pem"), out.resolve("blink.key.pem")), vm.savedProperty().get());
        vm.save(ExportFormat.PFX, out, "iam", Secret.of("pw"), false);
        assertEquals(List.of(out.resolve("iam.pfx")), vm.savedProperty().get());
        vm.open(out.resolve("iam.pfx"));
        vm.submitPassword("pw".toCharArray());
        assertTrue(vm.hasPrivateKey());
    }
}

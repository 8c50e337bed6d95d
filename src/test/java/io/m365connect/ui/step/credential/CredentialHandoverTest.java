package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.cert.SelfSignedFactory;
import io.m365connect.core.common.Secret;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.recipe.CredentialKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialHandoverTest {
    @Test
    void aSecretIsHandedOverForSecretAndRopcOnly() {
        HandoffCredential s = CredentialHandover.of(CredentialKind.SECRET, "  abc~1  ", null, new HandoffCredential.None());
        assertEquals("abc~1", ((HandoffCredential.ClientSecret) s).value().reveal(x -> x));
        assertInstanceOf(HandoffCredential.ClientSecret.class,
                CredentialHandover.of(CredentialKind.ROPC, "abc~1", null, new HandoffCredential.None()));
        assertInstanceOf(HandoffCredential.None.class,
                CredentialHandover.of(CredentialKind.DEVICE_CODE, "abc~1", null, s));
    }

    @Test
    void theSameCertificateKeepsItsChosenPfxPasswordAndANewOneStartsWithout() throws Exception {
        SelfSignedFactory.Issued ca = SelfSignedFactory.certificateAuthority("CA", Duration.ofDays(10));
        SelfSignedFactory.Issued app = SelfSignedFactory.clientAuthentication(ca, "App", Duration.ofDays(5));
        Credential.ClientCertificate chosen = new Credential.ClientCertificate(app.certificate(),
                app.keyPair().getPrivate(), List.of(app.certificate(), ca.certificate()));
        HandoffCredential.Certificate first = (HandoffCredential.Certificate) CredentialHandover.of(
                CredentialKind.CERTIFICATE, "", chosen, new HandoffCredential.None());
        assertEquals(List.of(ca.certificate()), first.issuers());
        HandoffCredential.Certificate withPassword = new HandoffCredential.Certificate(first.certificate(),
                first.issuers(), first.key(), Secret.of("chosen"));
        assertSame(withPassword, CredentialHandover.of(CredentialKind.CERTIFICATE, "", chosen, withPassword));
        SelfSignedFactory.Issued other = SelfSignedFactory.clientAuthentication(ca, "Other", Duration.ofDays(5));
        HandoffCredential.Certificate next = (HandoffCredential.Certificate) CredentialHandover.of(
                CredentialKind.CERTIFICATE, "", new Credential.ClientCertificate(other.certificate(),
                        other.keyPair().getPrivate(), List.of()), withPassword);
        assertTrue(next.pfxPassword().isEmpty());
    }
}

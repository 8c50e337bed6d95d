package io.m365connect.core.handoff;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateWriter;
import io.m365connect.core.cert.PfxProfile;
import io.m365connect.core.cert.SourceFormat;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * PFX files through the certificate writer: AES-256 with SHA-256 (OpenSSL 3's default), which Windows Server 2019
 * and later, .NET and Java import. The chain goes in with the key, as IAM.cloud's guide asks.
 */
public final class CertificatePfx {
    private CertificatePfx() {
    }

    public static PfxEncoder encoder() {
        CertificateWriter writer = new CertificateWriter(new SecureRandom());
        return (certificate, issuers, key, password) -> writer.pfx(new CertificateBundle(certificate, issuers,
                Optional.of(key), SourceFormat.PEM, Optional.empty(), true), password, PfxProfile.MODERN);
    }
}

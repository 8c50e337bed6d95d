package io.m365connect.core.cert;

import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Turns parsed key structures into plain JCA keys from the JDK's own providers. */
final class Keys {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter();

    private Keys() {
    }

    static PrivateKey toPrivateKey(PrivateKeyInfo info, String name) throws CertificateProblem {
        try {
            return CONVERTER.getPrivateKey(info);
        } catch (PEMException | RuntimeException e) {
            throw CertificateProblem.of(CertificateProblem.Kind.LEGACY_UNSUPPORTED,
                    "The private key in " + name + " is of a type this app cannot read ("
                            + info.getPrivateKeyAlgorithm().getAlgorithm().getId() + ").",
                    "Use an RSA key: Microsoft Entra ID accepts only RSA certificates.");
        }
    }
}

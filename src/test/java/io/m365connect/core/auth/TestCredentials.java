package io.m365connect.core.auth;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads certificate credentials with plain JCA for the token tests (the app itself uses core.cert). */
final class TestCredentials {
    private TestCredentials() {
    }

    static Credential.ClientCertificate fromPfx(Path pfx, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pfx)) {
            ks.load(in, password.toCharArray());
        }
        String alias = ks.aliases().nextElement();
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : ks.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
        }
        PrivateKey key = (PrivateKey) ks.getKey(alias, password.toCharArray());
        return new Credential.ClientCertificate(chain.get(0), key, chain);
    }

    static Credential.ClientCertificate fromPem(Path certPem, Path keyPem) throws Exception {
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(certPem)) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String base64 = Files.readString(keyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new Credential.ClientCertificate(cert, key, List.of(cert));
    }

    static Path resource(String name) throws Exception {
        return Path.of(TestCredentials.class.getResource("/auth/" + name).toURI());
    }
}

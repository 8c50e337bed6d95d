package io.m365connect.core.cert;

import static io.m365connect.core.cert.Fixtures.PASSWORD;
import static io.m365connect.core.cert.Fixtures.file;
import static io.m365connect.core.cert.Fixtures.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateReaderTest {
    private final CertificateReader reader = new CertificateReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            openssl3-default.pfx            | Test1234  | PKCS12 | true  | app.contoso.test
            openssl-legacy.pfx              | Test1234  | PKCS12 | true  | app.contoso.test
            tripledes.pfx                   | Test1234  | PKCS12 | true  | app.contoso.test
            empty-password.pfx              | -         | PKCS12 | true  | app.contoso.test
            no-mac.pfx                      | Test1234  | PKCS12 | true  | app.contoso.test
            unencrypted.pfx                 | -         | PKCS12 | true  | app.contoso.test
            friendly-name.pfx               | Test1234  | PKCS12 | true  | app.contoso.test
            nonascii.pfx                    | Pässwörd€ | PKCS12 | true  | app.contoso.test
            nonascii-legacy.pfx             | Pässwörd€ | PKCS12 | true  | app.contoso.test
            nonascii-bytewise-legacy.pfx    | Pässwörd€ | PKCS12 | true  | app.contoso.test
            chain.pfx                       | Test1234  | PKCS12 | true  | leaf.contoso.test
            keytool.p12                     | Test1234  | PKCS12 | true  | keytool.contoso.test
            keytool-legacy.p12              | Test1234  | PKCS12 | true  | keytool-legacy.contoso.test
            app.crt                         | -         | PEM    | false | app.contoso.test
            app-combined.pem                | -         | PEM    | true  | app.contoso.test
            app-crlf.pem                    | -         | PEM    | true  | app.contoso.test
            bag-attributes.pem              | -         | PEM    | true  | app.contoso.test
            chain.pem                       | -         | PEM    | false | leaf.contoso.test
            chain-unordered.pem             | -         | PEM    | false | leaf.contoso.test
            app-der.cer                     | -         | DER    | false | app.contoso.test
            app-base64.txt                  | -         | BASE64 | false | app.contoso.test
            """)
    void readsEveryFlavour(String name, String pw, SourceFormat format, boolean hasKey, String cn) throws Exception {
        CertificateBundle bundle = reader.read(file(name), pw == null ? Optional.empty() : password(pw));
        assertEquals(format, bundle.format());
        assertEquals(hasKey, bundle.hasPrivateKey());
        assertTrue(bundle.certificate().getSubjectX500Principal().getName().contains("CN=" + cn),
                bundle.certificate().getSubjectX500Principal().getName());
        if (hasKey) {
            assertTrue(bundle.keyMatches(), "key belongs to the certificate");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            app.key                  | -
            app-pkcs1.key            | -
            app-encrypted-pkcs8.key  | Test1234
            app-encrypted-pkcs1.key  | Test1234
            """)
    void readsEveryKeyFlavourAsTheSameKey(String name, String pw) throws Exception {
        Optional<Secret> secret = "-".equals(pw) ? Optional.empty() : password(pw);
        RSAPrivateKey key = (RSAPrivateKey) reader.readPrivateKey(file(name), secret);
        CertificateBundle withKey = reader.read(file("app.crt"), file(name), secret);
        assertTrue(withKey.keyMatches());
        assertEquals(2048, key.getModulus().bitLength());
    }

    @Test
    void thumbprintsEqualWhatOpensslPrints() throws Exception {
        for (String name : List.of("app.crt", "leaf.crt", "ec.crt", "expired.crt")) {
            Thumbprints t = Thumbprints.of(reader.read(file(name), Optional.empty()).certificate());
            assertEquals(Openssl.fingerprint("sha1", file(name).toString(), "PEM"), t.sha1(), name);
            assertEquals(Openssl.fingerprint("sha256", file(name).toString(), "PEM"), t.sha256(), name);
        }
    }

    @Test
    void chainIsPutInOrderAndTheUnorderedFileIsNoticed() throws Exception {
        CertificateBundle ordered = reader.read(file("chain.pem"), Optional.empty());
        CertificateBundle unordered = reader.read(file("chain-unordered.pem"), Optional.empty());
        assertTrue(ordered.chainInOrder());
        assertFalse(unordered.chainInOrder());
        assertEquals(ordered.chain(), unordered.chain());
        assertEquals(List.of("Contoso Test Intermediate", "Contoso Test Root"),
                unordered.issuers().stream().map(c -> c.getSubjectX500Principal().getName().replaceAll(".*CN=", "")).toList());
    }

    @Test
    void pfxChainKeepsIntermediateAndRoot() throws Exception {
        CertificateBundle bundle = reader.read(file("chain.pfx"), password(PASSWORD));
        assertEquals(2, bundle.issuers().size());
        assertEquals(Optional.of("leaf"), bundle.friendlyName());
    }

    @Test
    void friendlyNameIsRead() throws Exception {
        assertEquals(Optional.of("Contoso App (2026)"),
                reader.read(file("friendly-name.pfx"), password(PASSWORD)).friendlyName());
    }

    @Test
    void toStringShowsNoKeyMaterial() throws Exception {
        CertificateBundle bundle = reader.read(file("openssl3-default.pfx"), password(PASSWORD));
        String text = bundle.toString();
        assertTrue(text.contains("privateKey=present"));
        String modulus = ((RSAPrivateKey) bundle.privateKey().orElseThrow()).getPrivateExponent().toString(16);
        assertFalse(text.contains(modulus.substring(0, 16)));
        assertFalse(text.contains("BEGIN"));
    }
}

package io.m365connect.core.cert;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads PEM text: any number of certificates and keys in any order, with or without the "Bag Attributes" lines
 * that {@code openssl pkcs12} prints before each block, and with CRLF line ends.
 */
final class PemBundleReader {

    Parsed read(byte[] text, String name, char[] password) throws CertificateProblem {
        Parsed parsed = new Parsed(SourceFormat.PEM);
        try (PEMParser parser = new PEMParser(new InputStreamReader(new ByteArrayInputStream(text),
                StandardCharsets.ISO_8859_1))) {
            while (true) {
                Object item;
                try {
                    item = parser.readObject();
                } catch (IOException | RuntimeException e) {
                    if (String.valueOf(e.getMessage()).startsWith("unrecognised object")) {
                        parsed.others.add(e.getMessage().substring("unrecognised object: ".length()));
                        continue;
                    }
                    throw CertificateProblem.corrupt(name, "a PEM block is malformed (its base64 text was changed)");
                }
                if (item == null) {
                    return parsed;
                }
                take(item, parsed, name, password);
            }
        } catch (IOException e) {
            throw CertificateProblem.corrupt(name, "it cannot be read as text");
        }
    }

    private static void take(Object item, Parsed parsed, String name, char[] password) throws CertificateProblem {
        if (item instanceof X509CertificateHolder holder) {
            parsed.certificates.add(Der.certificate(holder.toASN1Structure(), name));
        } else if (item instanceof X509TrustedCertificateBlock trusted) {
            parsed.certificates.add(Der.certificate(trusted.getCertificateHolder().toASN1Structure(), name));
        } else if (item instanceof PrivateKeyInfo info) {
            parsed.keys.add(Keys.toPrivateKey(info, name));
        } else if (item instanceof PEMKeyPair pair) {
            parsed.keys.add(Keys.toPrivateKey(pair.getPrivateKeyInfo(), name));
        } else if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            parsed.keys.add(Keys.toPrivateKey(decrypt(encrypted, name, password), name));
        } else if (item instanceof PEMEncryptedKeyPair legacy) {
            parsed.keys.add(decryptLegacy(legacy, name, password).getPrivate());
        } else if (item instanceof ContentInfo pkcs7) {
            parsed.certificates.addAll(Der.pkcs7Certificates(pkcs7, name));
        } else if (item instanceof PKCS10CertificationRequest) {
            parsed.others.add("CERTIFICATE REQUEST");
        } else if (item instanceof SubjectPublicKeyInfo) {
            parsed.others.add("PUBLIC KEY");
        } else if (item instanceof X509CRLHolder) {
            parsed.others.add("X509 CRL");
        } else {
            parsed.others.add(item.getClass().getSimpleName());
        }
    }

    static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, String name, char[] password)
            throws CertificateProblem {
        if (password == null) {
            throw CertificateProblem.passwordNeeded("The private key in " + name);
        }
        PbeLimits.checkEncryption(encrypted.getEncryptionAlgorithm(), name);
        InputDecryptorProvider decryptor;
        try {
            decryptor = PbeCiphers.decryptors(password);
            decryptor.get(encrypted.getEncryptionAlgorithm());
        } catch (OperatorCreationException | RuntimeException e) {
            throw CertificateProblem.unsupported("The private key in " + name,
                    Algorithms.describe(encrypted.getEncryptionAlgorithm()));
        }
        try {
            return encrypted.decryptPrivateKeyInfo(decryptor);
        } catch (PKCSException | RuntimeException e) {
            throw CertificateProblem.wrongPassword("the private key in " + name);
        }
    }

    private static KeyPair decryptLegacy(PEMEncryptedKeyPair legacy, String name, char[] password)
            throws CertificateProblem {
        if (password == null) {
            throw CertificateProblem.passwordNeeded("The private key in " + name);
        }
        try {
            PEMKeyPair pair = legacy.decryptKeyPair(PbeCiphers.pemDecryptors(password));
            return new JcaPEMKeyConverter().getKeyPair(pair);
        } catch (PEMException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("unknown encryption")) {
                throw CertificateProblem.unsupported("The private key in " + name, e.getMessage()
                        .substring(e.getMessage().lastIndexOf(':') + 1).trim());
            }
            throw CertificateProblem.wrongPassword("the private key in " + name);
        } catch (IOException e) {
            throw CertificateProblem.wrongPassword("the private key in " + name);
        }
    }
}

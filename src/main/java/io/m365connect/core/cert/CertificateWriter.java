package io.m365connect.core.cert;

import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.common.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEOutputEncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/** Encodes certificates and keys in the shapes target systems ask for; {@link CertificateExport} writes them. */
public final class CertificateWriter {
    /** OpenSSL 3's default for PKCS#12 and encrypted PKCS#8; kept so files open as fast as openssl's own. */
    static final int ITERATIONS = 2048;

    private final SecureRandom random;

    public CertificateWriter(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The certificate followed by its issuers, each as a {@code BEGIN CERTIFICATE} block. */
    public String certificatePem(CertificateBundle bundle) {
        StringBuilder out = new StringBuilder();
        bundle.chain().forEach(c -> out.append(PemText.certificate(c)));
        return out.toString();
    }

    public String privateKeyPem(PrivateKey key, KeyFormat format, Secret password) throws CertificateProblem {
        return switch (format) {
            case PKCS8 -> PemText.privateKey(key);
            case PKCS1 -> {
                if (!"RSA".equals(key.getAlgorithm())) {
                    throw CertificateProblem.of(Kind.INVALID_INPUT, "Only RSA keys can be written as PKCS#1.",
                            "Use --key-format pkcs8.");
                }
                try {
                    yield PemText.block("RSA PRIVATE KEY",
                            PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded());
                } catch (IOException e) {
                    throw writeFailed("the private key could not be encoded", e);
                }
            }
            case ENCRYPTED -> encryptedPem(key, requirePassword(password, "An encrypted private key"));
        };
    }

    private String encryptedPem(PrivateKey key, char[] password) throws CertificateProblem {
        try {
            PemObject pem = new JcaPKCS8Generator(key, PbeCiphers.aes256(password, ITERATIONS, random)).generate();
            return PemText.block(pem.getType(), pem.getContent());
        } catch (IOException | RuntimeException e) {
            throw writeFailed("the private key could not be encrypted", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A PKCS#12 file with the certificate, its issuers and the private key, marked so Windows pairs them. */
    public byte[] pfx(CertificateBundle bundle, Secret password, PfxProfile profile) throws CertificateProblem {
        PrivateKey key = bundle.privateKey().orElseThrow(() -> CertificateProblem.of(Kind.NO_CERTIFICATE,
                "A .pfx needs the private key, and this certificate came without one.",
                "Give the private-key file as well (--key KEYFILE)."));
        char[] pw = requirePassword(password, "A .pfx");
        try {
            ASN1Encodable localKeyId = new DEROctetString(new JcaX509ExtensionUtils()
                    .createSubjectKeyIdentifier(bundle.certificate().getPublicKey()).getKeyIdentifier());
            DERBMPString name = new DERBMPString(bundle.friendlyName().orElse(commonName(bundle.certificate())));
            List<PKCS12SafeBag> certBags = new ArrayList<>();
            for (X509Certificate c : bundle.chain()) {
                PKCS12SafeBagBuilder b = new PKCS12SafeBagBuilder(new X509CertificateHolder(c.getEncoded()));
                if (c == bundle.certificate()) {
                    b.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name)
                            .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId);
                }
                certBags.add(b.build());
            }
            PKCS12SafeBag keyBag = new PKCS12SafeBagBuilder(PrivateKeyInfo.getInstance(key.getEncoded()),
                    encryptor(profile, pw))
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name)
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId).build();
            PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
            builder.addEncryptedData(encryptor(profile, pw), certBags.toArray(PKCS12SafeBag[]::new));
            builder.addData(keyBag);
            BcPKCS12MacCalculatorBuilder mac = profile == PfxProfile.MODERN
                    ? new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE))
                    : new BcPKCS12MacCalculatorBuilder(new SHA1Digest(),
                            new AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE));
            return builder.build(mac.setIterationCount(ITERATIONS), pw).getEncoded("DER");
        } catch (IOException | PKCSException | CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            throw writeFailed("the .pfx could not be built", e);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    private OutputEncryptor encryptor(PfxProfile profile, char[] pw) {
        return profile == PfxProfile.MODERN ? PbeCiphers.aes256(pw, ITERATIONS, random)
                : new BcPKCS12PBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                        CBCBlockCipher.newInstance(new DESedeEngine())).setIterationCount(ITERATIONS).build(pw);
    }

    /** Binary DER, what the Azure portal's "Upload certificate" takes as .cer. */
    public byte[] der(CertificateBundle bundle) throws CertificateProblem {
        try {
            return bundle.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw writeFailed("the certificate could not be encoded", e);
        }
    }

    /** The DER certificate as one base64 line, as PowerShell's {@code [Convert]::ToBase64String} prints it. */
    public String base64(CertificateBundle bundle) throws CertificateProblem {
        return Base64.getEncoder().encodeToString(der(bundle));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static char[] requirePassword(Secret password, String what) throws CertificateProblem {
        if (password == null || password.isEmpty()) {
            throw CertificateProblem.of(Kind.INVALID_INPUT, what + " needs a password.",
                    "Give one with --passout (pass:TEXT, env:VAR, file:PATH or stdin), or type it when asked.");
        }
        return password.chars();
    }

    static String commonName(X509Certificate cert) {
        String dn = cert.getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return dn;
    }

    private static CertificateProblem writeFailed(String what, Exception cause) {
        return new CertificateProblem(Kind.WRITE_FAILED, io.m365connect.core.common.Problem.of(
                "Could not write: " + what + ".", "Run again with --debug and send the output to support."), cause);
    }
}

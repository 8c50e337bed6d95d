package io.m365connect.core.cert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads PKCS#12 files of every flavour that Windows, openssl and keytool write. The structure is parsed and the
 * iteration counts checked before any key is derived; the password is tried in each encoding that tools use.
 */
final class Pkcs12Reader {
    private static final char[] NO_PASSWORD = new char[0];

    /** One way of turning the typed password into what the file was protected with. */
    private record Candidate(byte[] pbkdf2Bytes, byte[] pkcs12Bytes) {
    }

    /** Decryption failed with this candidate; another encoding may still work. */
    private static final class DecryptFailed extends Exception {
        DecryptFailed() {
            super(null, null, false, false);
        }
    }

    Parsed read(byte[] der, String name, char[] password) throws CertificateProblem {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(Pfx.getInstance(der));
        } catch (RuntimeException e) {
            throw CertificateProblem.corrupt(name, "its PKCS#12 structure cannot be read");
        }
        MacData mac = pfx.toASN1Structure().getMacData();
        PbeLimits.checkMac(mac, name);
        ContentInfo[] infos = contents(pfx, name);
        checkLimits(infos, name);
        List<Candidate> candidates = candidates(password);
        if (mac != null) {
            Candidate match = candidates.stream().filter(c -> macMatches(pfx.toASN1Structure(), c.pkcs12Bytes()))
                    .findFirst().orElseThrow(() -> password == null ? CertificateProblem.passwordNeeded(name)
                            : CertificateProblem.wrongPassword(name));
            try {
                return decode(infos, match, name);
            } catch (DecryptFailed e) {
                throw CertificateProblem.corrupt(name, "the integrity check passed but the contents do not decrypt");
            }
        }
        for (Candidate candidate : candidates) {
            try {
                return decode(infos, candidate, name);
            } catch (DecryptFailed e) {
                // try the next encoding of the password
            }
        }
        throw password == null ? CertificateProblem.passwordNeeded(name) : CertificateProblem.wrongPassword(name);
    }

    private static ContentInfo[] contents(PKCS12PfxPdu pfx, String name) throws CertificateProblem {
        try {
            return pfx.getContentInfos();
        } catch (RuntimeException e) {
            throw CertificateProblem.corrupt(name, "its contents list cannot be read");
        }
    }

    private static void checkLimits(ContentInfo[] infos, String name) throws CertificateProblem {
        for (ContentInfo info : infos) {
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                PbeLimits.checkEncryption(encryptionOf(info, name), name);
            } else if (info.getContentType().equals(PKCSObjectIdentifiers.data)) {
                for (PKCS12SafeBag bag : bags(info, name)) {
                    if (bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
                        PbeLimits.checkEncryption(shrouded.getEncryptionAlgorithm(), name);
                    }
                }
            }
        }
    }

    private static AlgorithmIdentifier encryptionOf(ContentInfo info, String name) throws CertificateProblem {
        try {
            return EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm();
        } catch (RuntimeException e) {
            throw CertificateProblem.corrupt(name, "an encrypted part cannot be read");
        }
    }

    private static PKCS12SafeBag[] bags(ContentInfo info, String name) throws CertificateProblem {
        try {
            return new PKCS12SafeBagFactory(info).getSafeBags();
        } catch (RuntimeException e) {
            throw CertificateProblem.corrupt(name, "a part of it cannot be read");
        }
    }

    /**
     * The standard encoding (UTF-16 of the characters, as Windows and openssl 3 write) first, then each UTF-8 byte
     * as one character (openssl 1.0 and older tools); an empty password is spelled two ways as well.
     */
    private static List<Candidate> candidates(char[] password) {
        char[] typed = password == null ? NO_PASSWORD : password;
        byte[] utf8 = PbeCiphers.utf8(typed);
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate(utf8, PBEParametersGenerator.PKCS12PasswordToBytes(typed)));
        if (typed.length == 0) {
            out.add(new Candidate(utf8, new byte[2]));
        }
        if (utf8.length != typed.length) {
            char[] bytewise = new String(utf8, StandardCharsets.ISO_8859_1).toCharArray();
            out.add(new Candidate(utf8, PBEParametersGenerator.PKCS12PasswordToBytes(bytewise)));
        }
        return out;
    }

    private static boolean macMatches(Pfx pfx, byte[] passwordBytes) {
        MacData macData = pfx.getMacData();
        ExtendedDigest kdfDigest;
        ExtendedDigest macDigest;
        try {
            kdfDigest = BcDefaultDigestProvider.INSTANCE.get(macData.getMac().getAlgorithmId());
            macDigest = BcDefaultDigestProvider.INSTANCE.get(macData.getMac().getAlgorithmId());
        } catch (OperatorCreationException e) {
            return false;
        }
        PKCS12ParametersGenerator gen = new PKCS12ParametersGenerator(kdfDigest);
        gen.init(passwordBytes, macData.getSalt(), macData.getIterationCount().intValueExact());
        KeyParameter key = (KeyParameter) gen.generateDerivedMacParameters(macDigest.getDigestSize() * 8);
        HMac hmac = new HMac(macDigest);
        hmac.init(key);
        byte[] data = ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets();
        hmac.update(data, 0, data.length);
        byte[] result = new byte[hmac.getMacSize()];
        hmac.doFinal(result, 0);
        return MessageDigest.isEqual(result, macData.getMac().getDigest());
    }

    private Parsed decode(ContentInfo[] infos, Candidate candidate, String name) throws CertificateProblem, DecryptFailed {
        InputDecryptorProvider decryptor = PbeCiphers.decryptors(candidate.pbkdf2Bytes(), candidate.pkcs12Bytes());
        Parsed parsed = new Parsed(SourceFormat.PKCS12);
        Optional<String> certName = Optional.empty();
        for (ContentInfo info : infos) {
            PKCS12SafeBag[] bags;
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                try {
                    bags = new PKCS12SafeBagFactory(info, decryptor).getSafeBags();
                } catch (PKCSException | RuntimeException e) {
                    throw failure(decryptor, encryptionOf(info, name), name);
                }
            } else if (info.getContentType().equals(PKCSObjectIdentifiers.data)) {
                bags = bags(info, name);
            } else {
                throw CertificateProblem.unsupported(name, "a public-key envelope (" + info.getContentType() + ")");
            }
            for (PKCS12SafeBag bag : bags) {
                Object value = bag.getBagValue();
                if (value instanceof X509CertificateHolder holder) {
                    parsed.certificates.add(certificate(holder, name));
                    certName = certName.or(() -> friendlyName(bag));
                } else if (value instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
                    PbeLimits.checkEncryption(shrouded.getEncryptionAlgorithm(), name);
                    try {
                        parsed.keys.add(Keys.toPrivateKey(shrouded.decryptPrivateKeyInfo(decryptor), name));
                    } catch (PKCSException | RuntimeException e) {
                        throw failure(decryptor, shrouded.getEncryptionAlgorithm(), name);
                    }
                    parsed.friendlyName = parsed.friendlyName.or(() -> friendlyName(bag));
                } else if (value instanceof PrivateKeyInfo plain) {
                    parsed.keys.add(Keys.toPrivateKey(plain, name));
                    parsed.friendlyName = parsed.friendlyName.or(() -> friendlyName(bag));
                }
            }
        }
        if (parsed.friendlyName.isEmpty()) {
            parsed.friendlyName = certName;
        }
        return parsed;
    }

    /** After a failed decryption: an algorithm we lack is the file's problem, anything else the password's. */
    private static DecryptFailed failure(InputDecryptorProvider decryptor, AlgorithmIdentifier alg, String name)
            throws CertificateProblem {
        try {
            decryptor.get(alg);
        } catch (OperatorCreationException | RuntimeException e) {
            throw CertificateProblem.unsupported(name, Algorithms.describe(alg));
        }
        return new DecryptFailed();
    }

    private static X509Certificate certificate(X509CertificateHolder holder, String name) throws CertificateProblem {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw CertificateProblem.corrupt(name, "a certificate inside it cannot be read");
        }
    }

    private static Optional<String> friendlyName(PKCS12SafeBag bag) {
        return Arrays.stream(bag.getAttributes() == null ? new Attribute[0] : bag.getAttributes())
                .filter(a -> a.getAttrType().equals(PKCS12SafeBag.friendlyNameAttribute))
                .flatMap(a -> Arrays.stream(a.getAttributeValues()))
                .map(ASN1Encodable::toASN1Primitive)
                .filter(ASN1String.class::isInstance)
                .map(v -> ((ASN1String) v).getString())
                .findFirst();
    }
}

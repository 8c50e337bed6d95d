package io.m365connect.core.cert;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Names for encryption algorithms, as a person would look them up. */
final class Algorithms {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC.getId(), "RC2-40 (legacy PKCS#12)"),
            Map.entry(PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC.getId(), "RC2-128 (legacy PKCS#12)"),
            Map.entry(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC.getId(), "3DES (legacy PKCS#12)"),
            Map.entry(PKCSObjectIdentifiers.pbeWithSHAAnd2_KeyTripleDES_CBC.getId(), "2-key 3DES (legacy PKCS#12)"),
            Map.entry(PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC4.getId(), "RC4-128 (legacy PKCS#12)"),
            Map.entry(PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC4.getId(), "RC4-40 (legacy PKCS#12)"),
            Map.entry("2.16.840.1.101.3.4.1.2", "AES-128-CBC"),
            Map.entry("2.16.840.1.101.3.4.1.22", "AES-192-CBC"),
            Map.entry("2.16.840.1.101.3.4.1.42", "AES-256-CBC"),
            Map.entry("1.2.840.113549.3.7", "3DES-CBC"));

    private Algorithms() {
    }

    static String describe(AlgorithmIdentifier alg) {
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_PBES2)) {
            try {
                ASN1ObjectIdentifier cipher = PBES2Parameters.getInstance(alg.getParameters())
                        .getEncryptionScheme().getAlgorithm();
                return "PBES2 with the cipher " + NAMES.getOrDefault(cipher.getId(), cipher.getId());
            } catch (RuntimeException e) {
                return "PBES2 with unreadable parameters";
            }
        }
        return NAMES.getOrDefault(oid.getId(), "the algorithm " + oid.getId());
    }
}

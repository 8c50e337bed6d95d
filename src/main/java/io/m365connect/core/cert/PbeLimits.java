package io.m365connect.core.cert;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Refuses password-based encryption parameters that would make key derivation hang the app. Runs on the parsed
 * ASN.1 structure, before any key is derived; a hostile file can ask for billions of rounds.
 */
final class PbeLimits {
    static final long MAX_ITERATIONS = 10_000_000L;
    /** scrypt cost N; 2^20 already needs 1 GiB of memory with r = 8. */
    static final long MAX_SCRYPT_COST = 1L << 20;
    private static final String PKCS12_PBE_PREFIX = PKCSObjectIdentifiers.pkcs_12PbeIds.getId() + ".";
    private static final String PBES1_PREFIX = PKCSObjectIdentifiers.pkcs_5.getId() + ".";

    private PbeLimits() {
    }

    static void checkMac(MacData mac, String name) throws CertificateProblem {
        if (mac != null) {
            check(mac.getIterationCount(), name, "integrity check (MAC)");
        }
    }

    /** Checks a content- or key-encryption algorithm; algorithms without a count pass. */
    static void checkEncryption(AlgorithmIdentifier alg, String name) throws CertificateProblem {
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        try {
            if (oid.equals(PKCSObjectIdentifiers.id_PBES2)) {
                PBES2Parameters p = PBES2Parameters.getInstance(alg.getParameters());
                ASN1ObjectIdentifier kdf = p.getKeyDerivationFunc().getAlgorithm();
                if (kdf.equals(PKCSObjectIdentifiers.id_PBKDF2)) {
                    check(PBKDF2Params.getInstance(p.getKeyDerivationFunc().getParameters()).getIterationCount(),
                            name, "encryption");
                } else if (kdf.equals(MiscObjectIdentifiers.id_scrypt)) {
                    BigInteger cost = ScryptParams.getInstance(p.getKeyDerivationFunc().getParameters()).getCostParameter();
                    if (cost.compareTo(BigInteger.valueOf(MAX_SCRYPT_COST)) > 0) {
                        throw tooMany(name, "scrypt cost " + cost);
                    }
                }
            } else if (oid.getId().startsWith(PKCS12_PBE_PREFIX)) {
                check(PKCS12PBEParams.getInstance(alg.getParameters()).getIterations(), name, "encryption");
            } else if (oid.getId().startsWith(PBES1_PREFIX)) {
                check(PBEParameter.getInstance(alg.getParameters()).getIterationCount(), name, "encryption");
            }
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw CertificateProblem.corrupt(name, "its encryption parameters cannot be read");
        }
    }

    private static void check(BigInteger iterations, String name, String what) throws CertificateProblem {
        if (iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw tooMany(name, String.format("%,d rounds for its %s", iterations, what));
        }
    }

    private static CertificateProblem tooMany(String name, String detail) {
        return CertificateProblem.of(CertificateProblem.Kind.TOO_MANY_ITERATIONS,
                name + " asks for " + detail + " (the limit is "
                        + String.format("%,d", MAX_ITERATIONS) + "); opening it would take hours.",
                "Export the certificate again with default settings; do not open files from an unknown sender.",
                "a damaged or deliberately hostile file");
    }
}

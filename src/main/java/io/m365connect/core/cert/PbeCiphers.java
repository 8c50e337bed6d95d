package io.m365connect.core.cert;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.generators.OpenSSLPBEParametersGenerator;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.openssl.EncryptionException;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.engines.RC4Engine;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.util.CipherFactory;
import org.bouncycastle.crypto.util.DigestFactory;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * Password-based ciphers of PKCS#5 v2 (PBES2/PBKDF2) and PKCS#12, assembled from BouncyCastle's lightweight
 * primitives with the password given as bytes. Two reasons not to use BouncyCastle's JCA provider here: it
 * refuses the empty password that {@code openssl pkcs12 -passout pass:} writes, and building the provider takes
 * seconds, which a one-shot {@code cert convert} cannot afford.
 */
final class PbeCiphers {
    static final AlgorithmIdentifier HMAC_SHA256 =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);

    private record Pkcs12Pbe(Supplier<Object> cipher, int keyBits, int ivBits) {
    }

    private static final Map<ASN1ObjectIdentifier, Pkcs12Pbe> PKCS12_PBE = Map.of(
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC4, new Pkcs12Pbe(RC4Engine::new, 128, 0),
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC4, new Pkcs12Pbe(RC4Engine::new, 40, 0),
            PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC, new Pkcs12Pbe(DESedeEngine::new, 192, 64),
            PKCSObjectIdentifiers.pbeWithSHAAnd2_KeyTripleDES_CBC, new Pkcs12Pbe(DESedeEngine::new, 128, 64),
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC, new Pkcs12Pbe(RC2Engine::new, 128, 64),
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC, new Pkcs12Pbe(RC2Engine::new, 40, 64));

    private static final Map<ASN1ObjectIdentifier, Supplier<Digest>> PRFS = Map.of(
            PKCSObjectIdentifiers.id_hmacWithSHA1, DigestFactory::createSHA1,
            PKCSObjectIdentifiers.id_hmacWithSHA224, DigestFactory::createSHA224,
            PKCSObjectIdentifiers.id_hmacWithSHA256, DigestFactory::createSHA256,
            PKCSObjectIdentifiers.id_hmacWithSHA384, DigestFactory::createSHA384,
            PKCSObjectIdentifiers.id_hmacWithSHA512, DigestFactory::createSHA512);

    private static final Map<ASN1ObjectIdentifier, Integer> KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, 16,
            NISTObjectIdentifiers.id_aes192_CBC, 24,
            NISTObjectIdentifiers.id_aes256_CBC, 32,
            PKCSObjectIdentifiers.des_EDE3_CBC, 24);

    private PbeCiphers() {
    }

    /**
     * Decrypts with the password as PBKDF2 bytes (UTF-8, what openssl and Windows use) and as PKCS#12 KDF bytes
     * (UTF-16BE with a trailing zero, or whichever variant matched the file's integrity check).
     */
    static InputDecryptorProvider decryptors(byte[] pbkdf2Password, byte[] pkcs12Password) {
        return alg -> new InputDecryptor() {
            private final Object cipher = cipher(false, alg, pbkdf2Password, pkcs12Password);

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return alg;
            }

            @Override
            public InputStream getInputStream(InputStream in) {
                return cipher instanceof StreamCipher s ? new CipherInputStream(in, s)
                        : new CipherInputStream(in, (BufferedBlockCipher) cipher);
            }
        };
    }

    static InputDecryptorProvider decryptors(char[] password) {
        return decryptors(utf8(password), org.bouncycastle.crypto.PBEParametersGenerator.PKCS12PasswordToBytes(password));
    }

    /** PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC: what openssl 3 and Windows write by default. */
    static OutputEncryptor aes256(char[] password, int iterations, SecureRandom random) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        AlgorithmIdentifier alg = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations, 32, HMAC_SHA256)),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(iv))));
        byte[] key = pbkdf2(utf8(password), salt, iterations, DigestFactory.createSHA256(), 32);
        Object cipher = CipherFactory.createContentCipher(true, new KeyParameter(key), alg(alg));
        return new OutputEncryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return alg;
            }

            @Override
            public OutputStream getOutputStream(OutputStream out) {
                return CipherFactory.createOutputStream(out, cipher);
            }

            @Override
            public GenericKey getKey() {
                return new GenericKey(alg, key);
            }
        };
    }

    private static AlgorithmIdentifier alg(AlgorithmIdentifier pbes2) {
        EncryptionScheme scheme = PBES2Parameters.getInstance(pbes2.getParameters()).getEncryptionScheme();
        return new AlgorithmIdentifier(scheme.getAlgorithm(), scheme.getParameters());
    }

    private static Object cipher(boolean encrypt, AlgorithmIdentifier alg, byte[] pbkdf2Password, byte[] pkcs12Password)
            throws OperatorCreationException {
        try {
            if (alg.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
                return pbes2(encrypt, alg, pbkdf2Password);
            }
            Pkcs12Pbe pbe = PKCS12_PBE.get(alg.getAlgorithm());
            if (pbe != null) {
                return pkcs12(encrypt, pbe, PKCS12PBEParams.getInstance(alg.getParameters()), pkcs12Password);
            }
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new OperatorCreationException("cannot use " + alg.getAlgorithm() + ": " + e.getMessage(), e);
        }
        throw new OperatorCreationException("no cipher for " + alg.getAlgorithm());
    }

    private static Object pbes2(boolean encrypt, AlgorithmIdentifier alg, byte[] password)
            throws OperatorCreationException {
        PBES2Parameters params = PBES2Parameters.getInstance(alg.getParameters());
        if (!params.getKeyDerivationFunc().getAlgorithm().equals(PKCSObjectIdentifiers.id_PBKDF2)) {
            throw new OperatorCreationException("key derivation " + params.getKeyDerivationFunc().getAlgorithm());
        }
        PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        Supplier<Digest> prf = kdf.isDefaultPrf() ? DigestFactory::createSHA1 : PRFS.get(kdf.getPrf().getAlgorithm());
        EncryptionScheme scheme = params.getEncryptionScheme();
        Integer keyBytes = kdf.getKeyLength() != null ? Integer.valueOf(kdf.getKeyLength().intValueExact())
                : KEY_BYTES.get(scheme.getAlgorithm());
        if (prf == null || keyBytes == null || !KEY_BYTES.containsKey(scheme.getAlgorithm())) {
            throw new OperatorCreationException("PBES2 with " + scheme.getAlgorithm());
        }
        byte[] key = pbkdf2(password, kdf.getSalt(), kdf.getIterationCount().intValueExact(), prf.get(), keyBytes);
        return CipherFactory.createContentCipher(encrypt, new KeyParameter(key),
                new AlgorithmIdentifier(scheme.getAlgorithm(), scheme.getParameters()));
    }

    private static Object pkcs12(boolean encrypt, Pkcs12Pbe pbe, PKCS12PBEParams params, byte[] password) {
        PKCS12ParametersGenerator gen = new PKCS12ParametersGenerator(DigestFactory.createSHA1());
        gen.init(password, params.getIV(), params.getIterations().intValueExact());
        Object engine = pbe.cipher().get();
        if (engine instanceof StreamCipher stream) {
            stream.init(encrypt, gen.generateDerivedParameters(pbe.keyBits()));
            return stream;
        }
        CipherParameters keyAndIv = gen.generateDerivedParameters(pbe.keyBits(), pbe.ivBits());
        BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance((BlockCipher) engine));
        cipher.init(encrypt, keyAndIv);
        return cipher;
    }

    private static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, Digest prf, int keyBytes) {
        PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(prf);
        gen.init(password, salt, iterations);
        return ((KeyParameter) gen.generateDerivedParameters(keyBytes * 8)).getKey();
    }

    /** The {@code Proc-Type: 4,ENCRYPTED} PEM keys that {@code openssl rsa -aes256 -traditional} writes. */
    static PEMDecryptorProvider pemDecryptors(char[] password) {
        return dekAlgName -> {
            String[] parts = dekAlgName.toUpperCase(java.util.Locale.ROOT).split("-");
            int keyBits;
            Supplier<BlockCipher> engine;
            if (dekAlgName.toUpperCase(java.util.Locale.ROOT).startsWith("AES-") && parts.length == 3 && "CBC".equals(parts[2])) {
                keyBits = Integer.parseInt(parts[1]);
                engine = AESEngine::newInstance;
            } else if ("DES-EDE3-CBC".equalsIgnoreCase(dekAlgName)) {
                keyBits = 192;
                engine = DESedeEngine::new;
            } else if ("DES-CBC".equalsIgnoreCase(dekAlgName)) {
                keyBits = 64;
                engine = DESEngine::new;
            } else {
                throw new OperatorCreationException("unknown encryption with private key: " + dekAlgName);
            }
            return (data, iv) -> {
                OpenSSLPBEParametersGenerator gen = new OpenSSLPBEParametersGenerator();
                gen.init(utf8(password), java.util.Arrays.copyOf(iv, 8));
                BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(engine.get()));
                cipher.init(false, new ParametersWithIV(gen.generateDerivedParameters(keyBits), iv));
                byte[] out = new byte[cipher.getOutputSize(data.length)];
                try {
                    int n = cipher.processBytes(data, 0, data.length, out, 0);
                    n += cipher.doFinal(out, n);
                    return java.util.Arrays.copyOf(out, n);
                } catch (InvalidCipherTextException e) {
                    throw new EncryptionException("wrong password", e);
                }
            };
        };
    }

    static byte[] utf8(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8);
    }
}

package io.m365connect.core.cert;

import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.common.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a certificate (and its private key, if the file holds one) from PKCS#12, PEM, DER or bare base64. The
 * format is told from the bytes, never from the file name. Files over 10 MB are refused before they are read.
 */
public final class CertificateReader {
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final Sniffer sniffer = new Sniffer();

    public CertificateBundle read(Path file, Optional<Secret> password) throws CertificateProblem {
        return read(load(file), displayName(file), password);
    }

    public CertificateBundle read(byte[] content, String name, Optional<Secret> password) throws CertificateProblem {
        return withPassword(password, chars -> toBundle(sniffer.parse(content, name, chars), name));
    }

    /** A certificate file and a separate private-key file (PEM, DER or PKCS#12) read together. */
    public CertificateBundle read(Path certificateFile, Path keyFile, Optional<Secret> password)
            throws CertificateProblem {
        CertificateBundle bundle = read(certificateFile, password);
        return bundle.withPrivateKey(readPrivateKey(keyFile, password));
    }

    /** The one private key in a key file; a key file without a certificate is fine here. */
    public PrivateKey readPrivateKey(Path keyFile, Optional<Secret> password) throws CertificateProblem {
        String name = displayName(keyFile);
        byte[] content = load(keyFile);
        Parsed parsed = withPassword(password, chars -> sniffer.parse(content, name, chars));
        if (parsed.keys.isEmpty()) {
            throw CertificateProblem.of(Kind.NOT_A_CERTIFICATE, name + " holds no private key.",
                    "Give the file with the private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY, or a .pfx).");
        }
        if (parsed.keys.size() > 1) {
            throw multipleKeys(name, parsed.keys.size());
        }
        return parsed.keys.get(0);
    }

    private interface PasswordUse<T> {
        T apply(char[] chars) throws CertificateProblem;
    }

    private static <T> T withPassword(Optional<Secret> password, PasswordUse<T> use) throws CertificateProblem {
        char[] chars = password.map(Secret::chars).orElse(null);
        try {
            return use.apply(chars);
        } finally {
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
        }
    }

    static byte[] load(Path file) throws CertificateProblem {
        String name = displayName(file);
        if (Files.isDirectory(file)) {
            throw CertificateProblem.of(Kind.NOT_A_FILE, name + " is a folder, not a file.",
                    "Choose the certificate file inside the folder.");
        }
        if (!Files.exists(file)) {
            throw CertificateProblem.of(Kind.NOT_FOUND, name + " does not exist.",
                    "Check the path and the file name.", "a typing error in the path", "the file was moved");
        }
        if (!Files.isRegularFile(file)) {
            throw CertificateProblem.of(Kind.NOT_A_FILE, name + " is not a regular file.",
                    "Choose the certificate file itself.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw CertificateProblem.of(Kind.TOO_LARGE, String.format(
                        "%s is %,d bytes; certificate files are far smaller (the limit is 10 MB).", name, size),
                        "Choose the certificate file (.pfx, .p12, .pem, .cer, .crt), not an archive or a backup.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (content.length > MAX_FILE_BYTES) {
                    throw CertificateProblem.of(Kind.TOO_LARGE, name + " is larger than 10 MB.",
                            "Choose the certificate file, not an archive or a backup.");
                }
                return content;
            }
        } catch (AccessDeniedException e) {
            throw unreadable(name, "you have no permission to read it");
        } catch (NoSuchFileException e) {
            throw CertificateProblem.of(Kind.NOT_FOUND, name + " does not exist.", "Check the path and the file name.");
        } catch (IOException e) {
            throw unreadable(name, "the system refused to read it");
        }
    }

    private static CertificateProblem unreadable(String name, String cause) {
        return CertificateProblem.of(Kind.UNREADABLE, name + " cannot be read.",
                "Copy the file to a folder of your own, or ask its owner to let you read it.", cause);
    }

    private static CertificateBundle toBundle(Parsed parsed, String name) throws CertificateProblem {
        if (parsed.certificates.isEmpty()) {
            throw noCertificate(parsed, name);
        }
        if (parsed.keys.size() > 1) {
            throw multipleKeys(name, parsed.keys.size());
        }
        Optional<PrivateKey> key = parsed.keys.stream().findFirst();
        KeyPairing.Ordered ordered = KeyPairing.order(parsed.certificates, key);
        return new CertificateBundle(ordered.leaf(), ordered.issuers(), key, parsed.format, parsed.friendlyName,
                ordered.inOrder());
    }

    private static CertificateProblem noCertificate(Parsed parsed, String name) {
        if (!parsed.keys.isEmpty()) {
            return CertificateProblem.of(Kind.NO_CERTIFICATE, name + " holds a private key but no certificate.",
                    "Give the certificate file as well (cert convert CERTFILE --key " + name + ").");
        }
        if (parsed.others.contains("CERTIFICATE REQUEST")) {
            return CertificateProblem.of(Kind.NO_CERTIFICATE,
                    name + " is a certificate signing request (CSR), not a certificate.",
                    "Use the certificate your certificate authority issued for this request, or generate a "
                            + "self-signed certificate.");
        }
        if (parsed.others.contains("PUBLIC KEY")) {
            return CertificateProblem.of(Kind.NO_CERTIFICATE, name + " holds only a public key, not a certificate.",
                    "Microsoft Entra ID needs the certificate (.cer/.pem with BEGIN CERTIFICATE).");
        }
        return CertificateProblem.of(Kind.NOT_A_CERTIFICATE, name + " contains no certificate.",
                "Choose the .pfx, .p12, .pem, .cer or .crt file that holds the certificate.");
    }

    private static CertificateProblem multipleKeys(String name, int count) {
        return CertificateProblem.of(Kind.MULTIPLE_KEYS,
                name + " holds " + count + " private keys; it is not clear which one to use.",
                "Export only the one certificate you need, with its private key, into a file of its own.",
                "several certificates were exported together");
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}

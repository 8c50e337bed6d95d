package io.m365connect.core.cert;

import io.m365connect.core.cert.CertificateProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/** Tells the format from the bytes (never the extension) and hands them to the matching parser. */
final class Sniffer {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]+={0,2}");

    Parsed parse(byte[] bytes, String name, char[] password) throws CertificateProblem {
        if (bytes.length == 0) {
            throw CertificateProblem.of(Kind.EMPTY, name + " is empty (0 bytes).",
                    "Export or download the certificate again; the copy was not finished.");
        }
        String known = knownOtherType(bytes);
        if (known != null) {
            throw CertificateProblem.of(Kind.NOT_A_CERTIFICATE, name + " is " + known + ", not a certificate.",
                    "Choose the certificate file (.pfx, .p12, .pem, .cer or .crt).",
                    "the wrong file was picked, or a file was renamed");
        }
        if ((bytes[0] & 0xff) == 0x30) {
            return parseDer(bytes, name, password, null);
        }
        if (!looksLikeText(bytes)) {
            throw CertificateProblem.of(Kind.NOT_A_CERTIFICATE,
                    name + " is not a certificate file (its content is neither PKCS#12, PEM nor DER).",
                    "Choose the certificate file (.pfx, .p12, .pem, .cer or .crt).");
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("-----BEGIN ")) {
            return new PemBundleReader().read(bytes, name, password);
        }
        if (text.contains("-----END ")) {
            throw CertificateProblem.of(Kind.NOT_A_CERTIFICATE,
                    name + " has an END line but no -----BEGIN line; the top of the text is missing.",
                    "Copy the whole block, from the -----BEGIN line to the -----END line.");
        }
        String compact = text.replaceAll("\\s+", "");
        if (compact.length() >= 64 && BASE64.matcher(compact).matches()) {
            byte[] der = decodeBase64(compact, name);
            if (der.length > 0 && (der[0] & 0xff) == 0x30) {
                return parseDer(der, name, password, SourceFormat.BASE64);
            }
        }
        throw CertificateProblem.of(Kind.NOT_A_CERTIFICATE,
                name + " is a text file without a certificate in it (no -----BEGIN CERTIFICATE----- line).",
                "Choose the certificate file; a PEM certificate starts with -----BEGIN CERTIFICATE-----.");
    }

    private static byte[] decodeBase64(String compact, String name) throws CertificateProblem {
        try {
            return compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(compact) : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw CertificateProblem.corrupt(name, "its base64 text is incomplete");
        }
    }

    private Parsed parseDer(byte[] der, String name, char[] password, SourceFormat encoding) throws CertificateProblem {
        checkLength(der, name);
        ASN1Sequence seq;
        try {
            seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (Exception e) {
            throw CertificateProblem.corrupt(name, "its binary (DER) structure is broken");
        }
        Parsed parsed;
        switch (Der.shape(seq)) {
            case PKCS12 -> parsed = new Pkcs12Reader().read(der, name, password);
            case CERTIFICATE -> {
                parsed = new Parsed(SourceFormat.DER);
                parsed.certificates.add(Der.certificate(seq, name));
            }
            case PKCS7 -> {
                parsed = new Parsed(SourceFormat.DER);
                parsed.certificates.addAll(Der.pkcs7Certificates(ContentInfo.getInstance(seq), name));
            }
            case PRIVATE_KEY -> {
                parsed = new Parsed(SourceFormat.DER);
                parsed.keys.add(Keys.toPrivateKey(privateKeyInfo(seq, name), name));
            }
            case ENCRYPTED_PRIVATE_KEY -> {
                parsed = new Parsed(SourceFormat.DER);
                PKCS8EncryptedPrivateKeyInfo enc = new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(seq));
                parsed.keys.add(Keys.toPrivateKey(PemBundleReader.decrypt(enc, name, password), name));
            }
            case CSR -> {
                parsed = new Parsed(SourceFormat.DER);
                parsed.others.add("CERTIFICATE REQUEST");
            }
            case PUBLIC_KEY -> {
                parsed = new Parsed(SourceFormat.DER);
                parsed.others.add("PUBLIC KEY");
            }
            default -> throw CertificateProblem.of(Kind.NOT_A_CERTIFICATE,
                    name + " holds binary data that is not a certificate, key or PKCS#12 file.",
                    "Choose the certificate file (.pfx, .p12, .pem, .cer or .crt).");
        }
        if (encoding == null || parsed.format == SourceFormat.PKCS12) {
            return parsed;
        }
        Parsed base64 = new Parsed(encoding);
        base64.certificates.addAll(parsed.certificates);
        base64.keys.addAll(parsed.keys);
        base64.others.addAll(parsed.others);
        return base64;
    }

    private static PrivateKeyInfo privateKeyInfo(ASN1Sequence seq, String name) throws CertificateProblem {
        try {
            return PrivateKeyInfo.getInstance(seq);
        } catch (RuntimeException e) {
            throw CertificateProblem.corrupt(name, "its private key structure is broken");
        }
    }

    /** A DER SEQUENCE announces its length up front: a shorter file was cut off in transfer. */
    private static void checkLength(byte[] der, String name) throws CertificateProblem {
        if (der.length < 2) {
            throw truncated(name, der.length, 2);
        }
        int first = der[1] & 0xff;
        long total;
        if (first < 0x80) {
            total = 2L + first;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 4) {
                throw CertificateProblem.corrupt(name, "its binary (DER) structure is broken");
            }
            if (der.length < 2 + n) {
                throw truncated(name, der.length, 2 + n);
            }
            long len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (der[2 + i] & 0xff);
            }
            total = 2L + n + len;
        }
        if (total > der.length) {
            throw truncated(name, der.length, total);
        }
    }

    private static CertificateProblem truncated(String name, long have, long want) {
        return CertificateProblem.of(Kind.TRUNCATED, String.format(
                "%s ends early: it has %,d of the %,d bytes it announces.", name, have, want),
                "Copy or download the file again and let the transfer finish.",
                "an interrupted download or copy", "an e-mail attachment that was cut off");
    }

    private static boolean looksLikeText(byte[] bytes) {
        int limit = Math.min(bytes.length, 4096);
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b) || b == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String knownOtherType(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or an Office document); unpack it first";
        }
        if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0)) {
            return "an old Office document";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

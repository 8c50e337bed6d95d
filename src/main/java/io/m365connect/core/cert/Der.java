package io.m365connect.core.cert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.Certificate;

/** Shapes of DER structures, told apart without decrypting anything. */
final class Der {
    enum Shape { PKCS12, CERTIFICATE, PKCS7, PRIVATE_KEY, ENCRYPTED_PRIVATE_KEY, PUBLIC_KEY, CSR, UNKNOWN }

    private Der() {
    }

    static Shape shape(ASN1Sequence seq) {
        if (seq.size() >= 2 && seq.getObjectAt(0) instanceof ASN1Integer version
                && version.hasValue(3) && seq.getObjectAt(1) instanceof ASN1Sequence) {
            return Shape.PKCS12;
        }
        if (seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1ObjectIdentifier oid) {
            return oid.equals(CMSObjectIdentifiers.signedData) ? Shape.PKCS7 : Shape.UNKNOWN;
        }
        if (seq.size() >= 3 && seq.getObjectAt(0) instanceof ASN1Integer
                && seq.getObjectAt(1) instanceof ASN1Sequence && !(seq.getObjectAt(2) instanceof ASN1Sequence)) {
            return Shape.PRIVATE_KEY;
        }
        if (seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1Sequence) {
            return Shape.ENCRYPTED_PRIVATE_KEY.equals(encryptedOrPublic(seq)) ? Shape.ENCRYPTED_PRIVATE_KEY
                    : Shape.PUBLIC_KEY;
        }
        if (seq.size() == 3 && seq.getObjectAt(0) instanceof ASN1Sequence tbs) {
            return tbs.size() == 4 ? Shape.CSR : Shape.CERTIFICATE;
        }
        return Shape.UNKNOWN;
    }

    private static Shape encryptedOrPublic(ASN1Sequence seq) {
        return seq.getObjectAt(1).toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1OctetString
                ? Shape.ENCRYPTED_PRIVATE_KEY : Shape.PUBLIC_KEY;
    }

    static X509Certificate certificate(ASN1Encodable asn1, String name) throws CertificateProblem {
        try {
            byte[] der = asn1.toASN1Primitive().getEncoded(ASN1Encoding.DER);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw CertificateProblem.corrupt(name, "a certificate in it cannot be read");
        }
    }

    static List<X509Certificate> pkcs7Certificates(ContentInfo info, String name) throws CertificateProblem {
        List<X509Certificate> out = new ArrayList<>();
        try {
            SignedData signed = SignedData.getInstance(info.getContent());
            if (signed.getCertificates() != null) {
                for (ASN1Encodable e : signed.getCertificates()) {
                    out.add(certificate(Certificate.getInstance(e), name));
                }
            }
        } catch (IllegalArgumentException | ClassCastException e) {
            throw CertificateProblem.corrupt(name, "its PKCS#7 structure cannot be read");
        }
        return out;
    }
}

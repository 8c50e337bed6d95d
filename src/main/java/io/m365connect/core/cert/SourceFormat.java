package io.m365connect.core.cert;

/** How a certificate file was stored, as detected from its bytes. */
public enum SourceFormat {
    PKCS12("PKCS#12 (.pfx/.p12)"),
    PEM("PEM"),
    DER("DER (binary .cer/.crt)"),
    BASE64("base64 text");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

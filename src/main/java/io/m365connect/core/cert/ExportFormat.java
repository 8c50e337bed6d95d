package io.m365connect.core.cert;

/** The file shapes {@code cert convert --to} and the wizard's save buttons produce. */
public enum ExportFormat {
    /** {@code NAME.crt.pem} (certificate and issuers) plus {@code NAME.key.pem} when a private key came along. */
    PEM("pem"),
    /** {@code NAME.pfx}: certificate, issuers and private key under a password. */
    PFX("pfx"),
    /** {@code NAME.cer}: binary DER, for the portal's "Upload certificate". */
    CER("cer"),
    /** {@code NAME.b64.txt}: the DER certificate as a single base64 line. */
    BASE64("base64");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

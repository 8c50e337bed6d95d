package io.m365connect.core.probe;

/**
 * Where a connection breaks, in the order an admin has to fix things: a later layer cannot be judged
 * while an earlier one is broken (no permission can be checked without a token).
 */
public enum Layer {
    NETWORK("Network, proxy or TLS"),
    TENANT("Tenant"),
    APP("App registration"),
    CREDENTIAL("Credential (secret, certificate or password)"),
    CERTIFICATE("Certificate upload"),
    SIGN_IN("Sign-in policy (MFA, disabled account)"),
    CONSENT("Admin consent"),
    PERMISSION("API permission"),
    DIRECTORY_ROLE("Directory role"),
    EXCHANGE_ACCESS("Exchange service principal and mailbox permission"),
    SMTP_AUTH("SMTP AUTH"),
    SUBSCRIPTION("Audit log and activity subscription"),
    LICENCE("Licence"),
    SERVICE("Microsoft service");

    private final String title;

    Layer(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

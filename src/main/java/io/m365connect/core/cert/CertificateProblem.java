package io.m365connect.core.cert;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.util.List;
import java.util.Objects;

/** A certificate or key file that cannot be used, with the kind of failure so callers can react (ask a password…). */
public final class CertificateProblem extends ProblemException {
    /** What went wrong, in the terms a caller acts on. */
    public enum Kind {
        WRONG_PASSWORD,
        PASSWORD_NEEDED,
        LEGACY_UNSUPPORTED,
        NOT_A_CERTIFICATE,
        NO_CERTIFICATE,
        CORRUPT,
        TRUNCATED,
        TOO_LARGE,
        TOO_MANY_ITERATIONS,
        MULTIPLE_KEYS,
        KEY_MISMATCH,
        NOT_FOUND,
        NOT_A_FILE,
        UNREADABLE,
        EMPTY,
        INVALID_INPUT,
        FILE_EXISTS,
        WRITE_FAILED
    }

    private final Kind kind;

    public CertificateProblem(Kind kind, Problem problem) {
        this(kind, problem, null);
    }

    public CertificateProblem(Kind kind, Problem problem, Throwable cause) {
        super(problem, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    static CertificateProblem of(Kind kind, String summary, String fix, String... causes) {
        return new CertificateProblem(kind, new Problem(summary, List.of(causes), fix));
    }

    public Kind kind() {
        return kind;
    }

    /** True when asking (again) for a password may help. */
    public boolean passwordMayHelp() {
        return kind == Kind.WRONG_PASSWORD || kind == Kind.PASSWORD_NEEDED;
    }

    static CertificateProblem wrongPassword(String name) {
        return of(Kind.WRONG_PASSWORD, "The password for " + name + " is not correct.",
                "Type the password again (it is case-sensitive) or ask whoever exported the file for it.",
                "a typing error or the wrong keyboard layout", "the password of a different export of this certificate");
    }

    static CertificateProblem passwordNeeded(String name) {
        return of(Kind.PASSWORD_NEEDED, name + " is protected by a password.",
                "Give the password that was set when the file was exported.");
    }

    static CertificateProblem unsupported(String name, String algorithm) {
        return of(Kind.LEGACY_UNSUPPORTED,
                name + " is encrypted with " + algorithm + ", which this app cannot read.",
                "Export the certificate again with AES-256 (Windows: Export-PfxCertificate -CryptoAlgorithmOption "
                        + "AES256_SHA256; openssl: pkcs12 -export without -legacy).",
                "an unusual or very old export setting");
    }

    static CertificateProblem corrupt(String name, String detail) {
        return of(Kind.CORRUPT, name + " is damaged: " + detail + ".",
                "Copy or export the file again; make sure it was transferred as binary (not as text).",
                "the file was changed by an e-mail program, a text editor or a text-mode transfer");
    }
}

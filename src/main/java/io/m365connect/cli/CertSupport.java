package io.m365connect.cli;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.cert.CertificateReader;
import io.m365connect.core.common.Secret;
import java.nio.file.Path;
import java.util.Optional;

/** Reading certificate files for the cert commands: ask for the password only when a file turns out to need one. */
final class CertSupport {
    private final CertificateReader reader = new CertificateReader();
    private final Optional<Secret> given;
    private Optional<Secret> prompted = Optional.empty();

    CertSupport(Optional<Secret> given) {
        this.given = given;
    }

    /** Whether the password came with the command (no file will stop to ask for one). */
    boolean passwordGiven() {
        return given.isPresent();
    }

    CertificateBundle read(Path file, Optional<Path> keyFile) throws CertificateProblem {
        try {
            return readWith(file, keyFile, given.or(() -> prompted));
        } catch (CertificateProblem p) {
            if (p.kind() != Kind.PASSWORD_NEEDED || given.isPresent()) {
                throw p;
            }
            Optional<Secret> typed = PasswordSpec.prompt("Password for " + file.getFileName() + ": ");
            if (typed.isEmpty()) {
                throw new CertificateProblem(Kind.PASSWORD_NEEDED, io.m365connect.core.common.Problem.of(
                        p.problem().summary(), "Give it with --passin (pass:TEXT, env:VAR, file:PATH or stdin)."));
            }
            prompted = typed;
            return readWith(file, keyFile, typed);
        }
    }

    private CertificateBundle readWith(Path file, Optional<Path> keyFile, Optional<Secret> pw) throws CertificateProblem {
        return keyFile.isPresent() ? reader.read(file, keyFile.get(), pw) : reader.read(file, pw);
    }

    /** Reading problems are bad input (2); writing problems are "could not write" (3). */
    static int exitCode(CertificateProblem p) {
        return p.kind() == Kind.WRITE_FAILED || p.kind() == Kind.FILE_EXISTS ? ExitCodes.INTERNAL : ExitCodes.USAGE;
    }

    static void report(CliContext context, Path file, CertificateProblem p) {
        context.err().println("m365-connect: " + file + ": " + p.problem().oneLine());
    }
}

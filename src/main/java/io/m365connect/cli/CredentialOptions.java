package io.m365connect.cli;

import io.m365connect.core.auth.ClientSecrets;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to sign in, shared by {@code token} and {@code check}: exactly one method, secrets read from a SPEC. */
final class CredentialOptions {
    @Option(names = "--secret", paramLabel = "SPEC", description = "Client secret (app-only, or with --username).")
    String secret;

    @Option(names = "--cert", paramLabel = "FILE", description = "Certificate: PFX/P12, or PEM (with the key in it "
            + "or in --key).")
    Path cert;

    @Option(names = "--key", paramLabel = "KEYFILE", description = "Private key file for a PEM --cert.")
    Path key;

    @Option(names = "--passin", paramLabel = "SPEC", description = "Password of the certificate or key file.")
    String passin;

    @Option(names = "--device-code", description = "Sign in as a user on any device with a code.")
    boolean deviceCode;

    @Option(names = "--interactive", description = "Sign in as a user in the browser.")
    boolean interactive;

    @Option(names = "--username", paramLabel = "U", description = "Sign in with user name and password (ROPC; "
            + "accounts with MFA cannot).")
    String username;

    @Option(names = "--password", paramLabel = "SPEC", description = "The user's password (with --username).")
    String password;

    Credential credential(PasswordSpec passwords, CliContext context) throws ProblemException {
        int methods = (cert != null ? 1 : 0) + (deviceCode ? 1 : 0) + (interactive ? 1 : 0) + (username != null ? 1 : 0)
                + (secret != null && username == null ? 1 : 0);
        if (methods != 1) {
            throw UsageProblem.of(methods == 0 ? "Choose how to sign in." : "Choose only one way to sign in.",
                    "Use one of --secret, --cert, --device-code, --interactive, or --username with --password.");
        }
        if (password != null && username == null) {
            throw UsageProblem.of("--password needs --username.", "Add --username USER.");
        }
        if ((key != null || passin != null) && cert == null) {
            throw UsageProblem.of("--key and --passin belong to --cert.", "Add --cert FILE, or leave them out.");
        }
        if (cert != null) {
            return TokenInputs.certificate(cert, Optional.ofNullable(key),
                    passwords.resolve(passin, "--passin"));
        }
        if (deviceCode) {
            return new Credential.DeviceCode(new TerminalPrompts(context.err()));
        }
        if (interactive) {
            return new Credential.Interactive(Optional.empty(), new TerminalPrompts(context.err()));
        }
        Optional<Secret> clientSecret = secret == null ? Optional.empty() : Optional.of(readSecret(passwords, context));
        if (username != null) {
            if (password == null) {
                throw UsageProblem.of("--username needs --password SPEC.", "Example: --password env:USER_PASSWORD");
            }
            return new Credential.UsernamePassword(username.strip(),
                    passwords.resolve(password, "--password").orElseThrow(), clientSecret);
        }
        return new Credential.ClientSecret(clientSecret.orElseThrow());
    }

    private Secret readSecret(PasswordSpec passwords, CliContext context) throws ProblemException {
        Secret value = ClientSecrets.trimmed(passwords.resolve(secret, "--secret").orElseThrow());
        if (value.isEmpty()) {
            throw UsageProblem.of("The client secret is empty.", "Check where --secret reads it from.");
        }
        ClientSecrets.warning(value).ifPresent(w -> context.err().println("m365-connect: warning: " + w));
        return value;
    }
}

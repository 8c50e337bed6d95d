package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.auth.AccessToken;
import io.m365connect.core.auth.AuthFailure;
import io.m365connect.core.auth.ClientSecrets;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.auth.Scopes;
import io.m365connect.core.auth.TokenRequest;
import io.m365connect.core.auth.TokenResult;
import io.m365connect.core.auth.TokenSummary;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.tenant.Cloud;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code token}: get a real token with one sign-in method and say what it holds. */
@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Get an access token from Entra ID and show who it is for, which app, which permissions "
                + "and until when.", "Choose one way to sign in: --secret, --cert, --device-code, --interactive, "
                + "or --username with --password (plus --secret for connectors that send one).",
                "SPEC says where a secret comes from: pass:TEXT, env:VAR, file:PATH or stdin (as openssl)."},
        footer = {"", "Exit codes: 0 token received, 1 refused (the reason is explained), 2 usage or bad input, "
                + "130 cancelled."})
final class TokenCommand implements Callable<Integer> {
    @Option(names = "--tenant", required = true, paramLabel = "T", description = "Tenant ID or domain.")
    String tenant;

    @Option(names = "--client-id", required = true, paramLabel = "C", description = "Application (client) ID.")
    String clientId;

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

    @Option(names = "--scope", paramLabel = "S", description = "graph (default), exchange, management, "
            + "SERVICE/PERMISSION (e.g. exchange/IMAP.AccessAsUser.All) or a full scope.")
    String scope;

    @Mixin
    CloudOptions cloudOptions;

    @Mixin
    NetworkOptions network;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--print-token", description = "Also print the access token itself (keep it secret).")
    boolean printToken;

    private final CliContext context;

    TokenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ProblemException {
        PasswordSpec passwords = new PasswordSpec(context, System.getenv());
        Cloud cloud = cloud();
        HttpSettings http = network.apply(context.services().httpSettings(), passwords);
        Credential credential = credential(passwords);
        TokenRequest request = new TokenRequest(cloud, TokenInputs.tenant(tenant), TokenInputs.clientId(clientId, tenant),
                credential, List.of(Scopes.parse(scope, cloud)), http, true);
        TokenResult result = context.services().tokens().acquire(request, new Cancellation());
        if (result instanceof AccessToken token) {
            printToken(token);
            return ExitCodes.OK;
        }
        printFailure((AuthFailure) result);
        return ExitCodes.REFUSED;
    }

    private Cloud cloud() throws ProblemException {
        try {
            return cloudOptions.resolve(context.services().clouds());
        } catch (ProblemException e) {
            throw new CommandFailure(ExitCodes.USAGE, e);
        }
    }

    private Credential credential(PasswordSpec passwords) throws ProblemException {
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
        Optional<Secret> clientSecret = secret == null ? Optional.empty() : Optional.of(readSecret(passwords));
        if (username != null) {
            if (password == null) {
                throw UsageProblem.of("--username needs --password SPEC.", "Example: --password env:USER_PASSWORD");
            }
            return new Credential.UsernamePassword(username.strip(),
                    passwords.resolve(password, "--password").orElseThrow(), clientSecret);
        }
        return new Credential.ClientSecret(clientSecret.orElseThrow());
    }

    private Secret readSecret(PasswordSpec passwords) throws ProblemException {
        Secret value = ClientSecrets.trimmed(passwords.resolve(secret, "--secret").orElseThrow());
        if (value.isEmpty()) {
            throw UsageProblem.of("The client secret is empty.", "Check where --secret reads it from.");
        }
        ClientSecrets.warning(value).ifPresent(w -> context.err().println("m365-connect: warning: " + w));
        return value;
    }

    private void printToken(AccessToken token) {
        TokenSummary summary = TokenSummary.of(token, Instant.now());
        if (json) {
            ObjectNode doc = TokenJson.token(token, summary);
            if (printToken) {
                doc.put("accessToken", token.bearer());
            }
            Json.print(context.out(), doc);
            return;
        }
        context.out().println("Token received (" + token.obtainedWith().id() + ").");
        summary.text().forEach(context.out()::println);
        if (printToken) {
            context.out().println();
            context.out().println(token.bearer());
        }
    }

    private void printFailure(AuthFailure failure) {
        Problem p = failure.problem();
        context.err().println("m365-connect: " + p.summary());
        p.likelyCauses().forEach(c -> context.err().println("  Why: " + c));
        if (!p.fix().isBlank()) {
            context.err().println("  What to do: " + p.fix());
        }
        if (!failure.serverMessage().isBlank() && !p.summary().contains(failure.serverMessage())) {
            context.err().println("  Server said: " + failure.serverMessage());
        }
        failure.ticketLines().stream().filter(l -> !l.startsWith("Error:"))
                .forEach(l -> context.err().println("  " + l));
        if (json) {
            Json.print(context.out(), TokenJson.failure(failure));
        }
    }
}

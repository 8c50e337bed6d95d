package io.m365connect.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cert inspect|check|convert|generate}: certificates offline, without openssl. */
@Command(name = "cert", mixinStandardHelpOptions = true,
        description = "Read, check, convert and generate certificates for an app registration (offline).",
        footer = {"", "Passwords (--passin, --passout) as openssl takes them: pass:TEXT, env:VAR, file:PATH, stdin.",
                "Without one, the password is asked on the terminal (not echoed) when a file needs it.",
                "", "Examples:",
                "  m365-connect cert inspect app.pfx --passin env:PW",
                "  m365-connect cert check app.pfx --passin env:PW --needs-private-key",
                "  m365-connect cert convert app.pfx --to pem --out blink/   # PEM pair (Blink)",
                "  m365-connect cert convert app.pfx --to cer   # for the portal's upload",
                "  m365-connect cert generate --subject CN=contoso-iam --out certs/"})
final class CertCommand implements Runnable {
    /** Registered by {@link Cli}, which adds only the one a call names (as for the top-level commands). */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(CertInspectCommand.class,
            CertCheckCommand.class, CertConvertCommand.class, CertGenerateCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Choose one of: inspect, check, convert, generate.");
    }
}

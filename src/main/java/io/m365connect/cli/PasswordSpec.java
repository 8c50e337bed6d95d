package io.m365connect.cli;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Passwords as openssl spells them ({@code pass:TEXT}, {@code env:VAR}, {@code file:PATH}, {@code stdin}), so no
 * password ever has to be typed into a command line that ends up in the shell history.
 */
final class PasswordSpec {
    private final CliContext context;
    private final Map<String, String> env;
    private BufferedReader stdin;

    PasswordSpec(CliContext context, Map<String, String> env) {
        this.context = context;
        this.env = env;
    }

    /** Empty when no spec was given (the caller may then prompt). */
    Optional<Secret> resolve(String spec, String option) throws CommandFailure {
        if (spec == null) {
            return Optional.empty();
        }
        if (spec.startsWith("pass:")) {
            return Optional.of(Secret.of(spec.substring(5)));
        }
        if (spec.startsWith("env:")) {
            String value = env.get(spec.substring(4));
            if (value == null) {
                throw usage("The environment variable " + spec.substring(4) + " named by " + option + " is not set.",
                        "Set it first (export " + spec.substring(4) + "=…) or give the password another way.");
            }
            return Optional.of(Secret.of(value));
        }
        if (spec.startsWith("file:")) {
            Path file = Path.of(spec.substring(5));
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                return Optional.of(Secret.of(line == null ? "" : line));
            } catch (IOException e) {
                throw usage("The password file " + file + " named by " + option + " cannot be read.",
                        "Check the path and that you may read the file.");
            }
        }
        if (spec.equals("stdin")) {
            return Optional.of(Secret.of(readStdinLine(option)));
        }
        // The value itself is not echoed: it may be the password typed without "pass:".
        throw usage("The value given to " + option + " is not a password source.",
                "Use pass:TEXT, env:VAR, file:PATH or stdin (as openssl does).");
    }

    /** Reads one line per use, like openssl when both -passin and -passout are stdin. */
    private String readStdinLine(String option) throws CommandFailure {
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
            }
            String line = stdin.readLine();
            if (line == null) {
                throw usage(option + " stdin: no line to read on standard input.", "Pipe the password in: printf '%s\\n' \"$PW\" | m365-connect …");
            }
            return line;
        } catch (IOException e) {
            throw usage(option + " stdin: standard input cannot be read.", "Pipe the password in, or use env:VAR.");
        }
    }

    /** Asks on the terminal without echo; empty when no terminal is attached (scripts, tests). */
    static Optional<Secret> prompt(String question) {
        java.io.Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", question);
        if (typed == null) {
            return Optional.empty();
        }
        Secret s = Secret.of(typed);
        java.util.Arrays.fill(typed, '\0');
        return Optional.of(s);
    }

    /** A new password asked twice, so a typing error does not lock the file. */
    static Optional<Secret> promptNew(String question) throws CommandFailure {
        Optional<Secret> first = prompt(question);
        if (first.isEmpty()) {
            return first;
        }
        Optional<Secret> again = prompt("Again: ");
        if (again.isEmpty() || !java.util.Arrays.equals(first.get().chars(), again.get().chars())) {
            throw usage("The two passwords differ.", "Run the command again and type the same password twice.");
        }
        return first;
    }

    private static CommandFailure usage(String summary, String fix) {
        return new CommandFailure(ExitCodes.USAGE, Problem.of(summary, fix));
    }
}

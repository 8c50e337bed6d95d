package io.m365connect.cli;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a secret comes from, written as openssl's {@code -passin}: {@code pass:TEXT}, {@code env:VAR},
 * {@code file:PATH} (first line) or {@code stdin} (first line). Reading from env, a file or stdin keeps the
 * secret out of the shell history and the process list.
 */
final class PasswordSpec {
    static final String FORMS = "pass:TEXT, env:VAR, file:PATH or stdin";

    private PasswordSpec() {
    }

    /** Reads the secret {@code spec} names; {@code what} names it in messages ("--secret"). */
    static Secret read(String spec, String what, Map<String, String> env, InputStream stdin) throws UsageProblem {
        if (spec == null || spec.isEmpty()) {
            throw UsageProblem.of(what + " needs a value: " + FORMS + ".", "Example: " + what + " env:CLIENT_SECRET");
        }
        if (spec.startsWith("pass:")) {
            return Secret.of(spec.substring(5));
        }
        if (spec.startsWith("env:")) {
            String name = spec.substring(4);
            String value = env.get(name);
            if (value == null) {
                throw UsageProblem.of("The environment variable " + name + " (from " + what + ") is not set.",
                        "Set it first, e.g. export " + name + "=…, or use another form: " + FORMS + ".");
            }
            return Secret.of(value);
        }
        if (spec.startsWith("file:")) {
            Path file = Path.of(spec.substring(5));
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return Secret.of(lines.isEmpty() ? "" : lines.get(0));
            } catch (IOException e) {
                throw new UsageProblem(Problem.of("The file " + file + " (from " + what + ") could not be read.",
                        "Check the path and that you may read the file.", "the file does not exist"));
            }
        }
        if (spec.equals("stdin")) {
            try {
                String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                return Secret.of(line == null ? "" : line);
            } catch (IOException e) {
                throw UsageProblem.of("Nothing could be read from standard input for " + what + ".",
                        "Pipe the secret in, e.g. printf '%s\\n' \"$SECRET\" | m365-connect …");
            }
        }
        throw UsageProblem.of(what + " must say where the secret comes from: " + FORMS + ".",
                "Write " + what + " env:NAME (recommended) or " + what + " pass:VALUE.");
    }
}

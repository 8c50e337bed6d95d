package io.m365connect.cli;

import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static Services services() {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        return new Services("test", Path.of("target/test-home"), clouds, RecipeCatalog.loadBuiltIn(clouds),
                HttpSettings.defaults(), () -> {
                    throw new UnsupportedOperationException("no practice tenant in this test");
                });
    }

    static CliRun run(Services services, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, services, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(services(), "", args);
    }
}

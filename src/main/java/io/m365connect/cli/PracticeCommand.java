package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.common.Problem;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code practice [--port N]}: serves the practice tenant in the foreground until Ctrl+C (or "quit"), printing
 * what a person needs to point the wizard, the CLI or another tool at it. Lines typed meanwhile provoke faults.
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Run the practice tenant (an Entra ID, Graph, Management API and Exchange admin API emulator "
                + "on this computer) until Ctrl+C.",
                "Type a fault id and Enter to provoke it, 'reset' to undo all, 'faults' to list them, 'quit' to stop."})
final class PracticeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: any free port).")
    int port;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the cloud file, CA and demo certificate go (default: <app home>/practice).")
    Path workDir;

    @Option(names = "--json", description = "Print the connection details as one JSON document.")
    boolean json;

    private final CliContext context;

    PracticeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandFailure(ExitCodes.USAGE, Problem.of("The port " + port + " is not a port number.",
                    "Give a number from 1 to 65535, or leave --port out to take any free port.", "a typing error"));
        }
        Path dir = workDir != null ? workDir : context.services().homeDir().resolve("practice");
        PracticeTenant tenant = context.services().practiceTenants().get();
        try {
            tenant.start(port, dir);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INTERNAL, Problem.of("The practice tenant could not start: "
                    + e.getMessage(), "Choose another --port, or check that " + dir + " can be written.",
                    "the port is in use", "the folder is not writable"));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // A shutdown hook must be a thread; the factory keeps thread creation out of our own code.
        Thread hook = Executors.defaultThreadFactory().newThread(() -> {
            tenant.stop();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (json) {
                Json.print(context.out(), details(tenant));
            } else {
                describe(tenant, context.out());
            }
            context.err().println("Practice tenant running. Press Ctrl+C (or type 'quit') to stop.");
            context.err().flush();
            if (readCommands(tenant)) {
                stopped.await();
            }
        } finally {
            tenant.stop();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting (Ctrl+C): the hook is what stopped the tenant.
        }
    }

    /** Applies typed faults; true when input ended without "quit" (then we wait for Ctrl+C). */
    private boolean readCommands(PracticeTenant tenant) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        PrintWriter err = context.err();
        String line;
        while ((line = in.readLine()) != null) {
            String word = line.trim();
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("quit") || word.equals("exit")) {
                return false;
            }
            if (word.equals("reset")) {
                tenant.reset();
                err.println("All faults undone.");
            } else if (word.equals("faults")) {
                tenant.faults().forEach(f -> err.println("  " + f.id() + "  " + f.description()));
            } else {
                Optional<PracticeFault> fault = tenant.faults().stream().filter(f -> f.id().equals(word)).findFirst();
                if (fault.isPresent()) {
                    tenant.apply(fault.get());
                    err.println("Provoked: " + fault.get().description());
                } else {
                    err.println("Unknown command '" + word + "'. Type 'faults' for the list, 'reset' or 'quit'.");
                }
            }
            err.flush();
        }
        return true;
    }

    private static void describe(PracticeTenant tenant, PrintWriter out) {
        out.println("Practice tenant on this computer (not Microsoft; demo accounts only)");
        out.println("  Authority:   " + tenant.authority());
        out.println("  Tenant ID:   " + tenant.tenantId());
        out.println("  Cloud file:  " + tenant.cloudFile());
        out.println("  CA:          " + tenant.caFile());
        out.println("  Point a command at it with: --cloud-file " + tenant.cloudFile());
        out.println();
        out.println("Demo credentials (practice values, shown on purpose):");
        for (DemoCredential d : tenant.demoCredentials()) {
            out.println("  " + d.recipeId());
            out.println("    tenant " + d.tenantId() + " (" + d.tenantDomain() + "), client ID " + d.clientId());
            if (d.secret() != null) {
                out.println("    client secret  " + d.secret());
            }
            if (d.certificateFile() != null) {
                out.println("    certificate    " + d.certificateFile() + " (password: " + d.certificatePassword() + ")");
            }
            if (d.username() != null) {
                out.println("    user           " + d.username() + " / " + d.password());
            }
        }
        out.println();
        out.println("Faults you can provoke (type the id):");
        tenant.faults().forEach(f -> out.println("  " + f.id() + "  " + f.description()));
        out.flush();
    }

    private static ObjectNode details(PracticeTenant tenant) {
        ObjectNode doc = Json.object();
        doc.put("ok", true);
        doc.put("authority", tenant.authority());
        doc.put("tenantId", tenant.tenantId());
        doc.put("cloudFile", tenant.cloudFile().toString());
        doc.put("caFile", tenant.caFile().toString());
        ArrayNode creds = doc.putArray("demoCredentials");
        for (DemoCredential d : tenant.demoCredentials()) {
            ObjectNode c = creds.addObject();
            c.put("recipeId", d.recipeId());
            c.put("tenantId", d.tenantId());
            c.put("tenantDomain", d.tenantDomain());
            c.put("clientId", d.clientId());
            c.put("secret", d.secret());
            c.put("certificateFile", d.certificateFile() == null ? null : d.certificateFile().toString());
            c.put("certificatePassword", d.certificatePassword());
            c.put("username", d.username());
            c.put("password", d.password());
        }
        ArrayNode faults = doc.putArray("faults");
        tenant.faults().forEach(f -> faults.add(Json.MAPPER.valueToTree(f)));
        return doc;
    }
}

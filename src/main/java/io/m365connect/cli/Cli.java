package io.m365connect.cli;

import io.m365connect.core.Services;
import io.m365connect.core.common.ProblemException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command-line interface: one picocli tree over the same core the wizard uses. */
public final class Cli {

    /** Every top-level subcommand; each gets the {@link CliContext} through its constructor. */
    static final List<Class<?>> COMMANDS = List.of(
            RecipesCommand.class,
            PracticeCommand.class,
            CertCommand.class,
            TokenCommand.class,
            ExplainCommand.class,
            CheckCommand.class,
            HandoffCommand.class);

    /** Commands with subcommands registered like the top level ones: only the one a call names, when it names one. */
    static final Map<Class<?>, List<Class<?>>> GROUPS = Map.of(CertCommand.class, CertCommand.SUBCOMMANDS);

    private Cli() {
    }

    @Command(name = "m365-connect", mixinStandardHelpOptions = true, versionProvider = Root.Version.class,
            description = "Connect a system to a Microsoft 365 tenant and prove that the connection works.%n"
                    + "Without arguments the wizard opens.",
            footer = {"", "Exit codes: 0 ok, 1 refused or a check failed, 2 usage or bad input, "
                    + "3 could not write or internal error, 130 cancelled."})
    static final class Root implements Runnable {
        @Option(names = "--debug", scope = ScopeType.INHERIT,
                description = "Show the technical cause of an error (for support).")
        boolean debug;

        private final CliContext context;

        Root(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            throw new CommandLine.ParameterException(new CommandLine(this), "Missing command.");
        }

        static final class Version implements CommandLine.IVersionProvider {
            private final CliContext context;

            Version(CliContext context) {
                this.context = context;
            }

            @Override
            public String[] getVersion() {
                return new String[] {"M365 Connect " + context.services().version()};
            }
        }
    }

    /** Runs against the real terminal: the only place that touches System.out/err/in. */
    public static int runOnTerminal(String[] args, Services services) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return run(args, services, out, err, System.in);
    }

    public static int run(String[] args, Services services, PrintWriter out, PrintWriter err, InputStream in) {
        CliContext context = new CliContext(services, out, err, in);
        ContextFactory factory = new ContextFactory(context);
        CommandLine cmd = new CommandLine(new Root(context), factory);
        for (Class<?> command : commandsFor(args)) {
            List<Class<?>> group = GROUPS.get(command);
            if (group == null) {
                cmd.addSubcommand(command);
            } else {
                CommandLine parent = new CommandLine(command, factory);
                named(group, words(args), 1).forEach(parent::addSubcommand);
                cmd.addSubcommand(parent);
            }
        }
        boolean json = Arrays.asList(args).contains("--json");
        boolean debug = Arrays.asList(args).contains("--debug");
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            err.println("m365-connect: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            }
            if (json) {
                Json.print(out, Json.error(ex.getMessage(), "See --help for the usage."));
            }
            err.flush();
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCodeFor(ex);
            String line = ex instanceof ProblemException p ? p.problem().oneLine() : describe(ex);
            err.println("m365-connect: " + line);
            if (debug) {
                err.println(io.m365connect.core.common.Log.redactedStackTrace(ex));
            }
            if (json) {
                ProblemException p = ex instanceof ProblemException pe ? pe : null;
                Json.print(out, Json.error(p == null ? line : p.problem().summary(),
                        p == null ? "" : p.problem().fix()));
            }
            err.flush();
            return code;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The subcommands to register: only the one the arguments name, when they name one. picocli reads every
     * registered class (its options, their types, its own subcommands) before it parses anything, and a call
     * such as {@code cert convert} should not pay for {@code check}'s and {@code handoff}'s (issue #3). Help,
     * errors and suggestions for an unknown or missing command see all of them. The root's own options take no
     * value, so the first argument that is not an option is the command's name; the same holds one level down
     * for the {@link #GROUPS} ({@code cert convert} builds neither {@code cert generate} nor {@code cert check}).
     */
    static List<Class<?>> commandsFor(String[] args) {
        return named(COMMANDS, words(args), 0);
    }

    /** The arguments that are not options: the command's name, a group's subcommand's name, then operands. */
    static List<String> words(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
    }

    /** The one of {@code commands} whose name or alias is {@code words[index]}; all of them when none is. */
    static List<Class<?>> named(List<Class<?>> commands, List<String> words, int index) {
        String name = index < words.size() ? words.get(index) : "";
        for (Class<?> command : commands) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name)) {
                return List.of(command);
            }
        }
        return commands;
    }

    static int exitCodeFor(Throwable ex) {
        if (ex instanceof CommandFailure f) {
            return f.exitCode();
        }
        if (ex instanceof ProblemException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof CancellationException) {
            return ExitCodes.CANCELLED;
        }
        return ExitCodes.INTERNAL;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof CancellationException) {
            return "Cancelled.";
        }
        return "Internal error (" + ex.getClass().getSimpleName()
                + "). Run again with --debug and send the output to support.";
    }

    /** Builds commands and version providers with the context when they take one. */
    private record ContextFactory(CliContext context) implements IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}

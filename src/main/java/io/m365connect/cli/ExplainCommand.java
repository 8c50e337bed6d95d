package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.common.Problem;
import io.m365connect.core.diagnose.ErrorCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain}: what an error code (or a whole pasted error message) means and what to do. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain an error: paste a code such as AADSTS7000215, or a whole error message "
                + "(quote it, or give - to read it from standard input)."},
        footer = {"", "Exit codes: 0 explained, 1 no known code in the text, 2 usage."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CODE-OR-TEXT", description = "The code or the message.")
    List<String> words;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    private final CliContext context;

    ExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CommandFailure {
        String text = words.size() == 1 && words.get(0).equals("-") ? stdin() : String.join(" ", words);
        List<ErrorCatalog.Lookup> found = context.services().errorCatalog().explain(text);
        boolean anyKnown = found.stream().anyMatch(l -> l.entry().isPresent());
        if (found.isEmpty()) {
            throw new CommandFailure(ExitCodes.REFUSED, Problem.of("No error code found in the text.",
                    "Paste the AADSTS number (e.g. AADSTS7000215) or the whole error message.",
                    "the text holds no AADSTS, AF or OAuth error code"));
        }
        if (json) {
            Json.print(context.out(), document(found, anyKnown));
        } else {
            found.forEach(this::print);
        }
        return anyKnown ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private void print(ErrorCatalog.Lookup lookup) {
        lookup.entry().ifPresentOrElse(e -> {
            context.out().println(e.displayCode() + " — " + e.title());
            context.out().println("  What it means: " + e.meaning());
            context.out().println("  What to do:    " + e.fix());
            context.out().println("  Look at:       " + e.layer());
        }, () -> {
            context.out().println(lookup.code() + " — not in this app's catalog.");
            lookup.lookupUrl().ifPresent(u -> context.out().println("  Microsoft explains it at " + u));
        });
    }

    private static ObjectNode document(List<ErrorCatalog.Lookup> found, boolean anyKnown) {
        ObjectNode doc = Json.object();
        doc.put("ok", anyKnown);
        ArrayNode list = doc.putArray("explanations");
        for (ErrorCatalog.Lookup l : found) {
            ObjectNode n = list.addObject();
            n.put("code", l.code());
            n.put("known", l.entry().isPresent());
            l.entry().ifPresent(e -> {
                n.put("source", e.section().key());
                n.put("title", e.title());
                n.put("meaning", e.meaning());
                n.put("fix", e.fix());
                n.put("layer", e.layer());
            });
            l.lookupUrl().ifPresent(u -> n.put("lookupUrl", u));
        }
        return doc;
    }

    private String stdin() throws CommandFailure {
        try {
            return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.joining("\n"));
        } catch (java.io.UncheckedIOException e) {
            throw new CommandFailure(ExitCodes.USAGE, Problem.of("Standard input could not be read.",
                    "Pipe the message in, or give it as an argument."));
        }
    }
}

package io.m365connect.cli;

import picocli.CommandLine.Command;

/** {@code recipes list | show ID}: the target systems this app knows. */
@Command(name = "recipes", mixinStandardHelpOptions = true,
        description = "List the target systems this app knows, or show one recipe's checklist.")
final class RecipesCommand implements Runnable {
    private final CliContext context;

    RecipesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        context.err().println("m365-connect recipes: choose 'list' or 'show ID'.");
    }
}

package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.recipe.CloudService;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recipes list | show ID}: the target systems this app knows. */
@Command(name = "recipes", mixinStandardHelpOptions = true,
        description = "List the target systems this app knows, or show one recipe's checklist.",
        subcommands = {RecipesCommand.ListRecipes.class, RecipesCommand.ShowRecipe.class})
final class RecipesCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    RecipesCommand(CliContext context) {
        // Subcommands do the work; the context reaches them through the factory.
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose 'list' or 'show ID'.");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the recipes: id, title and the credential kinds each accepts (* = preferred).")
    static final class ListRecipes implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON document on stdout.")
        boolean json;

        @Mixin
        CloudOptions cloudOptions;

        private final CliContext context;

        ListRecipes(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws ProblemException {
            Cloud cloud = cloudOptions.resolve(context.services().clouds());
            List<Recipe> recipes = context.services().recipes().all(cloud.id());
            if (json) {
                ObjectNode doc = Json.object();
                doc.put("ok", true);
                doc.put("cloud", cloud.id());
                ArrayNode list = doc.putArray("recipes");
                for (Recipe r : recipes) {
                    ObjectNode n = list.addObject();
                    n.put("id", r.id());
                    n.put("title", r.title());
                    n.put("vendor", r.vendor());
                    r.credentialKinds().forEach(k -> n.withArray("credentialKinds").add(k.id()));
                    n.put("preferredCredential", r.preferredCredential().id());
                    CloudService.missingFor(r, cloud).forEach(s -> n.withArray("unavailableServices").add(s.displayName()));
                }
                Json.print(context.out(), doc);
                return ExitCodes.OK;
            }
            PrintWriter out = context.out();
            List<String> titles = recipes.stream()
                    .map(r -> CloudService.missingFor(r, cloud).isEmpty() ? r.title() : r.title() + " (not in this cloud)")
                    .toList();
            int idWidth = recipes.stream().mapToInt(r -> r.id().length()).max().orElse(2);
            int titleWidth = titles.stream().mapToInt(String::length).max().orElse(5);
            String row = "%-" + idWidth + "s  %-" + titleWidth + "s  %s%n";
            out.printf(row, "ID", "TITLE", "CREDENTIALS");
            for (int i = 0; i < recipes.size(); i++) {
                out.printf(row, recipes.get(i).id(), titles.get(i), credentials(recipes.get(i)));
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String credentials(Recipe r) {
            StringBuilder b = new StringBuilder();
            for (CredentialKind k : r.credentialKinds()) {
                b.append(b.length() == 0 ? "" : ", ").append(k.id()).append(k == r.preferredCredential() ? "*" : "");
            }
            return b.toString();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one recipe's checklist: permissions with GUIDs, roles, prerequisites, output fields.")
    static final class ShowRecipe implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The recipe id, as 'recipes list' shows it.")
        String id;

        @Option(names = "--json", description = "Print one JSON document on stdout.")
        boolean json;

        @Mixin
        CloudOptions cloudOptions;

        private final CliContext context;

        ShowRecipe(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws ProblemException {
            Cloud cloud = cloudOptions.resolve(context.services().clouds());
            Recipe recipe;
            try {
                recipe = context.services().recipes().require(id, cloud.id());
            } catch (ProblemException e) {
                throw new CommandFailure(ExitCodes.USAGE, e);
            }
            if (json) {
                Json.print(context.out(), RecipeView.json(recipe, cloud, context.services().recipes().permissions()));
            } else {
                RecipeView.text(recipe, cloud, context.services().recipes().permissions(), context.out());
            }
            return ExitCodes.OK;
        }
    }
}

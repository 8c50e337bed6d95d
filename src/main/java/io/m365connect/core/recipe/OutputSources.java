package io.m365connect.core.recipe;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an output field's value comes from ({@link OutputField#source()}): a fixed word, {@code input:ID} for one
 * of the recipe's inputs, {@code cloud:KEY} for a value of the chosen cloud, or {@code literal:TEXT}.
 */
public final class OutputSources {
    /** Values the session knows after the wizard: IDs, the credential in each form a target asks for. */
    public static final Set<String> WORDS = Set.of(
            "clientId", "tenantId", "clientSecret", "certificatePem", "privateKeyPem", "pfxFile", "pfxPassword",
            "credential", "tokenScopes", "permissions");
    public static final Set<String> CLOUD_KEYS = Set.of(
            "authority", "graph.url", "management.url", "exchange.url");
    public static final String INPUT = "input:";
    public static final String CLOUD = "cloud:";
    public static final String LITERAL = "literal:";

    private OutputSources() {
    }

    /** Why {@code source} is not a valid source for a recipe with these input IDs, or empty when it is. */
    public static Optional<String> problem(String source, List<String> inputIds) {
        if (WORDS.contains(source)) {
            return Optional.empty();
        }
        if (source.startsWith(INPUT)) {
            String id = source.substring(INPUT.length());
            return inputIds.contains(id) ? Optional.empty()
                    : Optional.of("source '" + source + "' names no input of this recipe (inputs: " + inputIds + ")");
        }
        if (source.startsWith(CLOUD)) {
            return CLOUD_KEYS.contains(source.substring(CLOUD.length())) ? Optional.empty()
                    : Optional.of("source '" + source + "' is not a cloud value; use one of cloud:" + CLOUD_KEYS);
        }
        if (source.startsWith(LITERAL)) {
            return Optional.empty();
        }
        return Optional.of("unknown source '" + source + "'; use one of " + WORDS
                + ", input:ID, cloud:KEY or literal:TEXT");
    }
}

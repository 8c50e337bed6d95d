package io.m365connect.core.handoff;

import io.m365connect.core.cert.PemText;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import io.m365connect.core.recipe.InputField;
import io.m365connect.core.recipe.OutputField;
import io.m365connect.core.recipe.OutputSources;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.ServiceEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves a recipe's output fields (the target form's fields, in its own words) from a hand-off session.
 * Secret-bearing values come out as {@link OutputValue.Hidden}; a value that cannot exist says why.
 */
public final class OutputFields {
    private OutputFields() {
    }

    public static List<ResolvedField> resolve(HandoffSession session) {
        return session.recipe().outputs().stream().map(f -> new ResolvedField(f, value(f, session))).toList();
    }

    static OutputValue value(OutputField field, HandoffSession s) {
        String source = field.source();
        if (source.startsWith(OutputSources.LITERAL)) {
            return new OutputValue.Text(source.substring(OutputSources.LITERAL.length()));
        }
        if (source.startsWith(OutputSources.INPUT)) {
            return input(source.substring(OutputSources.INPUT.length()), s);
        }
        if (source.startsWith(OutputSources.CLOUD)) {
            return cloud(source.substring(OutputSources.CLOUD.length()), s.cloud());
        }
        return switch (source) {
            case "clientId" -> s.clientId().isEmpty()
                    ? missing("The Application (client) ID was not entered.", "Enter it on the App registration page.")
                    : new OutputValue.Text(s.clientId().toLowerCase(java.util.Locale.ROOT));
            case "tenantId" -> s.tenantGuid().<OutputValue>map(OutputValue.Text::new).orElseGet(() -> missing(
                    "The Directory (tenant) ID is not known yet.",
                    "Enter the tenant ID (a GUID), or run the connection check: it reads the ID from the token."));
            case "clientSecret" -> secret(s);
            case "certificatePem" -> certificate(s).<OutputValue>map(c -> new OutputValue.Text(certificatePem(c)))
                    .orElseGet(OutputFields::noCertificate);
            case "privateKeyPem" -> certificate(s).<OutputValue>map(c -> new OutputValue.Hidden(
                    Secret.of(PemText.privateKey(c.key())))).orElseGet(OutputFields::noCertificate);
            case "pfxFile" -> certificate(s).<OutputValue>map(c -> new OutputValue.Files(List.of(RecipeFiles.PFX)))
                    .orElseGet(OutputFields::noCertificate);
            case "pfxPassword" -> certificate(s).filter(c -> !c.pfxPassword().isEmpty())
                    .<OutputValue>map(c -> new OutputValue.Hidden(c.pfxPassword().copy()))
                    .orElseGet(() -> missing("The PFX password is not set.", "Choose a password for the PFX file."));
            case "credential" -> credential(s);
            case "tokenScopes" -> s.tokenScopes().isEmpty()
                    ? missing("The scopes are known once the connection check got a token.",
                            "Run the connection check.")
                    : new OutputValue.Text(String.join(" ", s.tokenScopes()));
            case "permissions" -> permissions(s);
            default -> throw new IllegalArgumentException("unknown output source '" + source
                    + "'; the recipe loader should have refused it");
        };
    }

    /** "User.Read.All (application), Mail.Send (application)": what the app registration must list. */
    private static OutputValue permissions(HandoffSession s) {
        if (s.recipe().permissions().isEmpty()) {
            return missing("No permissions were chosen.", "Choose the permissions your system needs on the "
                    + "Permissions page (or with --permission).");
        }
        return new OutputValue.Text(s.recipe().permissions().stream()
                .map(p -> p.name() + " (" + p.type().id() + ")").distinct().collect(Collectors.joining(", ")));
    }

    private static OutputValue input(String id, HandoffSession s) {
        Optional<String> v = s.input(id);
        if (v.isPresent()) {
            return new OutputValue.Text(v.get());
        }
        String label = s.recipe().inputs().stream().filter(i -> i.id().equals(id)).map(InputField::label)
                .findFirst().orElse(id);
        return missing(label + " was not entered.", "Enter " + label + " on the App registration page.");
    }

    private static OutputValue cloud(String key, Cloud cloud) {
        if (key.equals("authority")) {
            return new OutputValue.Text(cloud.authority());
        }
        Optional<ServiceEndpoint> endpoint = switch (key) {
            case "graph.url" -> cloud.graphService();
            case "management.url" -> cloud.managementService();
            case "exchange.url" -> cloud.exchangeService();
            default -> throw new IllegalArgumentException("unknown cloud value '" + key + "'");
        };
        return endpoint.<OutputValue>map(e -> new OutputValue.Text(e.url())).orElseGet(() -> missing(
                cloud.displayName() + " has no " + serviceName(key) + ", so there is no address to give.",
                "This connection cannot be used in this cloud; choose the cloud your tenant is in.",
                "the tenant is in a national cloud that does not offer this service"));
    }

    private static String serviceName(String key) {
        return switch (key) {
            case "graph.url" -> "Microsoft Graph";
            case "management.url" -> "Office 365 Management Activity API";
            default -> "Exchange Online";
        };
    }

    private static OutputValue secret(HandoffSession s) {
        if (s.credential() instanceof HandoffCredential.ClientSecret c) {
            return new OutputValue.Hidden(c.value().copy());
        }
        return missing("No client secret was given.", "Make a client secret under Certificates & secrets and enter "
                + "its Value on the Credential page.");
    }

    private static OutputValue credential(HandoffSession s) {
        HandoffCredential c = s.credential();
        if (c instanceof HandoffCredential.ClientSecret secret) {
            return new OutputValue.Hidden(secret.value().copy());
        }
        if (c instanceof HandoffCredential.Certificate) {
            return new OutputValue.Files(RecipeFiles.names(s).stream().filter(n -> !n.equals(RecipeFiles.CER)).toList());
        }
        return new OutputValue.Text("None: a user signs in (public client).");
    }

    private static Optional<HandoffCredential.Certificate> certificate(HandoffSession s) {
        return s.credential() instanceof HandoffCredential.Certificate c ? Optional.of(c) : Optional.empty();
    }

    private static OutputValue noCertificate() {
        return missing("No certificate was given.", "Choose, convert or make a certificate on the Credential page.");
    }

    static String certificatePem(HandoffCredential.Certificate c) {
        StringBuilder b = new StringBuilder(PemText.certificate(c.certificate()));
        c.issuers().forEach(i -> b.append(PemText.certificate(i)));
        return b.toString();
    }

    private static OutputValue missing(String summary, String fix, String... causes) {
        return new OutputValue.Missing(Problem.of(summary, fix, causes));
    }
}

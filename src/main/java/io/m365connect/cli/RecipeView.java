package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.recipe.CloudService;
import io.m365connect.core.recipe.InputField;
import io.m365connect.core.recipe.OutputField;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RoleRequirement;
import io.m365connect.core.tenant.Cloud;
import java.io.PrintWriter;
import java.util.List;

/** One recipe's checklist, as text for a person or as the JSON document of {@code recipes show --json}. */
final class RecipeView {
    private RecipeView() {
    }

    static ObjectNode json(Recipe r, Cloud cloud, PermissionCatalog catalog) {
        ObjectNode doc = Json.object();
        doc.put("ok", true);
        ObjectNode c = doc.putObject("cloud");
        c.put("id", cloud.id());
        c.put("displayName", cloud.displayName());
        CloudService.missingFor(r, cloud).forEach(s -> doc.withArray("unavailableServices").add(s.displayName()));
        ObjectNode recipe = Json.MAPPER.valueToTree(r);
        ArrayNode perms = recipe.putArray("permissions");
        for (PermissionRequirement p : r.permissions()) {
            ObjectNode n = perms.addObject();
            n.put("resource", p.resource().id());
            n.put("resourceName", p.resource().displayName());
            n.put("resourceAppId", catalog.resourceAppId(p.resource()));
            n.put("name", p.name());
            n.put("type", p.type().id());
            n.put("id", p.id());
            n.put("required", p.required());
            n.put("privilege", p.privilege().id());
            n.put("why", p.why());
        }
        doc.set("recipe", recipe);
        return doc;
    }

    static void text(Recipe r, Cloud cloud, PermissionCatalog catalog, PrintWriter out) {
        out.println(r.title() + "  (" + r.id() + ")");
        out.println("Vendor: " + r.vendor());
        out.println("Source: " + r.source());
        out.println("Cloud:  " + cloud.displayName() + " (" + cloud.id() + ")");
        List<CloudService> missing = CloudService.missingFor(r, cloud);
        if (!missing.isEmpty()) {
            out.println("Not available in this cloud: " + String.join(", ",
                    missing.stream().map(CloudService::displayName).toList()) + " is not offered there.");
        }
        out.println();
        out.println(r.summary());
        section(out, "Credentials");
        out.println("  " + String.join(", ", r.credentialKinds().stream()
                .map(k -> k == r.preferredCredential() ? k.id() + " (preferred)" : k.id()).toList()));
        bullets(out, "You will need", r.needs());
        if (!r.inputs().isEmpty()) {
            section(out, "Inputs besides tenant and client ID");
            for (InputField i : r.inputs()) {
                out.println("  - " + i.label() + " [" + i.kind().id() + (i.required() ? ", required" : "") + "] " + i.hint());
            }
        }
        permissions(r, catalog, out);
        if (!r.roles().isEmpty()) {
            section(out, "Directory roles");
            for (RoleRequirement role : r.roles()) {
                out.println("  - " + role.name() + " (" + role.templateId() + "), held by the " + role.holder().id()
                        + (role.required() ? ", required" : ", optional"));
                out.println("      " + role.why());
            }
        }
        if (!r.prerequisites().isEmpty()) {
            section(out, "Tenant prerequisites");
            for (Prerequisite p : r.prerequisites()) {
                out.println("  - " + p.title());
                out.println("      " + p.description());
            }
        }
        section(out, "Connection probes");
        out.println("  " + String.join(", ", r.probes()));
        section(out, "Output fields (as the target's form names them)");
        for (OutputField f : r.outputs()) {
            out.println("  - " + f.label() + "  <- " + f.source() + (f.secret() ? " (secret)" : "") + (f.file() ? " (file)" : ""));
        }
        section(out, "Registration steps");
        for (int i = 0; i < r.registrationSteps().size(); i++) {
            out.println("  " + (i + 1) + ". " + r.registrationSteps().get(i));
        }
        bullets(out, "Notes", r.notes());
        out.flush();
    }

    private static void permissions(Recipe r, PermissionCatalog catalog, PrintWriter out) {
        section(out, "Permissions (" + r.permissions().size() + ")");
        if (r.permissions().isEmpty()) {
            out.println("  " + (r.permissionsSelectable() ? "You choose them for your system: on the wizard's "
                    + "Permissions page, or with --permission NAME[:application|delegated] for check and handoff."
                    : "none"));
            return;
        }
        int nameWidth = r.permissions().stream().mapToInt(p -> p.name().length()).max().orElse(4);
        int resWidth = r.permissions().stream().mapToInt(p -> p.resource().displayName().length()).max().orElse(8);
        String row = "  %-" + resWidth + "s  %-" + nameWidth + "s  %-11s  %-36s  %-7s  %s%n";
        out.printf(row, "RESOURCE", "NAME", "TYPE", "GUID", "LEVEL", "NEED");
        for (PermissionRequirement p : r.permissions()) {
            out.printf(row, p.resource().displayName(), p.name(), p.type().id(), p.id(), p.privilege().id(),
                    p.required() ? "required" : "optional");
        }
        r.resources().forEach(res -> out.println("  " + res.displayName() + " = resource app " + catalog.resourceAppId(res)));
    }

    private static void bullets(PrintWriter out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            section(out, title);
            lines.forEach(l -> out.println("  - " + l));
        }
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title + ":");
    }
}

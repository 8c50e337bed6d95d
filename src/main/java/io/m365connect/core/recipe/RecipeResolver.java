package io.m365connect.core.recipe;

import io.m365connect.core.common.CatalogLoadException;
import io.m365connect.core.common.JsonPositions;
import io.m365connect.core.common.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one bound recipe file against the catalogs and resolves its names to GUIDs for one cloud. */
final class RecipeResolver {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RESERVED_INPUTS = Set.of("tenant", "tenantId", "clientId");

    private final PermissionCatalog permissions;
    private final RoleCatalog roles;

    RecipeResolver(PermissionCatalog permissions, RoleCatalog roles) {
        this.permissions = permissions;
        this.roles = roles;
    }

    /** Everything that does not depend on the cloud; throws at the first problem with its path and line. */
    void check(String file, RecipeJson r, JsonPositions pos) throws CatalogLoadException {
        Check c = new Check(file, pos);
        c.that(ID.matcher(r.id()).matches(), "$.id", "id '" + r.id() + "' must be lower-case words joined by '-'");
        c.that(file.endsWith("/" + r.id() + ".json") || file.equals(r.id() + ".json"), "$.id",
                "id '" + r.id() + "' must match the file name (" + r.id() + ".json)");
        c.that(!r.credentialKinds().isEmpty(), "$.credentialKinds", "a recipe accepts at least one credential kind");
        c.unique(r.credentialKinds().stream().map(CredentialKind::id).toList(), "$.credentialKinds", "credential kind");
        c.that(r.credentialKinds().contains(r.preferredCredential()), "$.preferredCredential",
                "preferred credential '" + r.preferredCredential().id() + "' is not among credentialKinds");
        c.that(!r.permissions().isEmpty() || r.permissionsSelectable(), "$.permissions",
                "a recipe without permissions must set permissionsSelectable");
        checkPermissions(c, r);
        checkRoles(c, r);
        List<String> inputIds = r.inputs().stream().map(InputField::id).toList();
        c.unique(inputIds, "$.inputs", "input id");
        for (int i = 0; i < inputIds.size(); i++) {
            c.that(!RESERVED_INPUTS.contains(inputIds.get(i)), "$.inputs[" + i + "].id",
                    "input id '" + inputIds.get(i) + "' is reserved: tenant and client ID are asked for every recipe");
        }
        c.unique(r.prerequisites().stream().map(Prerequisite::id).toList(), "$.prerequisites", "prerequisite id");
        c.unique(r.probes(), "$.probes", "probe");
        for (int i = 0; i < r.probes().size(); i++) {
            String p = r.probes().get(i);
            c.that(ProbeNames.known().contains(p), "$.probes[" + i + "]", "unknown probe '" + p + "'."
                    + Suggestions.didYouMean(p, ProbeNames.known()) + " Known probes: " + ProbeNames.known());
        }
        c.unique(r.outputs().stream().map(OutputField::label).toList(), "$.outputs", "output label");
        for (int i = 0; i < r.outputs().size(); i++) {
            String at = "$.outputs[" + i + "].source";
            OutputSources.problem(r.outputs().get(i).source(), inputIds).ifPresent(msg -> c.fail(at, msg));
            c.rethrow();
        }
        c.that(!r.registrationSteps().isEmpty(), "$.registrationSteps", "a recipe needs its registration steps");
    }

    private void checkPermissions(Check c, RecipeJson r) throws CatalogLoadException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.permissions().size(); i++) {
            RecipeJson.PermissionJson p = r.permissions().get(i);
            String at = "$.permissions[" + i + "]";
            var entry = permissions.entry(p.resource(), p.name());
            c.that(entry.isPresent(), at + ".name", "unknown permission '" + p.name() + "' for "
                    + p.resource().displayName() + "." + Suggestions.didYouMean(p.name(), permissions.names(p.resource())));
            if (entry.get().id(p.type()).isEmpty()) {
                PermissionType other = p.type() == PermissionType.APPLICATION ? PermissionType.DELEGATED : PermissionType.APPLICATION;
                c.fail(at + ".type", "'" + p.name() + "' exists only as a " + other.id() + " permission of "
                        + p.resource().displayName() + ", not as " + p.type().id());
                c.rethrow();
            }
            c.that(p.privilege() != Privilege.CHOSEN, at + ".privilege", "privilege 'chosen' is for permissions a "
                    + "person picks in the wizard; a recipe says least or higher");
            c.that(seen.add(p.resource().id() + "|" + p.name() + "|" + p.type().id()), at,
                    "permission '" + p.name() + "' (" + p.type().id() + ") is listed twice");
        }
    }

    private void checkRoles(Check c, RecipeJson r) throws CatalogLoadException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.roles().size(); i++) {
            RecipeJson.RoleJson role = r.roles().get(i);
            String at = "$.roles[" + i + "]";
            c.that(roles.find(role.name()).isPresent(), at + ".name", "unknown directory role '" + role.name() + "'."
                    + Suggestions.didYouMean(role.name(), roles.names()));
            c.that(seen.add(role.name() + "|" + role.holder().id()), at,
                    "role '" + role.name() + "' for holder '" + role.holder().id() + "' is listed twice");
        }
    }

    /** The recipe as it is in one cloud: permission GUIDs (and resource apps) from the catalog for that cloud. */
    Recipe resolve(RecipeJson r, String cloudId) {
        List<PermissionRequirement> perms = new ArrayList<>();
        for (RecipeJson.PermissionJson p : r.permissions()) {
            PermissionCatalog.Resolved res = permissions.resolve(p.resource(), p.name(), p.type(), cloudId)
                    .orElseThrow(() -> new IllegalStateException("checked at load: " + p.name()));
            perms.add(new PermissionRequirement(res.resource(), p.name(), p.type(), res.id(), p.required(),
                    p.privilege(), p.why()));
        }
        List<RoleRequirement> reqRoles = r.roles().stream()
                .map(x -> new RoleRequirement(x.name(), roles.find(x.name()).orElseThrow().templateId(), x.holder(),
                        x.required(), x.why()))
                .toList();
        return new Recipe(r.id(), r.title(), r.vendor(), r.source(), r.summary(), r.credentialKinds(),
                r.preferredCredential(), r.needs(), r.inputs(), perms, reqRoles, r.prerequisites(), r.probes(),
                r.outputs(), r.registrationSteps(), r.notes(), r.permissionsSelectable());
    }

    /** Collects the first failure with its position so each check reads as one line. */
    private static final class Check {
        private final String file;
        private final JsonPositions pos;
        private CatalogLoadException failure;

        Check(String file, JsonPositions pos) {
            this.file = file;
            this.pos = pos;
        }

        void that(boolean ok, String path, String what) throws CatalogLoadException {
            if (!ok) {
                fail(path, what);
                rethrow();
            }
        }

        void unique(List<String> values, String path, String kind) throws CatalogLoadException {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                that(seen.add(values.get(i)), path + "[" + i + "]", "duplicate " + kind + " '" + values.get(i) + "'");
            }
        }

        void fail(String path, String what) {
            if (failure == null) {
                failure = new CatalogLoadException(file, path, pos.line(path), what, null);
            }
        }

        void rethrow() throws CatalogLoadException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}

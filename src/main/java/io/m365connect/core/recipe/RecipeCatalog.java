package io.m365connect.core.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.m365connect.core.common.CatalogLoadException;
import io.m365connect.core.common.JsonPositions;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Suggestions;
import io.m365connect.core.tenant.CloudCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The recipes (recipes/*.json), checked against the permission and role catalogs at load. Recipes are
 * shown with Global GUIDs unless a cloud is named; a cloud the catalog has no overrides for (a custom
 * cloud file) also gets the Global GUIDs.
 */
public final class RecipeCatalog {
    private static final String RECIPES_DIR = "/io/m365connect/recipes";

    /** One recipe file: a name for messages and its bytes. */
    public record RecipeSource(String name, byte[] json) {
    }

    private final Map<String, RecipeJson> files;
    private final RecipeResolver resolver;
    private final PermissionCatalog permissions;
    private final RoleCatalog roles;
    private final Map<String, List<Recipe>> byCloud = new ConcurrentHashMap<>();

    private RecipeCatalog(Map<String, RecipeJson> files, PermissionCatalog permissions, RoleCatalog roles) {
        this.files = files;
        this.permissions = permissions;
        this.roles = roles;
        this.resolver = new RecipeResolver(permissions, roles);
    }

    /** The recipes shipped with the app; a broken built-in file is a build defect, so this fails loudly. */
    public static RecipeCatalog loadBuiltIn() {
        return loadBuiltIn(CloudCatalog.loadBuiltIn());
    }

    /** The built-in recipes; permission overrides may name the clouds of {@code clouds}. */
    public static RecipeCatalog loadBuiltIn(CloudCatalog clouds) {
        try {
            PermissionCatalog permissions = PermissionCatalog.loadBuiltIn(new java.util.LinkedHashSet<>(clouds.ids()));
            return load(builtInSources(), permissions, RoleCatalog.loadBuiltIn());
        } catch (CatalogLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static RecipeCatalog load(List<RecipeSource> sources, PermissionCatalog permissions, RoleCatalog roles)
            throws CatalogLoadException {
        RecipeResolver resolver = new RecipeResolver(permissions, roles);
        Map<String, RecipeJson> files = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (RecipeSource s : sources) {
            RecipeJson r;
            try {
                r = Resources.MAPPER.readValue(s.json(), RecipeJson.class);
            } catch (JsonProcessingException e) {
                throw CatalogLoadException.fromJackson(s.name(), e, s.json());
            } catch (IOException e) {
                throw new CatalogLoadException(s.name(), "$", -1, "cannot be read: " + e.getMessage(), e);
            }
            JsonPositions pos = JsonPositions.of(s.json());
            resolver.check(s.name(), r, pos);
            String earlier = fileOf.putIfAbsent(r.id(), s.name());
            if (earlier != null) {
                throw new CatalogLoadException(s.name(), "$.id", pos.line("$.id"),
                        "duplicate recipe id '" + r.id() + "', already used by " + earlier, null);
            }
            files.put(r.id(), r);
        }
        return new RecipeCatalog(files, permissions, roles);
    }

    /** Every {@code *.json} in a directory, in name order. */
    public static List<RecipeSource> readDirectory(Path dir) throws IOException {
        List<RecipeSource> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                out.add(new RecipeSource("recipes/" + p.getFileName(), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    // The recipes folder is listed rather than indexed so that adding a recipe is adding one file. In the app's
    // jar it is listed from the jar's entries: through a zip file system the catalog took about 50 ms longer.
    private static List<RecipeSource> builtInSources() {
        URL url = RecipeCatalog.class.getResource(RECIPES_DIR);
        if (url == null) {
            throw new IllegalStateException(RECIPES_DIR + " is missing from the application");
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return readJar(file, RECIPES_DIR.substring(1) + "/");
                }
            }
            return readDirectory(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code *.json} directly in one folder of a jar, in name order. */
    static List<RecipeSource> readJar(JarFile jar, String folder) throws IOException {
        List<JarEntry> entries = jar.stream()
                .filter(e -> e.getName().startsWith(folder) && e.getName().endsWith(".json")
                        && e.getName().indexOf('/', folder.length()) < 0)
                .sorted(Comparator.comparing(JarEntry::getName)).toList();
        List<RecipeSource> out = new ArrayList<>();
        for (JarEntry e : entries) {
            try (InputStream in = jar.getInputStream(e)) {
                out.add(new RecipeSource("recipes/" + e.getName().substring(folder.length()), in.readAllBytes()));
            }
        }
        return out;
    }

    /** All recipes with Global GUIDs, in id order. */
    public List<Recipe> all() {
        return all(CloudCatalog.DEFAULT_CLOUD);
    }

    /** All recipes with the GUIDs (and resource apps) of one cloud. */
    public List<Recipe> all(String cloudId) {
        return byCloud.computeIfAbsent(cloudId, c -> files.values().stream()
                .sorted(Comparator.comparing(RecipeJson::id))
                .map(r -> resolver.resolve(r, c)).toList());
    }

    public Optional<Recipe> find(String id) {
        return find(id, CloudCatalog.DEFAULT_CLOUD);
    }

    public Optional<Recipe> find(String id, String cloudId) {
        return all(cloudId).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The recipe, or a problem that names the closest known id. */
    public Recipe require(String id, String cloudId) throws ProblemException {
        return find(id == null ? "" : id.trim(), cloudId).orElseThrow(() -> new ProblemException(Problem.of(
                "There is no recipe '" + id + "'." + Suggestions.didYouMean(id, ids()),
                "Run 'm365-connect recipes list' to see the recipes this app knows.",
                "a typing error in the recipe id")));
    }

    /** The recipe as set up in one cloud: with the person's chosen permissions when the recipe lets them choose. */
    public Recipe effective(String id, String cloudId, List<ChosenPermission> chosen) throws ProblemException {
        return PermissionChoices.apply(require(id, cloudId), chosen, permissions, cloudId);
    }

    public List<String> ids() {
        return files.keySet().stream().sorted().toList();
    }

    /** The known id closest to an unknown one ("did you mean"). */
    public Optional<String> suggest(String unknownId) {
        return Suggestions.closest(unknownId, ids());
    }

    public PermissionCatalog permissions() {
        return permissions;
    }

    public RoleCatalog roles() {
        return roles;
    }
}

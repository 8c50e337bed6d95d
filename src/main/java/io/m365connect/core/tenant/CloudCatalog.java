package io.m365connect.core.tenant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.m365connect.core.common.CatalogLoadException;
import io.m365connect.core.common.JsonPositions;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in clouds (catalog/clouds.json) plus reading and writing custom cloud files. */
public final class CloudCatalog {
    public static final String DEFAULT_CLOUD = "global";
    /** The clouds the app ships with; profiles and the CLI name them by these ids. */
    public static final List<String> BUILT_IN_IDS = List.of("global", "gcc", "gcc-high", "dod", "china");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final List<Cloud> clouds;

    public CloudCatalog(List<Cloud> clouds) {
        this.clouds = List.copyOf(clouds);
    }

    /** The five built-in clouds; a broken built-in file is a build defect, so this fails loudly. */
    public static CloudCatalog loadBuiltIn() {
        String name = "/io/m365connect/catalog/clouds.json";
        try (InputStream in = CloudCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            CloudCatalog catalog = load("catalog/clouds.json", in.readAllBytes());
            if (!catalog.ids().equals(BUILT_IN_IDS)) {
                throw new IllegalStateException(name + " must hold exactly the clouds " + BUILT_IN_IDS
                        + ", in that order, but holds " + catalog.ids());
            }
            return catalog;
        } catch (IOException | CatalogLoadException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a list of clouds; every entry is checked like a custom cloud file, and ids must be unique. */
    public static CloudCatalog load(String file, byte[] json) throws CatalogLoadException {
        Cloud[] list;
        try {
            list = MAPPER.readValue(json, Cloud[].class);
        } catch (JsonProcessingException e) {
            throw CatalogLoadException.fromJackson(file, e, json);
        } catch (IOException e) {
            throw new CatalogLoadException(file, "$", -1, "cannot be read: " + e.getMessage(), e);
        }
        JsonPositions pos = JsonPositions.of(json);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.length; i++) {
            String at = "$[" + i + "]";
            check(file, pos, at, list[i]);
            if (!ids.add(list[i].id())) {
                throw new CatalogLoadException(file, at + ".id", pos.line(at + ".id"),
                        "duplicate cloud id '" + list[i].id() + "'", null);
            }
        }
        return new CloudCatalog(List.of(list));
    }

    private static void check(String file, JsonPositions pos, String at, Cloud c) throws CatalogLoadException {
        if (c.id().isBlank()) {
            throw new CatalogLoadException(file, at + ".id", pos.line(at + ".id"), "the cloud id is empty", null);
        }
        // MSAL4J refuses an authority that is not https (TOOLCHAIN.md), so refuse it here with the file named.
        if (!c.authority().startsWith("https://")) {
            throw new CatalogLoadException(file, at + ".authority", pos.line(at + ".authority"),
                    "authority '" + c.authority() + "' must start with https://", null);
        }
    }

    public List<Cloud> all() {
        return clouds;
    }

    public Optional<Cloud> find(String id) {
        return clouds.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        clouds.forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** Reads a custom cloud file; unknown keys and missing required keys are refused with the file, path and line. */
    public static Cloud readCustom(Path file) throws ProblemException {
        byte[] json = io.m365connect.core.common.InputFiles.read(file, "The cloud file");
        return parseCustom(file.toString(), json);
    }

    /** Parses one custom cloud (the shape of {@link Cloud}); {@code file} names it in errors. */
    public static Cloud parseCustom(String file, byte[] json) throws CatalogLoadException {
        Cloud cloud;
        try {
            cloud = MAPPER.readValue(json, Cloud.class);
        } catch (JsonProcessingException e) {
            throw CatalogLoadException.fromJackson(file, e, json);
        } catch (IOException e) {
            throw new CatalogLoadException(file, "$", -1, "cannot be read: " + e.getMessage(), e);
        }
        check(file, JsonPositions.of(json), "$", cloud);
        return cloud;
    }

    public static Cloud parseCustom(String json) throws IOException {
        return MAPPER.readValue(json, Cloud.class);
    }

    public static String toJson(Cloud cloud) {
        try {
            return MAPPER.writeValueAsString(cloud);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void writeCustom(Cloud cloud, Path file) throws IOException {
        Files.writeString(file, toJson(cloud));
    }
}

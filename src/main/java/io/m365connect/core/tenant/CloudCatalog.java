package io.m365connect.core.tenant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in clouds (catalog/clouds.json) plus reading and writing custom cloud files. */
public final class CloudCatalog {
    public static final String DEFAULT_CLOUD = "global";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final List<Cloud> clouds;

    public CloudCatalog(List<Cloud> clouds) {
        this.clouds = List.copyOf(clouds);
    }

    public static CloudCatalog loadBuiltIn() {
        String name = "/io/m365connect/catalog/clouds.json";
        try (InputStream in = CloudCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            Cloud[] list = MAPPER.readValue(in, Cloud[].class);
            return new CloudCatalog(List.of(list));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
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

    /** Reads a custom cloud file; unknown keys and missing required keys are refused with the file named. */
    public static Cloud readCustom(Path file) throws ProblemException {
        try {
            return MAPPER.readValue(Files.readAllBytes(file), Cloud.class);
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.of(
                    "The cloud file " + file + " could not be read: " + firstLine(e.getMessage()),
                    "Check the file against the custom cloud format in the README.",
                    "the file is not JSON, has an unknown key, or misses a required one"), e);
        }
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

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

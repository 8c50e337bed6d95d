package io.m365connect.core.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.m365connect.core.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Management Activity API's AF codes and Graph's error codes from catalog/errors.json (the same entries
 * {@code explain} prints), each with the layer it points at. Read here as data: the catalog class lives in
 * core.diagnose, which depends on the probes.
 */
public final class ServiceErrors {
    private static final String RESOURCE = "/io/m365connect/catalog/errors.json";
    private static final ServiceErrors BUILT_IN = load();

    /** One entry: {@code code} as the service sends it ({@code AF10001}, {@code Authorization_RequestDenied}). */
    public record Entry(String code, Layer layer, String meaning, String fix) {
    }

    private final Map<String, Entry> byCode;

    private ServiceErrors(Map<String, Entry> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static ServiceErrors builtIn() {
        return BUILT_IN;
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public Problem problem(Entry e) {
        return Problem.of(e.meaning(), e.fix());
    }

    static Layer layer(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "tenant" -> Layer.TENANT;
            case "app" -> Layer.APP;
            case "credential" -> Layer.CREDENTIAL;
            case "consent" -> Layer.CONSENT;
            case "permission" -> Layer.PERMISSION;
            case "role" -> Layer.DIRECTORY_ROLE;
            case "mailbox" -> Layer.EXCHANGE_ACCESS;
            case "subscription" -> Layer.SUBSCRIPTION;
            case "license" -> Layer.LICENCE;
            case "network", "tls", "proxy", "timeout" -> Layer.NETWORK;
            default -> Layer.SERVICE;
        };
    }

    private static ServiceErrors load() {
        try (InputStream in = ServiceErrors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Entry> map = new LinkedHashMap<>();
            root.path("af").forEach(n -> put(map, "AF" + n.path("code").asText(), n));
            root.path("graph").forEach(n -> put(map, n.path("code").asText(), n));
            return new ServiceErrors(map);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Entry> map, String code, JsonNode n) {
        map.put(code, new Entry(code, layer(n.path("layer").asText("")), n.path("meaning").asText(),
                n.path("fix").asText()));
    }
}

package io.m365connect.core.probe;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** catalog/service-errors.json: a service's error code → the missing layer, its meaning and fix. */
public final class ServiceErrors {
    private static final String RESOURCE = "/io/m365connect/catalog/service-errors.json";
    private static final ServiceErrors BUILT_IN = load();

    /** One catalog entry; {@code meaning} and {@code fix} may hold {tenant}, {tokenTenant}, {clientId}. */
    public record Entry(String code, String service, Layer layer, String meaning, String fix) {
    }

    private record FileShape(String description, List<Entry> entries) {
    }

    private final Map<String, Entry> byCode;

    private ServiceErrors(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (map.put(e.code(), e) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate code " + e.code());
            }
        }
        this.byCode = Map.copyOf(map);
    }

    public static ServiceErrors builtIn() {
        return BUILT_IN;
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<Entry> all() {
        return List.copyOf(byCode.values());
    }

    /** The entry's problem with the placeholders filled in. */
    public static Problem problem(Entry entry, Map<String, String> values) {
        return Problem.of(fill(entry.meaning(), values), fill(entry.fix(), values));
    }

    static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", v.getValue() == null ? "" : v.getValue());
        }
        return out;
    }

    private static ServiceErrors load() {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = ServiceErrors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new ServiceErrors(mapper.readValue(in, FileShape.class).entries());
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}

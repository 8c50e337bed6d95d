package io.m365connect.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTTP request as the handlers see it: decoded query and form parameters, headers by lower-case name. */
record Request(String method, String path, Map<String, String> query, Map<String, String> form,
               Map<String, List<String>> headers, String body, String baseUrl) {

    Request {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        headers = Map.copyOf(headers);
    }

    /** A parameter from the form body, else from the query string. */
    Optional<String> param(String name) {
        String v = form.get(name);
        if (v == null) {
            v = query.get(name);
        }
        return Optional.ofNullable(v).filter(s -> !s.isEmpty());
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The bearer token of the Authorization header, if there is one. */
    Optional<String> bearer() {
        return header("authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim()).filter(s -> !s.isEmpty());
    }

    static Map<String, String> decodeForm(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }
}

package io.m365connect.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a tenant definition (the built-in demo tenant or a file) and refuses one that could not work. */
final class TenantLoader {
    static final String DEMO = "/io/m365connect/sandbox/demo-tenant.json";
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule().addDeserializer(Instant.class, new InstantText()))
            .build();

    private TenantLoader() {
    }

    static TenantDefinition demo() {
        try (InputStream in = TenantLoader.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException(DEMO + " is missing from the application");
            }
            return validated(MAPPER.readValue(in, TenantDefinition.class), DEMO);
        } catch (IOException | ProblemException e) {
            throw new IllegalStateException("the built-in demo tenant is broken: " + e.getMessage(), e);
        }
    }

    static TenantDefinition read(Path file) throws ProblemException {
        TenantDefinition t;
        try {
            t = MAPPER.readValue(Files.readAllBytes(file), TenantDefinition.class);
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.of("The tenant file " + file + " could not be read: "
                            + firstLine(e.getMessage()), "Compare it with the built-in demo-tenant.json.",
                    "the file is not JSON, has an unknown key, or misses a required one"), e);
        }
        return validated(t, file.toString());
    }

    static TenantDefinition validated(TenantDefinition t, String source) throws ProblemException {
        guid(t.tenantId(), source, "tenantId");
        if (t.domains().stream().noneMatch(d -> d.toLowerCase(java.util.Locale.ROOT).endsWith(".onmicrosoft.com"))) {
            throw invalid(source, "domains has no initial *.onmicrosoft.com domain");
        }
        Set<String> clientIds = new HashSet<>();
        for (TenantDefinition.App app : t.apps()) {
            guid(app.clientId(), source, "apps[].clientId");
            guid(app.servicePrincipalId(), source, "apps[].servicePrincipalId of " + app.clientId());
            if (!clientIds.add(app.clientId().toLowerCase(java.util.Locale.ROOT))) {
                throw invalid(source, "client ID " + app.clientId() + " is used twice");
            }
            for (TenantDefinition.Grant g : app.grants()) {
                if (t.resource(g.resource()).isEmpty()) {
                    throw invalid(source, "app " + app.clientId() + " has a grant on unknown resource " + g.resource());
                }
            }
            for (String role : app.directoryRoles()) {
                guid(role, source, "directoryRoles of " + app.clientId());
            }
            for (String pem : app.certificates()) {
                try {
                    PracticeDirectory.parsePem(pem);
                } catch (IllegalArgumentException e) {
                    throw invalid(source, "app " + app.clientId() + " has a certificate that is not PEM");
                }
            }
        }
        for (TenantDefinition.User user : t.users()) {
            guid(user.objectId(), source, "users[].objectId of " + user.upn());
            if (!UserSignIn.ownsDomainOf(t, user.upn())) {
                throw invalid(source, "user " + user.upn() + " is not in one of the tenant's domains");
            }
        }
        return t;
    }

    private static void guid(String value, String source, String where) throws ProblemException {
        if (value == null || !GUID.matcher(value).matches()) {
            throw invalid(source, where + " is not a GUID: " + value);
        }
    }

    private static ProblemException invalid(String source, String what) {
        return new ProblemException(Problem.of("The tenant file " + source + " is not usable: " + what + ".",
                "Correct the file; the built-in demo-tenant.json shows every field.", "a typing error in the file"));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** ISO-8601 instants ("2027-01-31T00:00:00Z") without pulling in the java.time module. */
    private static final class InstantText extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            try {
                return Instant.parse(p.getValueAsString());
            } catch (DateTimeParseException | NullPointerException e) {
                throw ctx.weirdStringException(p.getValueAsString(), Instant.class, "expected an ISO-8601 instant");
            }
        }
    }
}

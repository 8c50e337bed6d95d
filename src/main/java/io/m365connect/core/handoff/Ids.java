package io.m365connect.core.handoff;

import io.m365connect.core.common.Guids;
import java.util.Locale;
import java.util.regex.Pattern;

/** The light checks links need: a GUID, or a tenant given as GUID or domain (never a multi-tenant alias). */
final class Ids {
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private Ids() {
    }

    static String guid(String value, String what) {
        String v = value == null ? "" : value.trim();
        if (!Guids.isGuid(v)) {
            throw new IllegalArgumentException(what + " must be a GUID, not '" + value + "'");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    /** Admin consent must name one tenant: {@code common} and friends would ask a random tenant's admin. */
    static String tenant(String value) {
        String v = value == null ? "" : value.trim();
        if (Guids.isGuid(v)) {
            return v.toLowerCase(Locale.ROOT);
        }
        if (DOMAIN.matcher(v).matches()) {
            return v.toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("the tenant must be its ID (a GUID) or one of its domains, not '" + value + "'");
    }
}

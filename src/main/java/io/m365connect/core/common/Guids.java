package io.m365connect.core.common;

import java.util.regex.Pattern;

/** The 8-4-4-4-12 hex form Entra uses for tenant, app, permission and role IDs. */
public final class Guids {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Guids() {
    }

    public static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }
}

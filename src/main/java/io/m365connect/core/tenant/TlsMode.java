package io.m365connect.core.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a mail connection starts TLS: from the first byte (993/995) or by STARTTLS (587). */
public enum TlsMode {
    IMPLICIT, STARTTLS;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TlsMode fromJson(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}

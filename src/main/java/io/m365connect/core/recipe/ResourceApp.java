package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The Microsoft resource applications our recipes ask permissions of; each maps to one cloud service. */
public enum ResourceApp {
    GRAPH("graph", "Microsoft Graph"),
    EXCHANGE("exchange", "Office 365 Exchange Online"),
    MANAGEMENT("management", "Office 365 Management APIs"),
    /** Holds Exchange.ManageAsApp in GCC High and DoD instead of Exchange Online (catalog/permissions.json). */
    EXCHANGE_PROTECTION("exchange-protection", "Microsoft Exchange Online Protection");

    private final String id;
    private final String displayName;

    ResourceApp(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    @JsonCreator
    public static ResourceApp fromId(String id) {
        for (ResourceApp r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown resource '" + id + "'");
    }
}

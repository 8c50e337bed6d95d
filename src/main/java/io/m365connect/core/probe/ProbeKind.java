package io.m365connect.core.probe;

import io.m365connect.core.recipe.ProbeNames;
import io.m365connect.core.recipe.ResourceApp;
import java.util.Optional;

/** The checks a recipe can name in its {@code probes} list ({@link ProbeNames}), with the token resource each sends. */
public enum ProbeKind {
    GRAPH(ProbeNames.GRAPH, ResourceApp.GRAPH, "Microsoft Graph"),
    MANAGEMENT_ACTIVITY(ProbeNames.MANAGEMENT_ACTIVITY, ResourceApp.MANAGEMENT, "Office 365 Management Activity API"),
    EXCHANGE_ADMIN(ProbeNames.EXCHANGE_ADMIN, ResourceApp.EXCHANGE, "Exchange Online admin API"),
    IMAP(ProbeNames.IMAP, ResourceApp.EXCHANGE, "IMAP (XOAUTH2)"),
    POP3(ProbeNames.POP3, ResourceApp.EXCHANGE, "POP3 (XOAUTH2)"),
    SMTP(ProbeNames.SMTP, ResourceApp.EXCHANGE, "SMTP submission (XOAUTH2)");

    private final String id;
    private final ResourceApp resource;
    private final String title;

    ProbeKind(String id, ResourceApp resource, String title) {
        this.id = id;
        this.resource = resource;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public ResourceApp resource() {
        return resource;
    }

    public String title() {
        return title;
    }

    public static Optional<ProbeKind> fromId(String id) {
        for (ProbeKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

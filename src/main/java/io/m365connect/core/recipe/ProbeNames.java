package io.m365connect.core.recipe;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The connection probes a recipe may name, and the cloud service each one talks to. */
public final class ProbeNames {
    public static final String GRAPH = "graph";
    public static final String MANAGEMENT_ACTIVITY = "management-activity";
    public static final String EXCHANGE_ADMIN = "exchange-admin";
    public static final String IMAP = "imap";
    public static final String POP3 = "pop3";
    public static final String SMTP = "smtp";

    private static final Map<String, CloudService> SERVICE = Map.of(
            GRAPH, CloudService.GRAPH,
            MANAGEMENT_ACTIVITY, CloudService.MANAGEMENT,
            EXCHANGE_ADMIN, CloudService.EXCHANGE,
            IMAP, CloudService.IMAP,
            POP3, CloudService.POP3,
            SMTP, CloudService.SMTP);

    private ProbeNames() {
    }

    public static Set<String> known() {
        return SERVICE.keySet();
    }

    public static Optional<CloudService> service(String probe) {
        return Optional.ofNullable(SERVICE.get(probe));
    }
}

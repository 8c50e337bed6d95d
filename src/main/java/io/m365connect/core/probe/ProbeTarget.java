package io.m365connect.core.probe;

import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.tenant.Cloud;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the checks go: the cloud, the tenant exactly as the person entered it (GUID or domain; the
 * Management API wants the GUID, and checking the entered value is the point), the organization domain
 * for Exchange, the mailbox for mail checks, and the network settings every check uses.
 */
public record ProbeTarget(
        Cloud cloud,
        String tenant,
        String clientId,
        Optional<String> organization,
        Optional<String> mailbox,
        HttpSettings http) {

    public ProbeTarget {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(tenant, "tenant");
        clientId = clientId == null ? "" : clientId;
        organization = organization == null ? Optional.empty() : organization.filter(s -> !s.isBlank());
        mailbox = mailbox == null ? Optional.empty() : mailbox.filter(s -> !s.isBlank());
        Objects.requireNonNull(http, "http");
    }
}

package io.m365connect.core.tenant;

import java.util.Objects;

/** A mail protocol endpoint of a cloud: host, port and how TLS starts. */
public record MailEndpoint(String host, int port, TlsMode tls) {
    public MailEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}

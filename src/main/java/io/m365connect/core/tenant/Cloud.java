package io.m365connect.core.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * One Microsoft cloud (Global, GCC, GCC High, DoD, 21Vianet) or a custom one loaded from a file.
 * This record is exactly the custom cloud file's shape; services a recipe does not use may be absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cloud(
        String id,
        String displayName,
        String authority,
        ServiceEndpoint graph,
        ServiceEndpoint management,
        ServiceEndpoint exchange,
        MailEndpoint imap,
        MailEndpoint pop3,
        MailEndpoint smtp,
        String azurePortal,
        String entraAdminCenter) {

    public Cloud {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(authority, "authority");
        authority = authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
    }

    public Optional<ServiceEndpoint> graphService() { return Optional.ofNullable(graph); }
    public Optional<ServiceEndpoint> managementService() { return Optional.ofNullable(management); }
    public Optional<ServiceEndpoint> exchangeService() { return Optional.ofNullable(exchange); }
    public Optional<MailEndpoint> imapService() { return Optional.ofNullable(imap); }
    public Optional<MailEndpoint> pop3Service() { return Optional.ofNullable(pop3); }
    public Optional<MailEndpoint> smtpService() { return Optional.ofNullable(smtp); }

    /** {@code {authority}/{tenant}} — what MSAL takes as the authority for one tenant. */
    public String tenantAuthority(String tenant) {
        return authority + "/" + tenant;
    }

    /** The v2 token endpoint for a tenant; also the {@code aud} of a client assertion. */
    public String tokenEndpoint(String tenant) {
        return tenantAuthority(tenant) + "/oauth2/v2.0/token";
    }
}

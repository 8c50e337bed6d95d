package io.m365connect.sandbox;

import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The faults a person can provoke, each a change to the tenant that makes Entra or a service refuse. */
final class PracticeFaults {
    static final String EXCHANGE_ADMINISTRATOR = "29232cdf-9323-42fd-ade2-1d097af3e4de";

    static final PracticeFault SECRET_EXPIRED = new PracticeFault("secret-expired",
            "Make the client secrets expire (AADSTS7000222)");
    static final PracticeFault SECRET_REPLACED = new PracticeFault("secret-replaced",
            "Replace the client secrets, so the value you have is wrong (AADSTS7000215)");
    static final PracticeFault CERTIFICATE_UNREGISTERED = new PracticeFault("certificate-unregistered",
            "Unregister the certificates from the apps (AADSTS700027)");
    static final PracticeFault CONSENT_REMOVED = new PracticeFault("consent-removed",
            "Remove admin consent (app-only tokens lose their roles; sign-ins get AADSTS65001)");
    static final PracticeFault EXCHANGE_ROLE_REMOVED = new PracticeFault("exchange-role-removed",
            "Remove the Exchange Administrator role from the apps (the Exchange admin API refuses)");
    static final PracticeFault MFA_REQUIRED = new PracticeFault("mfa-required",
            "Require MFA for every user (password sign-in gets AADSTS50076)");
    static final PracticeFault USER_DISABLED = new PracticeFault("user-disabled",
            "Disable the user accounts (AADSTS50057)");
    static final PracticeFault PUBLIC_CLIENT_OFF = new PracticeFault("public-client-off",
            "Turn off 'Allow public client flows' (device code and public ROPC get AADSTS7000218)");
    static final PracticeFault APP_DELETED = new PracticeFault("app-deleted",
            "Delete the app registrations (AADSTS700016)");

    static final List<PracticeFault> ALL = List.of(SECRET_EXPIRED, SECRET_REPLACED, CERTIFICATE_UNREGISTERED,
            CONSENT_REMOVED, EXCHANGE_ROLE_REMOVED, MFA_REQUIRED, USER_DISABLED, PUBLIC_CLIENT_OFF, APP_DELETED);

    private PracticeFaults() {
    }

    static void apply(PracticeFault fault, PracticeDirectory directory) {
        switch (fault.id()) {
            case "secret-expired" -> directory.change(t -> t.withApps(a -> a.withSecrets(a.secrets().stream()
                    .map(s -> new TenantDefinition.ClientSecret(s.keyId(), s.value(),
                            directory.now().minus(Duration.ofDays(1)))).toList())));
            case "secret-replaced" -> directory.change(t -> t.withApps(a -> a.withSecrets(a.secrets().stream()
                    .map(s -> new TenantDefinition.ClientSecret(s.keyId(), "replaced~" + UUID.randomUUID(),
                            s.expires())).toList())));
            case "certificate-unregistered" -> directory.change(t -> t.withApps(a -> a.withCertificates(false,
                    List.of())));
            case "consent-removed" -> directory.change(t -> t.withApps(a -> a.withConsent(false)));
            case "exchange-role-removed" -> directory.change(t -> t.withApps(a -> a.withDirectoryRoles(
                    a.directoryRoles().stream().filter(r -> !r.equalsIgnoreCase(EXCHANGE_ADMINISTRATOR)).toList())));
            case "mfa-required" -> directory.change(t -> t.withUsers(u -> u.withMfa(true)));
            case "user-disabled" -> directory.change(t -> t.withUsers(u -> u.withDisabled(true)));
            case "public-client-off" -> directory.change(t -> t.withApps(a -> a.withPublicClient(false)));
            case "app-deleted" -> directory.change(TenantDefinition::withoutApps);
            default -> throw new IllegalArgumentException("unknown practice fault: " + fault.id());
        }
    }
}

package io.m365connect.core.tenant;

import java.util.List;

/**
 * The suffix of a tenant's initial domain per cloud. Global and GCC tenants live in the commercial directory
 * ({@code .onmicrosoft.com}); GCC High and DoD tenants get {@code .onmicrosoft.us}; 21Vianet tenants get
 * {@code .partner.onmschina.cn} (Microsoft 365 docs, "Domains FAQ", moniker o365-21vianet). A custom cloud
 * (a lab or our emulator) may use any of them.
 */
final class InitialDomains {
    private static final String COM = "onmicrosoft.com";
    private static final String US = "onmicrosoft.us";
    private static final String CN = "partner.onmschina.cn";

    private InitialDomains() {
    }

    static List<String> suffixes(Cloud cloud) {
        return switch (cloud.id()) {
            case "global", "gcc" -> List.of(COM);
            case "gcc-high", "dod" -> List.of(US);
            case "china" -> List.of(CN);
            default -> List.of(COM, US, CN);
        };
    }
}

package io.m365connect.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TenantResolverTest {
    private static final CloudCatalog CATALOG = CloudCatalog.loadBuiltIn();
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("resolver");
    private static final EmulatorPracticeTenant practice = started.tenant;
    private static TenantResolver resolver;

    @BeforeAll
    static void setUp() {
        resolver = new TenantResolver(HttpSettings.defaults().withTrustedCas(List.of(practice.caCertificate()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)), CATALOG);
    }

    @Test
    void domainResolvesToTheTenantIdFromTheIssuer() throws ProblemException {
        practice.clearRequestLog();

        TenantResolver.Resolution r = resolver.resolve(practice.cloud(), "contosopractice.onmicrosoft.com",
                new Cancellation());

        assertEquals(practice.tenantId(), r.tenantId());
        assertEquals(Optional.of("microsoftonline.com"), r.cloudInstance());
        assertEquals(Optional.empty(), r.otherCloud());
        assertEquals(1, practice.requestLog().size());
        assertEquals("GET", practice.requestLog().get(0).method());
    }

    @Test
    void unknownDomainIsExplainedWithTheCloudHint() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resolver.resolve(practice.cloud(), "nosuchtenant.onmicrosoft.com", new Cancellation()));

        assertEquals("There is no tenant 'nosuchtenant.onmicrosoft.com' in the cloud 'Practice tenant (this computer)'.",
                e.problem().summary());
        assertTrue(e.problem().likelyCauses().contains("the tenant is in another cloud (US Government or China)"));
    }

    @Test
    void unreachableSignInServiceIsANetworkProblem() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Cloud nowhere = new Cloud("x", "X", "https://127.0.0.1:" + closed, null, null, null, null, null, null, null,
                null);
        ProblemException e = assertThrows(ProblemException.class,
                () -> resolver.resolve(nowhere, "contoso.com", new Cancellation()));

        assertEquals("127.0.0.1:" + closed + " refused the connection.", e.problem().summary());
    }

    @Test
    void usGovernmentTenantSeenFromTheWorldwideCloudIsCalledOut() {
        Optional<Problem> p = resolver.otherCloud(CATALOG.find("global").orElseThrow(), "contoso.us",
                Optional.of("microsoftonline.us"), Optional.empty());

        assertEquals("The tenant 'contoso.us' belongs to another cloud (gcc-high).", p.orElseThrow().summary());
        assertEquals("Choose the cloud 'gcc-high' (--cloud gcc-high) and try again.", p.orElseThrow().fix());
    }

    @Test
    void gccTenantSeenAsWorldwideIsCalledOut() {
        Optional<Problem> p = resolver.otherCloud(CATALOG.find("global").orElseThrow(), "agency.gov",
                Optional.of("microsoftonline.com"), Optional.of("GCC"));

        assertEquals("The tenant 'agency.gov' is a GCC (US Government Community) tenant.", p.orElseThrow().summary());
    }

    @Test
    void matchingCloudSaysNothing() {
        assertEquals(Optional.empty(), resolver.otherCloud(CATALOG.find("gcc-high").orElseThrow(), "contoso.us",
                Optional.of("microsoftonline.us"), Optional.empty()));
    }
}

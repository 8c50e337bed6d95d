package io.m365connect.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRefTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static TenantRef accepted(String raw) {
        InputResult<TenantRef> r = TenantRef.parse(raw);
        assertTrue(r.isAccepted(), () -> "rejected " + raw + ": " + r.rejection().map(p -> p.summary()).orElse(""));
        return r.acceptedValue().orElseThrow();
    }

    private static String rejection(String raw) {
        InputResult<TenantRef> r = TenantRef.parse(raw);
        assertFalse(r.isAccepted(), () -> "accepted " + raw);
        return r.rejection().orElseThrow().summary();
    }

    @ParameterizedTest
    @ValueSource(strings = {TENANT, "  72F988BF-86F1-41AF-91AB-2D7CD011DB47 ", "{72f988bf-86f1-41af-91ab-2d7cd011db47}",
            "\"72f988bf-86f1-41af-91ab-2d7cd011db47\"", "'{72f988bf-86f1-41af-91ab-2d7cd011db47}'",
            "72f988bf86f141af91ab2d7cd011db47", "\u201C72f988bf-86f1-41af-91ab-2d7cd011db47\u201D",
            "\u200B72f988bf-86f1-41af-91ab-2d7cd011db47\n"})
    void pastedGuidIsCleanedToCanonicalForm(String raw) {
        TenantRef t = accepted(raw);
        assertEquals(TENANT, t.value());
        assertTrue(t.isGuid());
    }

    @Test
    void domainIsAcceptedInLowerCase() {
        TenantRef t = accepted(" Contoso.OnMicrosoft.com ");
        assertEquals("contoso.onmicrosoft.com", t.value());
        assertTrue(t.isDomain());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
            "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
            "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/TenantOverview.ReactView/tenantId/72f988bf-86f1-41af-91ab-2d7cd011db47",
            "https://portal.azure.com/?tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47#home",
            "https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/adminconsent?client_id=x"})
    void tenantIsTakenFromPastedLink(String url) {
        InputResult<TenantRef> r = TenantRef.parse(url);
        assertEquals(TENANT, r.acceptedValue().orElseThrow().value());
        assertEquals(Optional.of("Tenant taken from the pasted link."), ((InputResult.Accepted<TenantRef>) r).note());
    }

    @Test
    void domainIsTakenFromPortalHashAtLink() {
        assertEquals("contoso.onmicrosoft.com",
                accepted("https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions").value());
    }

    @Test
    void domainIsTakenFromUserName() {
        assertEquals("contoso.com", accepted("admin@contoso.com").value());
    }

    @Test
    void emptyTenantAsksForIt() {
        assertEquals("Enter the tenant: its directory (tenant) ID or its domain.", rejection("  \"\" "));
    }

    @Test
    void malformedGuidSaysHowManyDigits() {
        assertEquals("The tenant ID \"72f988bf-86f1-41af-91ab-2d7cd011db4\" is not a valid GUID: "
                + "it has 31 hex digits, a GUID has 32.", rejection("72f988bf-86f1-41af-91ab-2d7cd011db4"));
    }

    @Test
    void guidWithLetterOutsideHexNamesTheLetter() {
        assertEquals("The tenant ID \"72f988bg-86f1-41af-91ab-2d7cd011db47\" is not a valid GUID: "
                + "'g' is not a hex digit (0-9, a-f).", rejection("72f988bg-86f1-41af-91ab-2d7cd011db47"));
    }

    @Test
    void guidWithDashesMisplacedIsRefused() {
        assertEquals("The tenant ID \"72f988bf8-6f1-41af-91ab-2d7cd011db47\" is not a valid GUID: "
                + "the dashes are not in the 8-4-4-4-12 places.", rejection("72f988bf8-6f1-41af-91ab-2d7cd011db47"));
    }

    @Test
    void domainWithSpacesIsRefused() {
        assertEquals("The tenant domain \"contoso. onmicrosoft.com\" contains a space; a domain cannot.",
                rejection("contoso. onmicrosoft.com"));
    }

    @Test
    void domainWithBadCharacterIsRefused() {
        assertEquals("The tenant domain \"contoso_it.com\" is not a valid domain name.", rejection("contoso_it.com"));
    }

    @Test
    void controlCharacterInsideIsRefusedWithItsPosition() {
        assertEquals("The tenant contains an invisible control character (U+0007) at position 8.",
                rejection("contoso\u0007.onmicrosoft.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "organizations", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"})
    void multiTenantAliasIsNotATenant(String raw) {
        assertTrue(rejection(raw).endsWith("does not name one tenant."));
    }

    @Test
    void singleWordIsNeitherGuidNorDomain() {
        assertEquals("\"contoso\" is neither a tenant ID nor a domain.", rejection("contoso"));
    }

    @Test
    void linkWithoutTenantIsRefused() {
        assertEquals("This link does not name a tenant.", rejection("https://entra.microsoft.com/#home"));
    }
}

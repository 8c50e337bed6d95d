package io.m365connect.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {
    static Cloud cloud(String id) {
        return new Cloud(id, id, "https://login.example", null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({"global, contoso.onmicrosoft.com", "gcc, contoso.onmicrosoft.com", "gcc-high, contoso.onmicrosoft.us",
            "dod, contoso.onmicrosoft.us", "china, contoso.partner.onmschina.cn", "lab, contoso.onmicrosoft.us"})
    void initialDomainOfTheCloudIsAccepted(String cloudId, String domain) {
        assertEquals(domain, Inputs.initialDomain("Organization", " " + domain.toUpperCase() + " ", true, cloud(cloudId))
                .acceptedValue().orElseThrow());
    }

    @Test
    void customDomainIsNotAnInitialDomain() {
        assertEquals("Organization must be the tenant's initial domain, ending in .onmicrosoft.com "
                        + "(e.g. contoso.onmicrosoft.com); \"contoso.com\" is not.",
                Inputs.initialDomain("Organization", "contoso.com", true, cloud("global")).rejection().orElseThrow().summary());
    }

    @Test
    void routingDomainIsNotAnInitialDomain() {
        assertTrue(Inputs.initialDomain("Organization", "contoso.mail.onmicrosoft.com", true, cloud("global"))
                .rejection().orElseThrow().summary().endsWith("\"contoso.mail.onmicrosoft.com\" is not."));
    }

    @Test
    void commercialDomainIsRefusedInGccHigh() {
        assertTrue(Inputs.initialDomain("Organization", "contoso.onmicrosoft.com", true, cloud("gcc-high"))
                .rejection().orElseThrow().summary().startsWith("Organization must be the tenant's initial domain, ending in .onmicrosoft.us"));
    }

    @Test
    void chinaWantsPartnerDomain() {
        assertTrue(Inputs.initialDomain("Organization", "contoso.onmicrosoft.com", true, cloud("china"))
                .rejection().orElseThrow().summary().contains("ending in .partner.onmschina.cn"));
    }

    @Test
    void organizationWithSpaceIsRefused() {
        assertEquals("The Organization \"contoso .onmicrosoft.com\" contains a space; a domain cannot.",
                Inputs.initialDomain("Organization", "contoso .onmicrosoft.com", true, cloud("global")).rejection().orElseThrow().summary());
    }

    @Test
    void emptyRequiredFieldIsRefused() {
        assertEquals("Enter Organization.", Inputs.initialDomain("Organization", "", true, cloud("global")).rejection().orElseThrow().summary());
        assertEquals("Enter Username.", Inputs.text("Username", " \"\" ", true).rejection().orElseThrow().summary());
    }

    @Test
    void emptyOptionalFieldIsAccepted() {
        assertEquals("", Inputs.text("Notes", "", false).acceptedValue().orElseThrow());
    }

    @Test
    void controlCharacterInTextIsRefused() {
        assertEquals("The Username contains an invisible control character (U+200B) at position 4.",
                Inputs.text("Username", "svc\u200Bmail@contoso.com", true).rejection().orElseThrow().summary());
    }

    @Test
    void userNameNeedsAtSign() {
        assertEquals("Username: \"svc-mail\" is not a user name of the form name@domain.",
                Inputs.userName("Username", "svc-mail", true).rejection().orElseThrow().summary());
    }

    @Test
    void userNameDomainIsLowerCased() {
        assertEquals("Svc.Mail@contoso.com", Inputs.userName("Username", "<Svc.Mail@Contoso.COM>", true).acceptedValue().orElseThrow());
    }
}

package io.m365connect.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TenantRefTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "72F988BF-86F1-41AF-91AB-2D7CD011DB47|72f988bf-86f1-41af-91ab-2d7cd011db47|true",
            "'  {72f988bf-86f1-41af-91ab-2d7cd011db47} '|72f988bf-86f1-41af-91ab-2d7cd011db47|true",
            "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token|72f988bf-86f1-41af-91ab-2d7cd011db47|true",
            "Contoso.OnMicrosoft.com|contoso.onmicrosoft.com|false",
            "\"contoso.com\"|contoso.com|false",
            "admin@contoso.com|contoso.com|false"})
    void pastedFormsAreAccepted(String input, String value, boolean isId) throws ProblemException {
        TenantRef t = TenantRef.parse(input);
        assertEquals(value, t.value());
        assertEquals(isId, t.isId());
    }

    @Test
    void commonIsRefusedBecauseItIsNotOneTenant() {
        ProblemException e = assertThrows(ProblemException.class, () -> TenantRef.parse("common"));
        assertEquals("'common' is not one tenant.", e.problem().summary());
    }

    @Test
    void emptyTenantIsExplained() {
        ProblemException e = assertThrows(ProblemException.class, () -> TenantRef.parse("  "));
        assertEquals("No tenant given.", e.problem().summary());
    }

    @Test
    void guidWithAMissingCharacterIsCalledSo() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TenantRef.parse("72f988bf-86f1-41af-91ab-2d7cd011db4"));
        assertEquals("'72f988bf-86f1-41af-91ab-2d7cd011db4' is neither a tenant ID nor a domain name.",
                e.problem().summary());
        assertEquals("a GUID with a missing or extra character", e.problem().likelyCauses().get(0));
    }

    @Test
    void placeholderTextIsRefused() {
        assertThrows(ProblemException.class, () -> TenantRef.parse("<tenant_id>"));
        assertThrows(ProblemException.class, () -> TenantRef.parse("my tenant"));
    }

    @Test
    void clientIdMustBeAGuid() throws ProblemException {
        assertEquals("a6099727-6b7b-482c-b509-1df309acc563",
                ClientId.parse(" A6099727-6B7B-482C-B509-1DF309ACC563 ").value());
        ProblemException e = assertThrows(ProblemException.class, () -> ClientId.parse("My Blink app"));
        assertEquals("'My Blink app' is not an Application (client) ID.", e.problem().summary());
        assertFalse(TenantRef.isGuid("My Blink app"));
        assertTrue(TenantRef.isGuid("a6099727-6b7b-482c-b509-1df309acc563"));
    }
}

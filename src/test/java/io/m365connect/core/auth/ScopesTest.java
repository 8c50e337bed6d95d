package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.ServiceEndpoint;
import org.junit.jupiter.api.Test;

class ScopesTest {
    private final Cloud usGov = new Cloud("gcc-high", "GCC High", "https://login.microsoftonline.us",
            new ServiceEndpoint("https://graph.microsoft.us", "https://graph.microsoft.us"),
            new ServiceEndpoint("https://manage.office365.us", "https://manage.office365.us"),
            new ServiceEndpoint("https://127.0.0.1:9443/exchange", "https://outlook.office365.us"),
            null, null, null, null, null);

    @Test
    void serviceNamesUseTheCloudsResourceNotItsUrl() throws ProblemException {
        assertEquals("https://graph.microsoft.us/.default", Scopes.parse("graph", usGov));
        assertEquals("https://outlook.office365.us/IMAP.AccessAsUser.All",
                Scopes.parse("exchange/IMAP.AccessAsUser.All", usGov));
        assertEquals("https://manage.office365.us/.default", Scopes.parse("management/.default", usGov));
        assertEquals("https://graph.microsoft.us/.default", Scopes.parse("", usGov));
    }

    @Test
    void fullScopesAreTakenAsGiven() throws ProblemException {
        assertEquals("https://outlook.office.com/SMTP.Send", Scopes.parse("https://outlook.office.com/SMTP.Send", usGov));
    }

    @Test
    void unknownServiceIsExplained() {
        ProblemException e = assertThrows(ProblemException.class, () -> Scopes.parse("sharepoint", usGov));
        assertEquals("Unknown scope 'sharepoint'.", e.problem().summary());
    }

    @Test
    void serviceMissingFromTheCloudIsExplained() {
        Cloud bare = new Cloud("x", "X", "https://login.test", null, null, null, null, null, null, null, null);
        ProblemException e = assertThrows(ProblemException.class, () -> Scopes.parse("graph", bare));
        assertEquals("The cloud 'x' has no graph service.", e.problem().summary());
    }
}

package io.m365connect.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A refusal of the token service, answered in Entra's shape: {@code error}, {@code error_description} starting
 * {@code AADSTSnnnn:} and ending with the Trace ID / Correlation ID / Timestamp lines, {@code error_codes},
 * {@code timestamp}, {@code trace_id}, {@code correlation_id}, {@code error_uri} and a {@code suberror} where
 * Entra sends one. Thrown by handlers; the server turns it into the response.
 */
final class EntraError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final int status;
    private final String error;
    private final int code;
    private final String text;
    private final String suberror;

    EntraError(int status, String error, int code, String text, String suberror) {
        super("AADSTS" + code, null, false, false);
        this.status = status;
        this.error = error;
        this.code = code;
        this.text = text;
        this.suberror = suberror;
    }

    int code() {
        return code;
    }

    String error() {
        return error;
    }

    Response toResponse(String correlationId) {
        String traceId = UUID.randomUUID().toString();
        String correlation = correlationId == null || correlationId.isBlank()
                ? UUID.randomUUID().toString() : correlationId;
        String stamp = STAMP.format(Instant.now());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", "AADSTS" + code + ": " + text + "\r\nTrace ID: " + traceId
                + "\r\nCorrelation ID: " + correlation + "\r\nTimestamp: " + stamp);
        body.put("error_codes", List.of(code));
        body.put("timestamp", stamp);
        body.put("trace_id", traceId);
        body.put("correlation_id", correlation);
        body.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
        if (suberror != null) {
            body.put("suberror", suberror);
        }
        return Response.json(status, body);
    }

    // ---- the refusals, worded as Entra words them ----

    static EntraError tenantNotFound(String tenant) {
        return new EntraError(400, "invalid_request", 90002, "Tenant '" + tenant + "' not found. Check to make sure "
                + "you have the correct tenant ID and are signing into the correct cloud. Check with your subscription "
                + "administrator, this may happen if there are no active subscriptions for the tenant.", null);
    }

    static EntraError tenantMalformed(String tenant) {
        return new EntraError(400, "invalid_request", 900023, "Specified tenant identifier '" + tenant
                + "' is neither a valid DNS name, nor a valid external domain.", null);
    }

    static EntraError missingTenant() {
        return new EntraError(400, "invalid_request", 90019,
                "No tenant-identifying information found in either the request or implied by any provided credentials.",
                null);
    }

    static EntraError appNotFound(String clientId, String tenantName) {
        return new EntraError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                + "' was not found in the directory '" + tenantName + "'. This can happen if the application has not "
                + "been installed by the administrator of the tenant or consented to by any user in the tenant. You "
                + "may have sent your authentication request to the wrong tenant.", null);
    }

    static EntraError invalidSecret(String clientId) {
        return new EntraError(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret "
                + "being sent in the request is the client secret value, not the client secret ID, for a secret added "
                + "to app '" + clientId + "'.", null);
    }

    static EntraError secretExpired(String clientId) {
        return new EntraError(401, "invalid_client", 7000222, "The provided client secret keys for app '" + clientId
                + "' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret,"
                + " or consider using certificate credentials for added security: https://aka.ms/certCreds.", null);
    }

    static EntraError credentialMissing() {
        return new EntraError(401, "invalid_client", 7000218, "The request body must contain the following "
                + "parameter: 'client_assertion' or 'client_secret'.", null);
    }

    static EntraError certificateNotRegistered(String thumbprint, String clientId) {
        return new EntraError(401, "invalid_client", 700027, "The certificate with identifier used to sign the client "
                + "assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used "
                + "by client: '" + thumbprint + "', Please visit the Azure Portal, Graph Explorer or directly use MS "
                + "Graph to see configured keys for app Id '" + clientId + "'. Review the documentation at "
                + "https://docs.microsoft.com/en-us/graph/deployments if you want to be sure that the app has keys "
                + "configured.]", null);
    }

    static EntraError assertionSignatureInvalid(String reason) {
        return new EntraError(401, "invalid_client", 700027, "Client assertion failed signature validation. "
                + "[Reason - " + reason + "]", null);
    }

    static EntraError assertionOutOfTime(Instant now, Instant nbf, Instant exp) {
        return new EntraError(401, "invalid_client", 700024, "Client assertion is not within its valid time range. "
                + "Current time: " + now + ", assertion valid from " + nbf + ", expiry time of assertion " + exp
                + ". Review the documentation at "
                + "https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .",
                null);
    }

    static EntraError assertionAudience() {
        return new EntraError(401, "invalid_client", 700023, "Client assertion audience claim does not match Realm "
                + "issuer. Review the documentation at "
                + "https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials .",
                null);
    }

    static EntraError assertionSubject() {
        return new EntraError(401, "invalid_client", 700021,
                "Client assertion application identifier doesn't match 'client_id' parameter.", null);
    }

    /** Entra's wording for a replayed assertion is not documented; 50013 is its InvalidAssertion family. */
    static EntraError assertionReplayed() {
        return new EntraError(401, "invalid_client", 50013, "Assertion failed signature validation. [Reason - The "
                + "assertion was already used: its jti has been seen before. Build a new assertion per request.]", null);
    }

    static EntraError wrongPassword() {
        return new EntraError(400, "invalid_grant", 50126,
                "Error validating credentials due to invalid username or password.", null);
    }

    static EntraError mfaRequired(String resourceAppId) {
        return new EntraError(400, "invalid_grant", 50076, "Due to a configuration change made by your administrator, "
                + "or because you moved to a new location, you must use multi-factor authentication to access '"
                + resourceAppId + "'.", "basic_action");
    }

    static EntraError userNotFound(String tenantName) {
        return new EntraError(400, "invalid_grant", 50034, "The user account {EUII Hidden} does not exist in the "
                + tenantName + " directory. To sign into this application, the account must be added to the directory.",
                null);
    }

    static EntraError userDisabled() {
        return new EntraError(400, "invalid_grant", 50057,
                "The user account is disabled. The account has been disabled by an administrator.", null);
    }

    static EntraError consentMissing(String clientId, String appName) {
        return new EntraError(400, "invalid_grant", 65001, "The user or administrator has not consented to use the "
                + "application with ID '" + clientId + "' named '" + appName + "'. Send an interactive authorization "
                + "request for this user and resource.", "consent_required");
    }

    static EntraError resourceNotFound(String resource, String tenantName) {
        return new EntraError(400, "invalid_resource", 500011, "The resource principal named " + resource
                + " was not found in the tenant named " + tenantName + ". This can happen if the application has not "
                + "been installed by the administrator of the tenant or consented to by any user in the tenant. You "
                + "might have sent your authentication request to the wrong tenant.", null);
    }

    static EntraError invalidScope(String scope) {
        return new EntraError(400, "invalid_scope", 70011, "The provided request must include a 'scope' input "
                + "parameter. The provided value for the input parameter 'scope' is not valid. The scope " + scope
                + " is not valid.", null);
    }

    static EntraError defaultScopeRequired(String scope) {
        return new EntraError(400, "invalid_scope", 70011, "The provided value for the input parameter 'scope' is not "
                + "valid. The scope " + scope + " is not valid. Client credential flows must have a scope value with "
                + "/.default suffixed to the resource identifier (application ID URI).", null);
    }

    static EntraError multipleResources(String scope) {
        return new EntraError(400, "invalid_scope", 700022, "The provided value for the input parameter scope is not "
                + "valid because it contains more than one resource. Scope " + scope + " is not valid.", null);
    }

    static EntraError missingParameter(String name) {
        return new EntraError(400, "invalid_request", 900144,
                "The request body must contain the following parameter: '" + name + "'.", null);
    }

    static EntraError unsupportedGrant(String grant) {
        return new EntraError(400, "unsupported_grant_type", 70003,
                "The app requested an unsupported grant type '" + grant + "'.", null);
    }

    static EntraError authorizationPending() {
        return new EntraError(400, "authorization_pending", 70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.", null);
    }

    static EntraError deviceCodeExpired() {
        return new EntraError(400, "expired_token", 70020, "The provided value for the input parameter 'device_code' "
                + "is not valid. This device code has expired.", null);
    }

    static EntraError badGrant() {
        return new EntraError(400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.", null);
    }

    static EntraError codeRedeemed() {
        return new EntraError(400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please "
                + "retry with a new valid code or use an existing refresh token.", null);
    }

    static EntraError pkceMismatch() {
        return new EntraError(400, "invalid_grant", 501481,
                "The Code_Verifier does not match the code_challenge supplied in the authorization request.", null);
    }

    static EntraError redirectMismatch(String redirectUri, String clientId) {
        return new EntraError(400, "invalid_request", 50011, "The redirect URI '" + redirectUri + "' specified in the "
                + "request does not match the redirect URIs configured for the application '" + clientId + "'. Make "
                + "sure the redirect URI sent in the request matches one added to your application in the Azure "
                + "portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.",
                null);
    }

    /** ROPC against a federated account needs the federation server (WS-Trust); the emulator has none. */
    static EntraError federatedPassword() {
        return new EntraError(400, "invalid_grant", 50126, "Error validating credentials due to invalid username or "
                + "password. The account is federated: its password is checked by the organization's own "
                + "identity provider, which the practice tenant does not run.", null);
    }

    String description() {
        return "AADSTS" + code + ": " + text;
    }
}

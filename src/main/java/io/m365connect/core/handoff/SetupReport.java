package io.m365connect.core.handoff;

import io.m365connect.core.cert.Thumbprints;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What was set up and what was proven, for the customer's records and the helpdesk: recipe, cloud, tenant, app,
 * the credential by kind, thumbprint and expiry, the checklist, each check with its result and time, and the
 * fixes. It is built from values only: it has no field that could hold a secret, password or key.
 */
public record SetupReport(
        String toolVersion,
        Instant created,
        String recipeId,
        String recipeTitle,
        String cloudId,
        String cloudName,
        String tenantId,
        String clientId,
        CredentialSummary credential,
        CheckResults results) {

    public SetupReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(results, "results");
    }

    /** The credential as it may be written down: its kind, and for a certificate its subject and thumbprint. */
    public record CredentialSummary(String kind, Optional<String> subject, Optional<String> thumbprint,
                                    Optional<Instant> expires) {
        public CredentialSummary {
            Objects.requireNonNull(kind, "kind");
            subject = subject == null ? Optional.empty() : subject;
            thumbprint = thumbprint == null ? Optional.empty() : thumbprint;
            expires = expires == null ? Optional.empty() : expires;
        }
    }

    public static SetupReport of(HandoffSession session, CheckResults results, String toolVersion, Clock clock) {
        return new SetupReport(toolVersion, clock.instant(), session.recipe().id(), session.recipe().title(),
                session.cloud().id(), session.cloud().displayName(), session.tenantId(), session.clientId(),
                summary(session), results);
    }

    public boolean allPassed() {
        return results.allPassed();
    }

    static CredentialSummary summary(HandoffSession session) {
        HandoffCredential c = session.credential();
        String kind = session.credentialKind().id();
        if (c instanceof HandoffCredential.Certificate cert) {
            return new CredentialSummary(kind, Optional.of(cert.certificate().getSubjectX500Principal().getName()),
                    Optional.of(sha1Thumbprint(cert)), cert.expires());
        }
        return new CredentialSummary(kind, Optional.empty(), Optional.empty(), c.expires());
    }

    /** The SHA-1 thumbprint as Entra ID's Certificates &amp; secrets page shows it. */
    static String sha1Thumbprint(HandoffCredential.Certificate cert) {
        return Thumbprints.of(cert.certificate()).sha1();
    }
}

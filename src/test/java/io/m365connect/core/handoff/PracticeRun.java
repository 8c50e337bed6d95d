package io.m365connect.core.handoff;

import io.m365connect.core.common.Secret;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-off session per recipe made from the practice tenant's demo app for that recipe. */
final class PracticeRun implements AutoCloseable {
    /** The PFX password a person would choose; a test value that must never reach a report. */
    static final String PASSOUT = "Passout-For-Golden-Run-7f3a";
    /** The scope the Email connector's guide asks the token for. */
    static final List<String> ROPC_SCOPES = List.of("https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access");

    final EmulatorPracticeTenant tenant = new EmulatorPracticeTenant();
    final Path dir;

    PracticeRun() throws Exception {
        dir = Files.createTempDirectory("handoff-practice");
        tenant.start(0, dir.resolve("tenant"));
    }

    DemoCredential demo(String recipeId) {
        return tenant.demoCredentials().stream().filter(d -> d.recipeId().equals(recipeId)).findFirst().orElseThrow();
    }

    HandoffSession session(Recipe recipe, CredentialKind kind) throws Exception {
        DemoCredential d = demo(recipe.id());
        Map<String, String> inputs = new HashMap<>();
        inputs.put("organization", d.tenantDomain());
        if (d.username() != null) {
            inputs.put("username", d.username());
        }
        HandoffCredential credential = switch (kind) {
            case CERTIFICATE -> new HandoffCredential.Certificate(certificate(), List.of(), key(), Secret.of(PASSOUT));
            case SECRET, ROPC -> new HandoffCredential.ClientSecret(Secret.of(d.secret()),
                    Optional.of(Instant.parse("2099-12-31T00:00:00Z")));
            default -> new HandoffCredential.None();
        };
        return new HandoffSession(recipe, tenant.cloud(), d.tenantId(), d.clientId(), inputs, kind, credential,
                kind == CredentialKind.ROPC ? ROPC_SCOPES : List.of());
    }

    X509Certificate certificate() throws Exception {
        try (var in = Files.newInputStream(tenant.demoCertificateFile())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    PrivateKey key() throws Exception {
        String pem = Files.readString(tenant.demoKeyFile());
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** The practice tenant's values that must never appear in a report, profile or log. */
    List<String> secrets() throws Exception {
        List<String> out = new java.util.ArrayList<>(List.of(PASSOUT));
        tenant.demoCredentials().forEach(d -> {
            if (d.secret() != null) {
                out.add(d.secret());
            }
            if (d.password() != null) {
                out.add(d.password());
            }
        });
        List<String> encoded = new java.util.ArrayList<>();
        for (String s : out) {
            encoded.add(Base64.getEncoder().encodeToString(s.getBytes()));
            encoded.add(Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes()));
        }
        out.addAll(encoded);
        String keyBase64 = Base64.getEncoder().encodeToString(key().getEncoded());
        for (int i = 0; i + 64 <= keyBase64.length(); i += 64) {
            out.add(keyBase64.substring(i, i + 64));
        }
        out.add("PRIVATE KEY");
        return out;
    }

    @Override
    public void close() {
        tenant.stop();
    }
}

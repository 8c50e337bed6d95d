package io.m365connect.core.cert;

import io.m365connect.core.common.Secret;
import java.nio.file.Path;
import java.util.Optional;

/** The openssl/keytool-made files under src/test/resources/certs (see make-fixtures.sh there). */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/certs");
    static final String PASSWORD = "Test1234";
    static final String NON_ASCII_PASSWORD = "Pässwörd€";

    private Fixtures() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static Optional<Secret> password(String value) {
        return Optional.of(Secret.of(value));
    }
}

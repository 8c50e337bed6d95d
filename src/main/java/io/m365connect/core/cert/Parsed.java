package io.m365connect.core.cert;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one parser found in a file, before the reader decides which certificate is the leaf. */
final class Parsed {
    final List<X509Certificate> certificates = new ArrayList<>();
    final List<PrivateKey> keys = new ArrayList<>();
    /** Things that are not certificates but tell the person what the file is (a CSR, a public key …). */
    final List<String> others = new ArrayList<>();
    Optional<String> friendlyName = Optional.empty();
    final SourceFormat format;

    Parsed(SourceFormat format) {
        this.format = format;
    }
}

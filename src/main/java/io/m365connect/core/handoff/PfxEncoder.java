package io.m365connect.core.handoff;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** Builds a password-protected PKCS#12 file from a certificate, its issuers and its key. */
@FunctionalInterface
public interface PfxEncoder {
    byte[] pfx(X509Certificate certificate, List<X509Certificate> issuers, PrivateKey key, Secret password)
            throws ProblemException;
}

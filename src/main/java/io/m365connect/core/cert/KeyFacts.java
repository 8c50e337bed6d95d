package io.m365connect.core.cert;

import java.security.PublicKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/** Algorithm and size of a public key, as people name them ("RSA", 2048). */
public record KeyFacts(String algorithm, int bits) {

    public static KeyFacts of(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return new KeyFacts("RSA", rsa.getModulus().bitLength());
        }
        if (key instanceof ECPublicKey ec) {
            return new KeyFacts("EC", ec.getParams().getCurve().getField().getFieldSize());
        }
        if (key instanceof DSAPublicKey dsa) {
            return new KeyFacts("DSA", dsa.getParams().getP().bitLength());
        }
        return new KeyFacts(key.getAlgorithm(), 0);
    }

    public boolean isRsa() {
        return "RSA".equals(algorithm);
    }
}

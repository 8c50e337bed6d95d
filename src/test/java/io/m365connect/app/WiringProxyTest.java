package io.m365connect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WiringProxyTest {

    @Test
    void startingTheAppAllowsBasicProxyAuthenticationForHttpsTunnels() {
        System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "Basic");

        Wiring.build();

        assertEquals("", System.getProperty("jdk.http.auth.tunneling.disabledSchemes"));
    }
}

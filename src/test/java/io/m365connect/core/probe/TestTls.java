package io.m365connect.core.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A keytool-made server certificate for localhost/127.0.0.1, shared by the mail tests of one JVM. */
public final class TestTls {
    static final String PASSWORD = "changeit";
    private static Path keystore;

    private TestTls() {
    }

    public static synchronized Path keystore() throws IOException, InterruptedException {
        if (keystore == null) {
            Path dir = Files.createTempDirectory("probe-tls");
            Path file = dir.resolve("server.p12");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                    "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed");
            }
            keystore = file;
        }
        return keystore;
    }

    public static KeyStore load() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore())) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    public static X509Certificate certificate() throws Exception {
        return (X509Certificate) load().getCertificate("server");
    }

    public static SSLContext serverContext() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(), PASSWORD.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /** GreenMail reads its keystore from system properties once per JVM, before its first TLS server starts. */
    public static void useForGreenMail() throws Exception {
        System.setProperty("greenmail.tls.keystore.file", keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
        System.setProperty("greenmail.tls.key.password", PASSWORD);
    }
}

package io.m365connect.core.cert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the openssl binary the way an admin would, to check what we read and write against it. */
public final class Openssl {
    public record Result(int exitCode, String out) {
    }

    private Openssl() {
    }

    public static Result run(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("m365connect.test.openssl", "openssl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("openssl did not finish: " + cmd);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new AssertionError("openssl could not be started; .ci/run installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs and expects success; returns the output. */
    public static String ok(String... args) {
        Result r = run(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + r.out());
        }
        return r.out();
    }

    /** "SHA1 Fingerprint=AB:CD:…" → "ABCD…". */
    public static String fingerprint(String digest, String pemOrDerFile, String inform) {
        String out = ok("x509", "-in", pemOrDerFile, "-inform", inform, "-noout", "-fingerprint", "-" + digest);
        return out.substring(out.indexOf('=') + 1).trim().replace(":", "");
    }
}

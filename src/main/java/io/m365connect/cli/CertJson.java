package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.cert.CertificateCheck;
import io.m365connect.core.cert.CertificateDetails;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The JSON shapes of the cert commands (README, "Certificates"). */
final class CertJson {
    private CertJson() {
    }

    /**
     * What a command over several files made of one of them, or why it could not. Commands collect these and
     * turn them into JSON only when {@code --json} asks for it: without it Jackson is not loaded at all, which
     * is a good part of a one-file {@code cert convert}'s start-up (issue #3).
     */
    record Outcome<T>(Path file, Optional<T> result, Optional<CertificateProblem> problem) {
        static <T> Outcome<T> done(Path file, T result) {
            return new Outcome<>(file, Optional.of(result), Optional.empty());
        }

        static <T> Outcome<T> failed(Path file, CertificateProblem problem) {
            return new Outcome<>(file, Optional.empty(), Optional.of(problem));
        }
    }

    /** {@code {"files": [{fileKey: …, "ok": …, …result or "error"}], "ok": …}}. */
    static <T> ObjectNode files(String fileKey, List<Outcome<T>> outcomes, BiConsumer<ObjectNode, T> result,
                                boolean ok) {
        ObjectNode doc = Json.object();
        for (Outcome<T> o : outcomes) {
            ObjectNode entry = doc.withArray("files").addObject();
            entry.put(fileKey, o.file().toString());
            entry.put("ok", o.problem().isEmpty());
            o.result().ifPresent(r -> result.accept(entry, r));
            o.problem().ifPresent(p -> entry.set("error", problem(p)));
        }
        doc.put("ok", ok);
        return doc;
    }

    static ObjectNode details(CertificateDetails d) {
        ObjectNode n = Json.object();
        n.put("subject", d.subject());
        n.put("issuer", d.issuer());
        n.put("serialNumber", d.serialNumber());
        n.put("notBefore", d.notBefore().toString());
        n.put("notAfter", d.notAfter().toString());
        n.put("daysToExpiry", d.daysToExpiry());
        n.put("keyAlgorithm", d.key().algorithm());
        n.put("keySize", d.key().bits());
        n.put("signatureAlgorithm", d.signatureAlgorithm());
        d.subjectAlternativeNames().forEach(n.putArray("subjectAlternativeNames")::add);
        n.put("thumbprint", d.thumbprints().sha1());
        n.put("sha256", d.thumbprints().sha256());
        n.put("x5t", d.thumbprints().x5t());
        n.put("x5tS256", d.thumbprints().x5tS256());
        n.put("privateKey", d.privateKeyPresent());
        n.put("privateKeyMatches", d.privateKeyMatches());
        n.put("chainLength", d.chainLength());
        n.put("chainInOrder", d.chainInOrder());
        n.put("format", d.format().name());
        d.friendlyName().ifPresent(f -> n.put("friendlyName", f));
        return n;
    }

    static ObjectNode checks(CertificateCheck.Report report) {
        ObjectNode n = Json.object();
        n.put("accepted", report.accepted());
        for (CheckResult r : report.results()) {
            ObjectNode c = n.withArray("checks").addObject();
            c.put("rule", r.rule().name());
            c.put("status", r.status().name());
            c.put("message", r.message());
        }
        return n;
    }

    static ObjectNode problem(CertificateProblem p) {
        ObjectNode n = Json.object();
        n.put("kind", p.kind().name());
        n.put("summary", p.problem().summary());
        p.problem().likelyCauses().forEach(n.putArray("likelyCauses")::add);
        n.put("fix", p.problem().fix());
        return n;
    }
}

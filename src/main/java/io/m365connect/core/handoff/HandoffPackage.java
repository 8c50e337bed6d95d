package io.m365connect.core.handoff;

import io.m365connect.core.common.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a hand-off folder holds, as files ready for {@link ArtifactWriter}: {@code fields.json}, the
 * credential files, {@code report.html} and {@code report.json}, the scripts and manifest fragment, and
 * {@code links.txt}.
 */
public final class HandoffPackage {
    public static final String FIELDS = "fields.json";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_JSON = "report.json";
    public static final String LINKS = "links.txt";

    /** A script or fragment an earlier step built, e.g. {@code exchange-setup.ps1}. */
    public record Script(String fileName, String title, String text) {
        public Script {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    private final CredentialFiles credentialFiles;

    public HandoffPackage(CredentialFiles credentialFiles) {
        this.credentialFiles = Objects.requireNonNull(credentialFiles, "credentialFiles");
    }

    public List<Artifact> build(HandoffSession session, SetupReport report, List<Script> scripts,
                                boolean includeSecrets) throws ProblemException {
        List<Artifact> out = new ArrayList<>();
        String fields = FieldsJson.render(session, OutputFields.resolve(session), includeSecrets);
        out.add(includeSecrets ? Artifact.privateFile(FIELDS, fields.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : Artifact.publicText(FIELDS, fields));
        out.addAll(credentialFiles.render(session));
        out.add(Artifact.publicText(REPORT_HTML, ReportHtml.render(report)));
        out.add(Artifact.publicText(REPORT_JSON, ReportJson.render(report)));
        for (Script s : scripts) {
            out.add(Artifact.publicText(s.fileName(), s.text()));
        }
        out.add(Artifact.publicText(LINKS, HandoffLinks.text(HandoffLinks.of(session))));
        return out;
    }
}

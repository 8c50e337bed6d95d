package io.m365connect.ui.step.handoff;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.handoff.Artifact;
import io.m365connect.core.handoff.ArtifactWriter;
import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.handoff.ExpiryReminder;
import io.m365connect.core.handoff.HandoffLinks;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.handoff.HandoffSession;
import io.m365connect.core.handoff.OutputFields;
import io.m365connect.core.handoff.RecipeFiles;
import io.m365connect.core.handoff.ReportHtml;
import io.m365connect.core.handoff.ReportJson;
import io.m365connect.core.handoff.SetupReport;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.TextClipboard;
import io.m365connect.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Hand-off page: the target's fields with Copy (secrets revealed on demand, the clipboard cleared later on
 * request), the files, links and scripts with Copy and Save, the setup report, the expiry reminder and the
 * helpdesk profile. Every save asks before replacing a file: {@link #pendingOverwriteProperty()} names the files.
 */
public final class HandoffViewModel {

    /** What the page is made from; the step reads it from the wizard's session and the other pages' results. */
    public interface Sources {
        Optional<HandoffSession> session();

        CheckResults checkResults(HandoffSession session);

        List<HandoffPackage.Script> scripts(HandoffSession session);

        /** The draft as a helpdesk profile (JSON, never a secret). */
        String profileJson() throws ProblemException;
    }

    private final Sources sources;
    private final UiExecutor executor;
    private final ClipboardGuard clipboard;
    private final CredentialFiles credentialFiles;
    private final ArtifactWriter writer;
    private final Clock clock;
    private final String version;

    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<HandoffLinks.NamedLink> links = FXCollections.observableArrayList();
    private final ObservableList<HandoffPackage.Script> scripts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper(this, "expiry", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<List<String>> pendingOverwrite = new ReadOnlyObjectWrapper<>(this,
            "pendingOverwrite", List.of());
    private final ReadOnlyBooleanWrapper clearOffer = new ReadOnlyBooleanWrapper(this, "clearOffer");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasFiles = new ReadOnlyBooleanWrapper(this, "hasFiles");
    private final ReadOnlyBooleanWrapper calendarPossible = new ReadOnlyBooleanWrapper(this, "calendarPossible");
    private final ReadOnlyStringWrapper fileNames = new ReadOnlyStringWrapper(this, "fileNames", "");
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet", "");
    private HandoffSession session;
    private Pending pending;

    private record Pending(Path folder, List<Artifact> artifacts, String doneKey) {
    }

    public HandoffViewModel(Sources sources, UiExecutor executor, TextClipboard clipboard, Delay delay,
                            CredentialFiles credentialFiles, ArtifactWriter writer, Clock clock, String version) {
        this.sources = Objects.requireNonNull(sources);
        this.executor = Objects.requireNonNull(executor);
        this.clipboard = new ClipboardGuard(clipboard, delay);
        this.credentialFiles = Objects.requireNonNull(credentialFiles);
        this.writer = Objects.requireNonNull(writer);
        this.clock = Objects.requireNonNull(clock);
        this.version = Objects.requireNonNull(version);
    }

    public ObservableList<FieldRow> fields() { return FXCollections.unmodifiableObservableList(fields); }
    public ObservableList<HandoffLinks.NamedLink> links() { return FXCollections.unmodifiableObservableList(links); }
    public ObservableList<HandoffPackage.Script> scripts() { return FXCollections.unmodifiableObservableList(scripts); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** Whether the expiry date is known, so "Add to calendar" can make a reminder. */
    public ReadOnlyBooleanProperty calendarPossibleProperty() { return calendarPossible.getReadOnlyProperty(); }
    /** When the secret or certificate expires, in words, or that it is not known. */
    public ReadOnlyStringProperty expiryProperty() { return expiry.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    /** Files a save would replace; non-empty while the page waits for the person's answer. */
    public ReadOnlyObjectProperty<List<String>> pendingOverwriteProperty() { return pendingOverwrite.getReadOnlyProperty(); }
    /** True after a secret was copied: the page offers to clear the clipboard after 60 s. */
    public ReadOnlyBooleanProperty clearOfferProperty() { return clearOffer.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Whether the credential comes with files (certificate): "Save files…" is offered. */
    public ReadOnlyBooleanProperty hasFilesProperty() { return hasFiles.getReadOnlyProperty(); }
    /** What "Save files…" writes, in words. */
    public ReadOnlyStringProperty fileNamesProperty() { return fileNames.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }

    /** Rebuilds everything from the session; called each time the page is entered. */
    public void refresh() {
        clipboard.forget();
        clearOffer.set(false);
        problem.set(null);
        message.set("");
        session = sources.session().orElse(null);
        if (session == null) {
            fields.clear();
            links.clear();
            scripts.clear();
            heading.set(HandoffTexts.text("handoff.noRecipe"));
            expiry.set("");
            calendarPossible.set(false);
            hasFiles.set(false);
            fileNames.set("");
            return;
        }
        heading.set(HandoffTexts.text("handoff.heading", session.recipe().title()));
        fields.setAll(OutputFields.resolve(session).stream().map(FieldRow::new).toList());
        links.setAll(HandoffLinks.of(session));
        scripts.setAll(sources.scripts(session));
        List<String> names = RecipeFiles.names(session);
        hasFiles.set(!names.isEmpty());
        fileNames.set(names.isEmpty() ? "" : HandoffTexts.text("handoff.saveFiles.hint", String.join(", ", names)));
        calendarPossible.set(session.credential().expires().isPresent());
        expiry.set(session.credential().expires().map(e -> HandoffTexts.text("handoff.expires",
                ExpiryTexts.what(session), e.toString().substring(0, 10)))
                .orElse(HandoffTexts.text("handoff.expiryUnknown")));
    }

    public void toggleReveal(FieldRow row) {
        row.revealedProperty().set(!row.revealedProperty().get());
    }

    public void copy(FieldRow row) {
        Optional<String> value = row.field().reveal();
        if (value.isEmpty()) {
            return;
        }
        if (row.hidden()) {
            clipboard.copySecret(value.get());
            clearOffer.set(true);
        } else {
            clipboard.copy(value.get());
            clearOffer.set(false);
        }
        message.set(HandoffTexts.text("handoff.copied", row.label()));
    }

    /** Copies a link or script: never secret. */
    public void copyText(String text) {
        clipboard.copy(text);
        clearOffer.set(false);
        message.set(HandoffTexts.text("handoff.copiedText"));
    }

    /** The person accepts the offer: the clipboard is cleared in 60 s if it still holds the secret. */
    public void clearClipboardLater() {
        clipboard.clearLater();
        clearOffer.set(false);
        message.set(HandoffTexts.text("handoff.clearScheduled", ClipboardGuard.CLEAR_AFTER.toSeconds()));
    }

    public void keepClipboard() {
        clipboard.forget();
        clearOffer.set(false);
    }

    public void saveFiles(Path folder) {
        save(folder, () -> credentialFiles.render(session), "handoff.savedFiles");
    }

    public void saveScript(HandoffPackage.Script script, Path file) {
        save(file.toAbsolutePath().getParent(), () -> List.of(Artifact.publicText(file.getFileName().toString(),
                script.text())), "handoff.savedOne");
    }

    /** Writes the report as {@code NAME.html} and {@code NAME.json} side by side. */
    public void saveReport(Path htmlFile) {
        String stem = stem(htmlFile.getFileName().toString(), ".html");
        save(htmlFile.toAbsolutePath().getParent(), () -> {
            SetupReport r = SetupReport.of(session, sources.checkResults(session), version, clock);
            return List.of(Artifact.publicText(stem + ".html", ReportHtml.render(r)),
                    Artifact.publicText(stem + ".json", ReportJson.render(r)));
        }, "handoff.savedReport");
    }

    public void addToCalendar(Path icsFile) {
        String name = stem(icsFile.getFileName().toString(), ".ics") + ".ics";
        save(icsFile.toAbsolutePath().getParent(), () -> List.of(Artifact.publicText(name,
                new ExpiryReminder(clock).ics(ExpiryTexts.event(session)))), "handoff.savedCalendar");
    }

    /** Saves the draft as a helpdesk profile; the {@code .m365connect} extension is added when missing. */
    public void saveProfile(Path file) {
        String name = stem(file.getFileName().toString(), ProfileFiles.EXTENSION) + ProfileFiles.EXTENSION;
        save(file.toAbsolutePath().getParent(), () -> List.of(Artifact.publicText(name, sources.profileJson())),
                "handoff.savedProfile");
    }

    public void confirmOverwrite() {
        Pending p = pending;
        pending = null;
        pendingOverwrite.set(List.of());
        if (p != null) {
            write(p, true);
        }
    }

    public void cancelOverwrite() {
        pending = null;
        pendingOverwrite.set(List.of());
        message.set(HandoffTexts.text("handoff.notReplaced"));
    }

    public String suggestedName(String kind) {
        String base = session == null ? "m365-connect" : session.recipe().id();
        return switch (kind) {
            case "report" -> "setup-report-" + base + ".html";
            case "calendar" -> "renew-" + base + ".ics";
            default -> base + ProfileFiles.EXTENSION;
        };
    }

    public boolean canAddToCalendar() {
        return calendarPossible.get();
    }

    private interface Build {
        List<Artifact> build() throws Exception;
    }

    private void save(Path folder, Build build, String doneKey) {
        if (session == null || busy.get()) {
            return;
        }
        problem.set(null);
        busy.set(true);
        BackgroundTask.of(c -> build.build())
                .onSuccess(artifacts -> write(new Pending(folder, artifacts, doneKey), false))
                .onFailure(this::failed)
                .onFinally(() -> busy.set(false))
                .executeWith(executor);
    }

    private void write(Pending p, boolean overwrite) {
        busy.set(true);
        BackgroundTask.of(c -> writer.write(p.folder(), p.artifacts(), overwrite))
                .onSuccess(outcome -> {
                    if (outcome instanceof ArtifactWriter.Outcome.Conflicts conflicts) {
                        pending = p;
                        pendingOverwrite.set(conflicts.names());
                    } else {
                        p.artifacts().forEach(Artifact::wipe);
                        message.set(HandoffTexts.text(p.doneKey(), p.artifacts().size(), p.folder()));
                    }
                })
                .onFailure(this::failed)
                .onFinally(() -> busy.set(false))
                .executeWith(executor);
    }

    private void failed(Throwable e) {
        problem.set(e instanceof ProblemException p ? p.problem()
                : Problem.of(HandoffTexts.text("handoff.failed"), HandoffTexts.text("handoff.failed.fix")));
    }

    private static String stem(String name, String extension) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                ? name.substring(0, name.length() - extension.length()) : name;
    }
}

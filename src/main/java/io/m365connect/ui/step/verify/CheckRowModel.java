package io.m365connect.ui.step.verify;

import io.m365connect.core.diagnose.CheckRow;
import io.m365connect.core.diagnose.Finding;
import io.m365connect.core.probe.ProbeResult;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the Verify page: state symbol, title, time, and what it shows when expanded. */
public final class CheckRowModel {
    /** What a row shows: ✔ passed, ✖ failed, – skipped, … running, blank while waiting. */
    public enum Status {
        WAITING(" "), RUNNING("…"), PASSED("✔"), FAILED("✖"), SKIPPED("–");

        private final String symbol;

        Status(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private final String id;
    private final String title;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.WAITING);
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper request = new ReadOnlyStringWrapper(this, "request", "");
    private final ReadOnlyStringWrapper reply = new ReadOnlyStringWrapper(this, "reply", "");
    private final ReadOnlyStringWrapper fix = new ReadOnlyStringWrapper(this, "fix", "");
    private final ReadOnlyObjectWrapper<List<String>> linesToRun = new ReadOnlyObjectWrapper<>(this, "lines", List.of());
    private final ReadOnlyObjectWrapper<List<Finding.Link>> links = new ReadOnlyObjectWrapper<>(this, "links", List.of());

    CheckRowModel(CheckRow row) {
        this.id = row.id();
        this.title = row.title();
        update(row);
    }

    void update(CheckRow row) {
        switch (row.state()) {
            case WAITING -> status.set(Status.WAITING);
            case RUNNING -> status.set(Status.RUNNING);
            case DONE -> row.result().ifPresent(this::show);
        }
    }

    private void show(ProbeResult r) {
        if (r instanceof ProbeResult.Passed p) {
            status.set(Status.PASSED);
            detail.set(p.detail());
        } else if (r instanceof ProbeResult.Failed f) {
            status.set(Status.FAILED);
            detail.set(f.problem().summary());
            request.set(f.request());
            reply.set(f.reply());
            fix.set(f.problem().fix());
        } else if (r instanceof ProbeResult.Skipped s) {
            status.set(Status.SKIPPED);
            detail.set(s.why());
        }
        time.set(r instanceof ProbeResult.Skipped ? "" : VerifyTexts.text("verify.millis", r.millis()));
    }

    /** The diagnosis's fix for this row, with the lines to run and links, when it has one. */
    void attach(Optional<Finding> finding) {
        finding.ifPresent(f -> {
            fix.set(f.problem().fix());
            linesToRun.set(f.linesToRun());
            links.set(f.links());
        });
    }

    public String id() { return id; }
    public String title() { return title; }
    public ReadOnlyObjectProperty<Status> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timeProperty() { return time.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty requestProperty() { return request.getReadOnlyProperty(); }
    public ReadOnlyStringProperty replyProperty() { return reply.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fixProperty() { return fix.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<String>> linesToRunProperty() { return linesToRun.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Finding.Link>> linksProperty() { return links.getReadOnlyProperty(); }
}

package io.m365connect.ui.step.verify;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.CheckRow;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.Finding;
import io.m365connect.core.diagnose.GrantLine;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.TaskHandle;
import io.m365connect.ui.common.UiExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Verify page: runs the recipe's connection check in the background, one row per check going
 * waiting → running → ✔/✖/– with its time, then shows the first thing to fix. "Run again" always starts over
 * with fresh tokens.
 */
public final class VerifyViewModel {

    /** What a run needs; built from the wizard's draft each time, so a changed draft is always what is checked. */
    public record Setup(ConnectionCheck check, ConnectionCheck.TokenSource tokens) {
        public Setup {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    /** Builds the setup; {@code firstRun} lets it reuse the credential step's token once, never on "Run again". */
    @FunctionalInterface
    public interface SetupSource {
        Setup prepare(boolean firstRun) throws ProblemException;
    }

    private final UiExecutor executor;
    private final SetupSource setups;
    private final ObservableList<CheckRowModel> rows = FXCollections.observableArrayList();
    private final ObservableList<GrantLine> checklist = FXCollections.observableArrayList();
    /** Read-only views made once: a fresh wrapper per call would drop the listeners put on it. */
    private final ObservableList<CheckRowModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<GrantLine> checklistView = FXCollections.unmodifiableObservableList(checklist);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper hasRun = new ReadOnlyBooleanWrapper(this, "hasRun");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            VerifyTexts.text("verify.notRun"));
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    /** Never blocks Next: the hand-off is still useful when, say, the connected system starts subscriptions itself. */
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet", "");
    private TaskHandle handle;
    private int runs;

    public VerifyViewModel(UiExecutor executor, SetupSource setups) {
        this.executor = Objects.requireNonNull(executor);
        this.setups = Objects.requireNonNull(setups);
    }

    /** Runs every check of the recipe; ignored while a run is going on. */
    public void run() {
        if (running.get()) {
            return;
        }
        Setup setup;
        try {
            setup = setups.prepare(runs == 0);
        } catch (ProblemException e) {
            problem.set(e.problem());
            summary.set(VerifyTexts.text("verify.setupMissing", e.problem().summary()));
            return;
        }
        runs++;
        problem.set(null);
        report.set(null);
        checklist.clear();
        Map<String, CheckRowModel> byId = new LinkedHashMap<>();
        for (CheckRow r : setup.check().plannedRows()) {
            byId.put(r.id(), new CheckRowModel(r));
        }
        rows.setAll(byId.values());
        running.set(true);
        summary.set(VerifyTexts.text("verify.running"));
        handle = BackgroundTask.of(c -> setup.check().run(setup.tokens(),
                        row -> executor.runOnUi(() -> {
                            CheckRowModel m = byId.get(row.id());
                            if (m != null) {
                                m.update(row);
                            }
                        }), c))
                .onSuccess(this::finished)
                .onFailure(e -> summary.set(VerifyTexts.text("verify.internalError", e.getClass().getSimpleName())))
                .onCancelled(() -> summary.set(VerifyTexts.text("verify.cancelled")))
                .onFinally(() -> {
                    running.set(false);
                    hasRun.set(true);
                })
                .executeWith(executor);
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    private void finished(CheckReport r) {
        report.set(r);
        rows.forEach(m -> r.rows().stream().filter(x -> x.id().equals(m.id())).findFirst().ifPresent(x -> {
            m.update(x);
            m.attach(r.findingFor(x));
        }));
        checklist.setAll(r.grants().lines());
        Finding first = r.diagnosis().first().orElse(null);
        summary.set(r.passed() || first == null ? VerifyTexts.text("verify.allPassed")
                : VerifyTexts.text("verify.firstFix", first.layer().title(), first.problem().summary()));
    }

    public ObservableList<CheckRowModel> rows() { return rowsView; }
    /** The recipe's permissions and roles, ticked from the tokens' claims (not from what was clicked). */
    public ObservableList<GrantLine> checklist() { return checklistView; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasRunProperty() { return hasRun.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CheckReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    /** What Next waits for: nothing; the summary says what is left to fix. */
    public ObservableStringValue unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }

    /** "Run checks" before the first run, "Run again" after. */
    public ObservableStringValue runLabel() {
        return Bindings.when(hasRun).then(VerifyTexts.text("verify.runAgain")).otherwise(VerifyTexts.text("verify.run"));
    }
}

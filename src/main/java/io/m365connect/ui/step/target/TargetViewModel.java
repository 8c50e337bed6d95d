package io.m365connect.ui.step.target;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** Step "Target": which system is being connected (a recipe) and in which Microsoft cloud. */
public final class TargetViewModel {
    private final WizardSession session;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<Recipe> visible;
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper cloudFileMessage = new ReadOnlyStringWrapper(this, "cloudFileMessage", "");
    private final ObservableList<Cloud> clouds = FXCollections.observableArrayList();
    private final ObservableList<Cloud> cloudsReadOnly = FXCollections.unmodifiableObservableList(clouds);
    private final ObservableList<Recipe> visibleReadOnly;

    public TargetViewModel(WizardSession session) {
        this.session = session;
        visible = new FilteredList<>(FXCollections.observableArrayList(session.recipes()));
        visibleReadOnly = FXCollections.unmodifiableObservableList(visible);
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> matcher(search.get()), search));
        unmet.bind(Bindings.createStringBinding(() -> session.recipeProperty().get() == null
                ? Messages.text(session.recipes().isEmpty() ? "target.unmet.noRecipes" : "target.unmet.recipe") : "",
                session.recipeProperty()));
        emptyText.bind(Bindings.createStringBinding(() -> !visible.isEmpty() ? ""
                : session.recipes().isEmpty() ? Messages.text("target.noRecipes")
                : Messages.text("target.noMatch", search.get().trim()), visible, search));
        clouds.setAll(session.clouds());
        offer(session.cloud());
        session.cloudProperty().addListener((o, was, now) -> offer(now));
    }

    /** The search box's text; every word must appear in the title, vendor, summary, needs or id. */
    public StringProperty searchProperty() { return search; }
    public ObservableList<Recipe> visibleRecipes() { return visibleReadOnly; }
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Recipe> selectedProperty() { return session.recipeProperty(); }
    public ReadOnlyObjectProperty<Cloud> cloudProperty() { return session.cloudProperty(); }
    /** The built-in clouds, plus a custom cloud once one was loaded or restored from a profile. */
    public ObservableList<Cloud> clouds() { return cloudsReadOnly; }
    /** Why the last cloud file was refused; empty when it was read. */
    public ReadOnlyStringProperty cloudFileMessageProperty() { return cloudFileMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }

    public void choose(Recipe recipe) {
        session.chooseRecipe(recipe.id());
    }

    public boolean isChosen(Recipe recipe) {
        return session.recipe().map(r -> r.id().equals(recipe.id())).orElse(false);
    }

    public void chooseCloud(Cloud cloud) {
        if (cloud != null) {
            session.cloudProperty().set(cloud);
        }
    }

    /** Reads a custom cloud file (a lab, the practice tenant) and makes it the draft's cloud. */
    public void loadCloudFile(Path file) {
        try {
            Cloud cloud = CloudCatalog.readCustom(file);
            cloudFileMessage.set("");
            session.cloudProperty().set(cloud);
        } catch (ProblemException e) {
            cloudFileMessage.set(e.problem().summary() + " " + e.problem().fix());
        }
    }

    private void offer(Cloud cloud) {
        if (cloud != null && !clouds.contains(cloud)) {
            clouds.removeIf(c -> !session.clouds().contains(c));
            clouds.add(cloud);
        }
    }

    /** The lines a card shows under "What you will need". */
    public static List<String> needs(Recipe recipe) {
        return recipe.needs();
    }

    /** What a screen reader says for a card: title, vendor and needs. */
    public static String describe(Recipe recipe) {
        return Messages.text("target.card.accessible", recipe.title(), recipe.vendor(), String.join("; ", recipe.needs()));
    }

    private static Predicate<Recipe> matcher(String query) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        return recipe -> {
            String haystack = String.join(" ", recipe.title(), recipe.vendor(), recipe.summary(), recipe.id(),
                    String.join(" ", recipe.needs())).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        };
    }
}

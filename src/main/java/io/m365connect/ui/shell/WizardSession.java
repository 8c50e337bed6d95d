package io.m365connect.ui.shell;

import io.m365connect.core.common.Problem;
import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.core.recipe.PermissionChoices;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.common.UiExecutor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The draft every page reads and writes: which system, cloud, tenant, app, inputs and, for a recipe that lets the
 * person choose, which permissions. The recipe property holds the recipe as set up: with the chosen permissions
 * resolved for the draft's cloud, so every page checks, links and hands off exactly the choice. Pages share state only
 * through this object. Every change is saved in the background as a {@link SetupProfile}, once autosave is on
 * (it stays off until the person decided whether to continue the previous draft, so that draft is not lost).
 */
public final class WizardSession {
    private final Function<String, List<Recipe>> recipesByCloud;
    private final Supplier<PermissionCatalog> permissionCatalog;
    private final List<Cloud> clouds;
    private final UiExecutor executor;
    private final ProfileStore store;

    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>(this, "recipe");
    private final ObjectProperty<Cloud> cloud = new SimpleObjectProperty<>(this, "cloud");
    private final StringProperty tenant = new SimpleStringProperty(this, "tenant", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final ObservableMap<String, String> inputs = FXCollections.observableHashMap();
    private final ObjectProperty<CredentialKind> credentialKind = new SimpleObjectProperty<>(this, "credentialKind");
    private final StringProperty certificateThumbprint = new SimpleStringProperty(this, "certificateThumbprint", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<ChosenPermission> chosen = FXCollections.observableArrayList();
    private final ObservableList<ChosenPermission> chosenReadOnly = FXCollections.unmodifiableObservableList(chosen);
    private final ReadOnlyObjectWrapper<Problem> saveProblem = new ReadOnlyObjectWrapper<>(this, "saveProblem");
    /** In memory only, never in the draft: what the Credential page chose and the Verify page found. */
    private final ObjectProperty<HandoffCredential> credentialMaterial = new SimpleObjectProperty<>(this,
            "credentialMaterial", new HandoffCredential.None());
    private final ObjectProperty<CheckResults> checkResults = new SimpleObjectProperty<>(this, "checkResults");
    private final ObservableList<String> tokenScopes = FXCollections.observableArrayList();
    private final ObservableList<HandoffPackage.Script> scripts = FXCollections.observableArrayList();

    private final AtomicReference<SetupProfile> pending = new AtomicReference<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private boolean autosave;
    /** A change not yet written; closing the window writes it, and writes nothing when there is none. */
    private volatile boolean unsaved;
    private boolean restoring;

    /** The same recipes in every cloud: for tests and for recipe sets without per-cloud GUIDs. */
    public WizardSession(List<Recipe> recipes, List<Cloud> clouds, UiExecutor executor, ProfileStore store) {
        this(cloudId -> List.copyOf(recipes), clouds, executor, store);
    }

    /** Without a permission catalog: for recipe sets where no recipe lets the person choose permissions. */
    public WizardSession(Function<String, List<Recipe>> recipesByCloud, List<Cloud> clouds, UiExecutor executor,
            ProfileStore store) {
        this(recipesByCloud, () -> {
            throw new IllegalStateException("this wizard was built without a permission catalog");
        }, clouds, executor, store);
    }

    /**
     * @param recipesByCloud the recipes resolved for a cloud id: permission GUIDs and resource apps differ per cloud
     * @param permissionCatalog the catalog chosen permissions are checked and resolved against; asked for only when
     *                          a recipe lets the person choose
     */
    public WizardSession(Function<String, List<Recipe>> recipesByCloud, Supplier<PermissionCatalog> permissionCatalog,
            List<Cloud> clouds, UiExecutor executor, ProfileStore store) {
        this.recipesByCloud = Objects.requireNonNull(recipesByCloud);
        this.permissionCatalog = Objects.requireNonNull(permissionCatalog);
        this.clouds = List.copyOf(clouds);
        if (this.clouds.isEmpty()) {
            throw new IllegalArgumentException("at least one cloud is needed");
        }
        this.executor = Objects.requireNonNull(executor);
        this.store = Objects.requireNonNull(store);
        cloud.set(this.clouds.get(0));
        for (Observable o : List.<Observable>of(recipe, cloud, tenant, clientId, inputs, credentialKind,
                certificateThumbprint, notes, chosen)) {
            o.addListener(x -> changed());
        }
        cloud.addListener((o, was, now) -> {
            if (!restoring && recipe.get() != null) {
                recipe.set(find(recipe.get().id()).map(this::effective).orElse(null));
            }
        });
        recipe.addListener((o, was, now) -> {
            if (!restoring && now != null && (credentialKind.get() == null || !now.accepts(credentialKind.get()))) {
                credentialKind.set(now.preferredCredential());
            }
        });
    }

    /** The recipes as resolved for the draft's cloud. */
    public List<Recipe> recipes() { return recipesByCloud.apply(cloud.get().id()); }
    public List<Cloud> clouds() { return clouds; }
    public ObjectProperty<Recipe> recipeProperty() { return recipe; }
    public ObjectProperty<Cloud> cloudProperty() { return cloud; }
    public StringProperty tenantProperty() { return tenant; }
    public StringProperty clientIdProperty() { return clientId; }
    /** The recipe's other inputs by input id, as typed. */
    public ObservableMap<String, String> inputs() { return inputs; }
    public ObjectProperty<CredentialKind> credentialKindProperty() { return credentialKind; }
    public StringProperty certificateThumbprintProperty() { return certificateThumbprint; }
    public StringProperty notesProperty() { return notes; }
    /**
     * The credential itself (secret value, certificate and key, PFX password), held in memory for the Verify and
     * Hand-off pages; it is never part of {@link #snapshot()}, so it never reaches the draft or a profile.
     */
    public ObjectProperty<HandoffCredential> credentialMaterialProperty() { return credentialMaterial; }
    /** The last connection check, as the setup report tells it; null before one ran. */
    public ObjectProperty<CheckResults> checkResultsProperty() { return checkResults; }
    /** The scopes the last check's token was asked for (the Email connector hands them over). */
    public ObservableList<String> tokenScopes() { return tokenScopes; }
    /** Scripts and fragments the Verify page built (Exchange PowerShell, manifest fragment). */
    public ObservableList<HandoffPackage.Script> scripts() { return scripts; }
    /**
     * The permissions the person chose, in the order chosen; they count only while the recipe lets the person choose
     * (and are kept while another recipe is looked at). Change them with {@link #choosePermission} and
     * {@link #removePermission}.
     */
    public ObservableList<ChosenPermission> chosenPermissions() { return chosenReadOnly; }
    public PermissionCatalog permissionCatalog() { return permissionCatalog.get(); }

    /** Adds a permission to the choice; refused (with the reason) when the recipe or the catalog does not allow it. */
    public Optional<Problem> choosePermission(ChosenPermission permission) {
        Recipe current = recipe.get();
        if (current == null) {
            return Optional.of(Problem.of(Messages.text("session.noRecipe"), Messages.text("session.noRecipe.fix")));
        }
        PermissionCatalog catalog = permissionCatalog.get();
        Optional<Problem> refused = PermissionChoices.problem(current, permission, catalog);
        ChosenPermission spelled = PermissionChoices.spelledAsCatalog(catalog, permission);
        if (refused.isEmpty() && !chosen.contains(spelled)) {
            chosen.add(spelled);
            applyChoices();
        }
        return refused;
    }

    public void removePermission(ChosenPermission permission) {
        if (chosen.remove(permission)) {
            applyChoices();
        }
    }

    /** Set when the draft could not be saved; the shell shows it. */
    public ReadOnlyObjectProperty<Problem> saveProblemProperty() { return saveProblem.getReadOnlyProperty(); }

    public Optional<Recipe> recipe() { return Optional.ofNullable(recipe.get()); }

    /** Chooses a recipe by its id, in the version resolved for the draft's cloud. */
    public void chooseRecipe(String id) {
        recipe.set(find(id).map(this::effective).orElse(null));
    }

    private void applyChoices() {
        Recipe current = recipe.get();
        if (current != null) {
            find(current.id()).map(this::effective).ifPresent(recipe::set);
        }
    }

    /** The recipe with the chosen permissions, when it lets the person choose; each choice was checked when made. */
    private Recipe effective(Recipe base) {
        if (!base.permissionsSelectable() || chosen.isEmpty()) {
            return base;
        }
        try {
            return PermissionChoices.apply(base, chosen, permissionCatalog.get(), cloud.get().id());
        } catch (ProblemException e) {
            throw new IllegalStateException("a choice was not checked when made: " + e.problem().summary(), e);
        }
    }

    private Optional<Recipe> find(String id) {
        return recipes().stream().filter(r -> r.id().equals(id)).findFirst();
    }
    public Cloud cloud() { return cloud.get(); }

    /** The draft as a profile; built-in clouds by id, a custom cloud embedded. */
    public SetupProfile snapshot() {
        Cloud c = cloud.get();
        boolean builtIn = clouds.contains(c);
        return new SetupProfile(SetupProfile.FORMAT, SetupProfile.CURRENT_VERSION, recipe().map(Recipe::id).orElse(null),
                c.id(), builtIn ? null : c, blankToNull(tenant.get()), blankToNull(clientId.get()), Map.copyOf(inputs),
                credentialKind.get(), blankToNull(certificateThumbprint.get()), blankToNull(notes.get()),
                recipe().filter(Recipe::permissionsSelectable).map(r -> List.copyOf(chosen)).orElse(List.of()));
    }

    /** Puts a saved profile back into the draft; an unknown recipe or cloud id is reported, the rest kept. */
    public Optional<Problem> restore(SetupProfile profile) {
        Optional<Problem> dropped;
        restoring = true;
        try {
            Optional<Cloud> c = profile.embeddedCloud()
                    .or(() -> clouds.stream().filter(x -> x.id().equals(profile.cloud())).findFirst());
            cloud.set(c.orElse(clouds.get(0)));
            Optional<Recipe> r = profile.recipeId().flatMap(this::find);
            dropped = restoreChoices(r, profile.permissions());
            recipe.set(r.map(this::effective).orElse(null));
            tenant.set(nullToBlank(profile.tenant()));
            clientId.set(nullToBlank(profile.clientId()));
            inputs.clear();
            inputs.putAll(profile.inputs());
            credentialKind.set(profile.credential().orElse(r.map(Recipe::preferredCredential).orElse(null)));
            certificateThumbprint.set(nullToBlank(profile.certificateThumbprint()));
            notes.set(nullToBlank(profile.notes()));
        } finally {
            restoring = false;
        }
        if (profile.recipeId().isPresent() && recipe.get() == null) {
            return Optional.of(Problem.of(Messages.text("session.unknownRecipe", profile.recipeId().get()),
                    Messages.text("session.unknownRecipe.fix")));
        }
        if (profile.embeddedCloud().isEmpty() && !cloud.get().id().equals(profile.cloud())) {
            return Optional.of(Problem.of(Messages.text("session.unknownCloud", profile.cloud(),
                    cloud.get().displayName()), Messages.text("session.unknownCloud.fix")));
        }
        return dropped;
    }

    /** Takes the profile's choices the recipe and catalog allow; the first one left out is the problem returned. */
    private Optional<Problem> restoreChoices(Optional<Recipe> base, List<ChosenPermission> saved) {
        chosen.clear();
        if (base.isEmpty() || saved.isEmpty()) {
            return Optional.empty();
        }
        Optional<Problem> first = Optional.empty();
        for (ChosenPermission c : saved) {
            Optional<Problem> refused = PermissionChoices.problem(base.get(), c, permissionCatalog.get());
            ChosenPermission spelled = PermissionChoices.spelledAsCatalog(permissionCatalog.get(), c);
            if (refused.isEmpty() && !chosen.contains(spelled)) {
                chosen.add(spelled);
            } else if (first.isEmpty()) {
                first = refused;
            }
        }
        return first;
    }

    /** Turns autosave on, after the person chose to continue the previous draft or to start new. */
    public void startAutosave() {
        autosave = true;
    }

    /** Saves the draft now, on the calling thread: when the window closes, before background work stops. */
    public void saveNow() {
        if (autosave && (unsaved || pending.get() != null)) {
            try {
                store.autosave(snapshot());
                unsaved = false;
            } catch (ProblemException e) {
                saveProblem.set(e.problem());
            }
        }
    }

    private void changed() {
        if (!autosave || restoring) {
            return;
        }
        unsaved = true;
        pending.set(snapshot());
        if (writing.compareAndSet(false, true)) {
            executor.runInBackground(this::drain);
        }
    }

    /** Writes the newest pending draft until none is left; one writer at a time, older drafts are skipped. */
    private void drain() {
        try {
            SetupProfile next;
            while ((next = pending.getAndSet(null)) != null) {
                try {
                    store.autosave(next);
                    unsaved = pending.get() != null;
                    executor.runOnUi(() -> saveProblem.set(null));
                } catch (ProblemException e) {
                    executor.runOnUi(() -> saveProblem.set(e.problem()));
                }
            }
        } finally {
            writing.set(false);
        }
        if (pending.get() != null && writing.compareAndSet(false, true)) {
            executor.runInBackground(this::drain);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}

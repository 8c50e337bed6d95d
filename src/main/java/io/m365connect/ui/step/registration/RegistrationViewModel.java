package io.m365connect.ui.step.registration;

import io.m365connect.core.recipe.InputField;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.ClientId;
import io.m365connect.core.tenant.InputResult;
import io.m365connect.core.tenant.Inputs;
import io.m365connect.core.tenant.TenantRef;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.WizardSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/** Step "App registration": tenant, application (client) ID and the recipe's other inputs, with guidance. */
public final class RegistrationViewModel {
    private final WizardSession session;
    private final LinkSource portalLinks;
    private final FieldModel tenant;
    private final FieldModel client;
    private final ObservableList<FieldModel> inputs = FXCollections.observableArrayList();
    private final ObservableList<String> guidance = FXCollections.observableArrayList();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet", "");
    private Recipe shownRecipe;
    private boolean built;
    private final ObservableList<FieldModel> inputsReadOnly = FXCollections.unmodifiableObservableList(inputs);
    private final ObservableList<String> guidanceReadOnly = FXCollections.unmodifiableObservableList(guidance);
    private final ObservableList<Link> linksReadOnly = FXCollections.unmodifiableObservableList(links);

    /**
     * @param portalLinks the portal pages for the session's cloud and tenant that help with this step
     */
    public RegistrationViewModel(WizardSession session, LinkSource portalLinks) {
        this.session = Objects.requireNonNull(session);
        this.portalLinks = Objects.requireNonNull(portalLinks);
        tenant = new FieldModel("tenant", Messages.text("registration.tenant"), Messages.text("registration.tenant.hint"),
                session.tenantProperty().get(), TenantRef::parse);
        client = new FieldModel("clientId", Messages.text("registration.client"), Messages.text("registration.client.hint"),
                session.clientIdProperty().get(),
                raw -> ClientId.parse(raw, TenantRef.parse(session.tenantProperty().get()).acceptedValue()));
        session.tenantProperty().bindBidirectional(tenant.textProperty());
        session.clientIdProperty().bindBidirectional(client.textProperty());
        tenant.textProperty().addListener((o, was, now) -> client.revalidate());
        tenant.requirementProperty().addListener((o, was, now) -> refreshLinks());
        client.requirementProperty().addListener((o, was, now) -> refreshLinks());
        session.cloudProperty().addListener((o, was, now) -> {
            inputs.forEach(FieldModel::revalidate);
            refreshLinks();
        });
        session.recipeProperty().addListener((o, was, now) -> refresh());
        session.inputs().addListener((MapChangeListener<String, String>) change -> inputs.stream()
                .filter(f -> f.id().equals(change.getKey()))
                .forEach(f -> f.textProperty().set(change.wasAdded() ? change.getValueAdded() : "")));
        refresh();
    }

    public FieldModel tenant() { return tenant; }
    public FieldModel client() { return client; }
    /** The recipe's other inputs, rebuilt when the recipe changes. */
    public ObservableList<FieldModel> inputs() { return inputsReadOnly; }
    /** The recipe's registration steps, in our words. */
    public ObservableList<String> guidance() { return guidanceReadOnly; }
    public ObservableList<Link> links() { return linksReadOnly; }
    public ReadOnlyStringProperty unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }

    /** Rebuilds the inputs and guidance for the session's recipe (called when the page is shown). */
    public void refresh() {
        Recipe recipe = session.recipe().orElse(null);
        refreshLinks();
        if (built && Objects.equals(recipe, shownRecipe)) {
            return;
        }
        built = true;
        shownRecipe = recipe;
        List<FieldModel> fields = new ArrayList<>();
        if (recipe != null) {
            for (InputField f : recipe.inputs()) {
                FieldModel m = new FieldModel(f.id(), f.label(), f.hint(), session.inputs().get(f.id()),
                        raw -> check(f, raw));
                m.textProperty().addListener((o, was, now) -> session.inputs().put(f.id(), now));
                fields.add(m);
            }
        }
        inputs.setAll(fields);
        guidance.setAll(recipe == null ? List.of() : recipe.registrationSteps());
        List<Observable> deps = new ArrayList<>(List.of(tenant.requirementProperty(), client.requirementProperty()));
        fields.forEach(f -> deps.add(f.requirementProperty()));
        unmet.bind(Bindings.createStringBinding(this::firstUnmet, deps.toArray(Observable[]::new)));
    }

    private void refreshLinks() {
        links.setAll(portalLinks.linksFor(session));
    }

    private String firstUnmet() {
        List<FieldModel> all = new ArrayList<>(List.of(tenant, client));
        all.addAll(inputs);
        return all.stream().map(f -> f.requirementProperty().get()).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private InputResult<?> check(InputField field, String raw) {
        return switch (field.kind()) {
            case TEXT -> Inputs.text(field.label(), raw, field.required());
            case INITIAL_DOMAIN -> Inputs.initialDomain(field.label(), raw, field.required(), session.cloud());
            case UPN, EMAIL -> Inputs.userName(field.label(), raw, field.required());
        };
    }
}

package app.tandem.improvement.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.improvement.AreaRef;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.Priority;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An item's content: the header fields, the problem, and the A3 sections (background, current state, goal,
 * the "why" steps of the root cause analysis, countermeasures, results, follow-up), bound to an {@link ItemContent}
 * record: nothing changes until Save.
 */
class ItemForm extends Div {

    final TextField title = new TextField();
    final Select<ItemKind> kind = new Select<>();
    final Select<Priority> priority = new Select<>();
    final ComboBox<AreaRef> area = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final ComboBox<UserRef> approver = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();
    final TextArea problem = new TextArea();
    final TextArea background = new TextArea();
    final TextArea currentState = new TextArea();
    final TextArea goal = new TextArea();
    final TextArea whySteps = new TextArea();
    final TextArea countermeasures = new TextArea();
    final TextArea results = new TextArea();
    final TextArea followUp = new TextArea();
    final Details a3 = new Details();
    final Button save = new Button();

    private final Binder<ItemContent> binder = new Binder<>(ItemContent.class);
    private final Supplier<List<AreaRef>> activeAreas;
    /** The item as loaded: what the form does not edit (id, version, status...) comes from here. */
    private @Nullable ItemData loaded;

    ItemForm(UserService userService, Supplier<List<AreaRef>> activeAreas, List<TeamRef> teams,
            List<UserRef> approvers) {
        this.activeAreas = activeAreas;
        addClassName("item-form");
        label(title, "improvement.field.title", "improvement-item-title");
        kind.setLabel(getTranslation("improvement.field.kind"));
        kind.setId("improvement-item-kind");
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("improvement.kind." + k.name()));
        priority.setLabel(getTranslation("improvement.field.priority"));
        priority.setId("improvement-item-priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("improvement.priority." + p.name()));
        area.setLabel(getTranslation("improvement.field.area"));
        area.setId("improvement-item-area");
        area.setItemLabelGenerator(AreaRef::name);
        area.setClearButtonVisible(true);
        team.setLabel(getTranslation("improvement.field.team"));
        team.setId("improvement-item-team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamRef::name);
        team.setClearButtonVisible(true);
        owner.setLabel(getTranslation("improvement.field.owner"));
        owner.setId("improvement-item-owner");
        owner.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        owner.setItemLabelGenerator(UserRef::displayName);
        approver.setLabel(getTranslation("improvement.field.approver"));
        approver.setId("improvement-item-approver");
        approver.setItems(approvers);
        approver.setItemLabelGenerator(UserRef::displayName);
        approver.setClearButtonVisible(true);
        approver.setHelperText(getTranslation("improvement.approver.help"));
        dueDate.setLabel(getTranslation("improvement.field.dueDate"));
        dueDate.setId("improvement-item-due");
        dueDate.setClearButtonVisible(true);
        label(problem, "improvement.field.problemStatement", "improvement-item-problem");
        label(background, "improvement.field.background", "improvement-item-background");
        label(currentState, "improvement.field.currentState", "improvement-item-current-state");
        label(goal, "improvement.field.goal", "improvement-item-goal");
        label(whySteps, "improvement.field.whySteps", "improvement-item-whys");
        whySteps.setHelperText(getTranslation("improvement.whys.help"));
        label(countermeasures, "improvement.field.countermeasures", "improvement-item-countermeasures");
        label(results, "improvement.field.results", "improvement-item-results");
        label(followUp, "improvement.field.followUp", "improvement-item-follow-up");

        String tooLong = getTranslation("improvement.too-long", 10000);
        binder.forField(title).asRequired(getTranslation("improvement.title.required"))
                .withValidator(new StringLengthValidator(getTranslation("improvement.too-long", 200), 1, 200))
                .bind("title");
        binder.forField(kind).asRequired().bind("kind");
        binder.forField(priority).asRequired().bind("priority");
        binder.forField(area).bind("area");
        binder.forField(team).bind("team");
        binder.forField(owner).asRequired(getTranslation("improvement.owner.required")).bind("owner");
        binder.forField(approver).bind("approver");
        binder.forField(dueDate).bind("dueDate");
        binder.forField(problem).asRequired(getTranslation("improvement.problem.required"))
                .withValidator(new StringLengthValidator(tooLong, 1, 10000)).bind("problemStatement");
        bindText(background, "background", tooLong);
        bindText(currentState, "currentState", tooLong);
        bindText(goal, "goal", tooLong);
        bindText(whySteps, "whySteps", tooLong);
        bindText(countermeasures, "countermeasures", tooLong);
        bindText(results, "results", tooLong);
        bindText(followUp, "followUp", tooLong);

        FormLayout header = new FormLayout(title, kind, priority, area, team, owner, approver, dueDate);
        header.setColspan(title, 2);
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FormLayout sections = new FormLayout(background, currentState, goal, whySteps, countermeasures, results,
                followUp);
        sections.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        a3.setSummaryText(getTranslation("improvement.a3.title"));
        a3.setId("improvement-item-a3");
        a3.add(sections);
        a3.setWidthFull();

        save.setText(getTranslation("action.save"));
        save.setId("improvement-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        HorizontalLayout buttons = new HorizontalLayout(save);
        buttons.addClassName("form-buttons");
        problem.setWidthFull();
        add(header, problem, a3, buttons);
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setWidthFull();
    }

    private void label(TextArea field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setWidthFull();
    }

    private void bindText(TextArea field, String property, String tooLong) {
        binder.forField(field).withValidator(new StringLengthValidator(tooLong, 0, 10000)).bind(property);
    }

    /** Shows the item's content; read-only for a user who may not edit it. */
    void edit(ItemData item, ItemContent content, boolean editable) {
        this.loaded = item;
        List<AreaRef> areas = new ArrayList<>(activeAreas.get());
        if (content.area() != null && !areas.contains(content.area())) {
            areas.add(content.area());
        }
        area.setItems(areas);
        binder.readRecord(content);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        a3.setOpened(content.kind().usesA3() || !content.background().isEmpty() || !content.goal().isEmpty());
    }

    private void validateAndSave() {
        ItemData item = loaded;
        if (item == null) {
            return;
        }
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord().applyTo(item)));
        } catch (ValidationException e) {
            // nothing is saved; the fields show what is wrong
        }
    }

    /** The changed item, to be saved. */
    static final class SaveEvent extends ComponentEvent<ItemForm> {
        private final ItemData data;

        SaveEvent(ItemForm source, ItemData data) {
            super(source, false);
            this.data = data;
        }

        ItemData data() {
            return data;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}

package app.tandem.improvement.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.improvement.AreaRef;
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
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An item's content: the header fields, the problem, and the A3 sections (background, current state, goal,
 * the "why" steps of the root cause analysis, countermeasures, results, follow-up), in buffered mode.
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

    private final Binder<ItemDraft> binder = new Binder<>();
    private final Supplier<List<AreaRef>> activeAreas;
    private @Nullable ItemDraft draft;

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
                .bind(ItemDraft::getTitle, ItemDraft::setTitle);
        binder.forField(kind).asRequired().bind(ItemDraft::getKind, ItemDraft::setKind);
        binder.forField(priority).asRequired().bind(ItemDraft::getPriority, ItemDraft::setPriority);
        binder.forField(area).bind(ItemDraft::getArea, ItemDraft::setArea);
        binder.forField(team).bind(ItemDraft::getTeam, ItemDraft::setTeam);
        binder.forField(owner).asRequired(getTranslation("improvement.owner.required"))
                .bind(ItemDraft::getOwner, ItemDraft::setOwner);
        binder.forField(approver).bind(ItemDraft::getApprover, ItemDraft::setApprover);
        binder.forField(dueDate).bind(ItemDraft::getDueDate, ItemDraft::setDueDate);
        binder.forField(problem).asRequired(getTranslation("improvement.problem.required"))
                .withValidator(new StringLengthValidator(tooLong, 1, 10000))
                .bind(ItemDraft::getProblemStatement, ItemDraft::setProblemStatement);
        binder.forField(background).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getBackground, ItemDraft::setBackground);
        binder.forField(currentState).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getCurrentState, ItemDraft::setCurrentState);
        binder.forField(goal).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getGoal, ItemDraft::setGoal);
        binder.forField(whySteps).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getWhySteps, ItemDraft::setWhySteps);
        binder.forField(countermeasures).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getCountermeasures, ItemDraft::setCountermeasures);
        binder.forField(results).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getResults, ItemDraft::setResults);
        binder.forField(followUp).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(ItemDraft::getFollowUp, ItemDraft::setFollowUp);

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

    void edit(ItemDraft draft, boolean editable) {
        this.draft = draft;
        List<AreaRef> areas = new ArrayList<>(activeAreas.get());
        if (draft.getArea() != null && !areas.contains(draft.getArea())) {
            areas.add(draft.getArea());
        }
        area.setItems(areas);
        binder.readBean(draft);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        a3.setOpened(draft.getKind().usesA3() || !draft.getBackground().isEmpty() || !draft.getGoal().isEmpty());
    }

    @Nullable ItemDraft draft() {
        return draft;
    }

    private void validateAndSave() {
        if (draft != null && binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    static final class SaveEvent extends ComponentEvent<ItemForm> {
        private final ItemDraft draft;

        SaveEvent(ItemForm source, ItemDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        @Nullable ItemDraft draft() {
            return draft;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}

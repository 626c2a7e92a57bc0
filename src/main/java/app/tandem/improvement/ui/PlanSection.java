package app.tandem.improvement.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Notices;
import app.tandem.improvement.ActionPlanService;
import app.tandem.improvement.ActionRow;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The item's implementation plan: what, who, by when, done. A row is added, or changed in place, in the row of
 * fields below the plan; who may edit the item's content ticks rows off, changes and deletes them.
 */
class PlanSection extends VerticalLayout {

    private final ActionPlanService service;
    private final UserService userService;
    private final ItemFormats formats;
    final Grid<ActionRow> plan = new Grid<>();
    final TextField newActionWhat = new TextField();
    final ComboBox<UserRef> newActionOwner = new ComboBox<>();
    final DatePicker newActionDue = new DatePicker();
    final Button addAction = new Button();
    final Button cancelActionEdit = new Button();
    private final HorizontalLayout fields;
    /** The plan row being changed in the row of fields below the plan, or null when adding. */
    private @Nullable ActionRow editingAction;
    /** Display names of the shown plan rows' owners, read once per showing. */
    private Map<Long, String> owners = Map.of();
    private @Nullable Long itemId;
    private boolean editable;

    PlanSection(ActionPlanService service, UserService userService, ItemFormats formats) {
        this.service = service;
        this.userService = userService;
        this.formats = formats;
        setPadding(false);
        configurePlan();
        newActionWhat.setPlaceholder(getTranslation("improvement.action.what"));
        newActionWhat.setAriaLabel(getTranslation("improvement.action.what"));
        newActionWhat.setId("improvement-action-what");
        newActionWhat.setMaxLength(500);
        newActionOwner.setPlaceholder(getTranslation("improvement.action.owner"));
        newActionOwner.setAriaLabel(getTranslation("improvement.action.owner"));
        newActionOwner.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        newActionOwner.setItemLabelGenerator(UserRef::displayName);
        newActionDue.setPlaceholder(getTranslation("improvement.action.due"));
        newActionDue.setAriaLabel(getTranslation("improvement.action.due"));
        addAction.setText(getTranslation("improvement.action.add"));
        addAction.setId("improvement-action-add");
        addAction.addClickListener(e -> addOrChange());
        cancelActionEdit.setText(getTranslation("action.cancel"));
        cancelActionEdit.setId("improvement-action-cancel");
        cancelActionEdit.setVisible(false);
        cancelActionEdit.addClickListener(e -> endActionEdit());
        fields = new HorizontalLayout(newActionWhat, newActionOwner, newActionDue, addAction, cancelActionEdit);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setId("improvement-plan-add");
        fields.setWidthFull();
        newActionWhat.setMinWidth("16rem");
        fields.setFlexGrow(1, newActionWhat);
        add(new H4(getTranslation("improvement.plan.title")), plan, fields);
    }

    private void configurePlan() {
        plan.setId("improvement-plan");
        plan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        plan.setAllRowsVisible(true);
        plan.addComponentColumn(this::doneCell).setHeader(getTranslation("improvement.action.done")).setAutoWidth(true)
                .setFlexGrow(0);
        plan.addColumn(ActionRow::what).setHeader(getTranslation("improvement.action.what")).setFlexGrow(1);
        plan.addColumn(row -> row.ownerId() == null ? "" : owners.getOrDefault(row.ownerId(), ""))
                .setHeader(getTranslation("improvement.action.owner")).setAutoWidth(true);
        plan.addColumn(row -> formats.date(row.dueDate())).setHeader(getTranslation("improvement.action.due"))
                .setAutoWidth(true);
        plan.addComponentColumn(this::rowButtons).setAutoWidth(true).setFlexGrow(0);
        plan.setEmptyStateText(getTranslation("improvement.plan.empty"));
    }

    private Component doneCell(ActionRow row) {
        Checkbox done = new Checkbox(row.done());
        done.setAriaLabel(getTranslation("improvement.action.done"));
        done.setReadOnly(!editable);
        done.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(new ActionRow(row.id(), row.version(), row.what(), row.ownerId(), row.dueDate(), e.getValue()));
            }
        });
        return done;
    }

    private Component rowButtons(ActionRow row) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> editAction(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("improvement.action.edit", row.what()));
        edit.setId("improvement-action-edit-" + row.id());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> DeleteConfirmation.open(
                getTranslation("improvement.action.delete.title"),
                getTranslation("improvement.action.delete.text", row.what()), () -> delete(row)));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        HorizontalLayout buttons = new HorizontalLayout(edit, delete);
        buttons.setSpacing(false);
        buttons.setVisible(editable);
        return buttons;
    }

    void show(long itemId, boolean editable) {
        if (!Objects.equals(this.itemId, itemId)) {
            endActionEdit();
        }
        this.itemId = itemId;
        this.editable = editable;
        refresh();
    }

    private void refresh() {
        if (itemId == null) {
            return;
        }
        List<ActionRow> rows = service.actions(itemId);
        // the owners' names in one query, not one per row
        owners = userService.displayNames(rows.stream().map(ActionRow::ownerId).filter(Objects::nonNull)
                .distinct().toList());
        plan.setItems(rows);
        fields.setVisible(editable);
    }

    private void addOrChange() {
        if (newActionWhat.getValue().isBlank()) {
            newActionWhat.setErrorMessage(getTranslation("improvement.action.what-required"));
            newActionWhat.setInvalid(true);
            return;
        }
        newActionWhat.setInvalid(false);
        UserRef owner = newActionOwner.getValue();
        Long ownerId = owner == null ? null : owner.id();
        ActionRow editing = editingAction;
        ActionRow row = editing == null
                ? new ActionRow(null, 0, newActionWhat.getValue(), ownerId, newActionDue.getValue(), false)
                : new ActionRow(editing.id(), editing.version(), newActionWhat.getValue(), ownerId,
                        newActionDue.getValue(), editing.done());
        if (save(row)) {
            endActionEdit();
        }
    }

    private boolean save(ActionRow row) {
        if (itemId == null) {
            return false;
        }
        try {
            service.saveAction(itemId, row);
            refresh();
            return true;
        } catch (OptimisticLockingFailureException e) {
            // shows the plan as it is now, so that the user sees the other change
            Notices.error(getTranslation("error.conflict"));
            refresh();
            return false;
        }
    }

    private void delete(ActionRow row) {
        if (itemId != null && row.id() != null) {
            service.deleteAction(itemId, row.id());
            refresh();
        }
    }

    /** Puts a plan row into the fields below the plan to change it; saving keeps its done mark. */
    private void editAction(ActionRow row) {
        editingAction = row;
        newActionWhat.setValue(row.what());
        newActionWhat.setInvalid(false);
        Long ownerId = row.ownerId();
        newActionOwner.setValue(ownerId == null ? null
                : new UserRef(ownerId, "", userService.displayNames(List.of(ownerId)).getOrDefault(ownerId, "")));
        newActionDue.setValue(row.dueDate());
        addAction.setText(getTranslation("improvement.action.save"));
        cancelActionEdit.setVisible(true);
        newActionWhat.focus();
    }

    private void endActionEdit() {
        editingAction = null;
        newActionWhat.clear();
        newActionWhat.setInvalid(false);
        newActionOwner.clear();
        newActionDue.clear();
        addAction.setText(getTranslation("improvement.action.add"));
        cancelActionEdit.setVisible(false);
    }
}

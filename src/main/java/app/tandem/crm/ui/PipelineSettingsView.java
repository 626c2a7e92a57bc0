package app.tandem.crm.ui;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.crm.LostReasonListItem;
import app.tandem.crm.PipelineSettingsService;
import app.tandem.crm.StageData;
import app.tandem.crm.StageListItem;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administration of the pipeline: its stages in order (add, change, move up and down, delete) and the lost
 * reasons (add, rename, deactivate or activate, delete). Select a row, then act on it with the buttons above its
 * grid, so every action is reachable by keyboard; a double click opens a row for editing. The deals view and the
 * pipeline board read the stages when they open, so changes show there on their next open.
 */
@Route(value = "admin/pipeline", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class PipelineSettingsView extends Div implements HasDynamicTitle {

    static final int MAX_LOST_REASON = 100;

    private final PipelineSettingsService settings;

    final Grid<StageListItem> stages = new Grid<>();
    final Button newStage = new Button();
    final Button editStage = new Button();
    final Button moveUp = new Button();
    final Button moveDown = new Button();
    final Button deleteStage = new Button();

    final Grid<LostReasonListItem> lostReasons = new Grid<>();
    final Button newLostReason = new Button();
    final Button renameLostReason = new Button();
    final Button toggleLostReason = new Button();
    final Button deleteLostReason = new Button();

    /** The stages as last loaded, in pipeline order: the first cannot move up, the last not down. */
    private List<StageListItem> currentStages = List.of();
    /** The stage dialog while it is open, for the conflict's reload. */
    private @Nullable StageForm openStageForm;

    PipelineSettingsView(PipelineSettingsService settings) {
        this.settings = settings;
        addClassName("settings-view");
        setId("pipeline-settings");
        add(stagesSection(), lostReasonsSection());
        refreshStages(null);
        refreshLostReasons(null);
    }

    // --- stages --------------------------------------------------------------------------------------------------

    private Component stagesSection() {
        action(newStage, "stages-new", "pipeline-settings.stage.new", VaadinIcon.PLUS, () -> openStage(null));
        newStage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action(editStage, "stages-edit", "pipeline-settings.stage.edit", VaadinIcon.EDIT,
                () -> selectedStage().ifPresent(s -> openStage(s.id())));
        action(moveUp, "stages-up", "pipeline-settings.stage.up", VaadinIcon.ARROW_UP,
                () -> selectedStage().ifPresent(s -> move(s, true)));
        action(moveDown, "stages-down", "pipeline-settings.stage.down", VaadinIcon.ARROW_DOWN,
                () -> selectedStage().ifPresent(s -> move(s, false)));
        action(deleteStage, "stages-delete", "action.delete", VaadinIcon.TRASH,
                () -> selectedStage().ifPresent(this::confirmDeleteStage));
        deleteStage.addThemeVariants(ButtonVariant.LUMO_ERROR);

        stages.setId("stages-grid");
        stages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        stages.setAllRowsVisible(true);
        stages.setAriaLabel(getTranslation("pipeline-settings.stages"));
        stages.addColumn(StageListItem::position).setHeader("#").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        stages.addColumn(StageListItem::name).setHeader(getTranslation("stage.field.name")).setFlexGrow(1)
                .setAutoWidth(true);
        stages.addComponentColumn(this::kindBadge).setHeader(getTranslation("stage.field.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(s -> s.probability() + " %").setHeader(getTranslation("stage.field.probability"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        stages.addColumn(s -> getTranslation("forecast.category." + s.forecastCategory().name()))
                .setHeader(getTranslation("stage.field.forecastCategory")).setAutoWidth(true).setFlexGrow(0);
        stages.addColumn(StageListItem::deals).setHeader(getTranslation("pipeline-settings.deals"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        stages.setEmptyStateText(getTranslation("pipeline-settings.stages.empty"));
        stages.addSelectionListener(e -> enableStageActions());
        stages.addItemDoubleClickListener(e -> openStage(e.getItem().id()));

        return section("pipeline-settings.stages", "pipeline-settings.stages.help",
                toolbar(newStage, editStage, moveUp, moveDown, deleteStage), stages);
    }

    private Component kindBadge(StageListItem stage) {
        StageKind kind = StageKind.of(stage.closed(), stage.won());
        Span badge = new Span(getTranslation("stage.kind." + kind.name()));
        badge.addClassNames("status-badge", "stage-" + kind.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Optional<StageListItem> selectedStage() {
        return stages.getSelectedItems().stream().findFirst();
    }

    private void enableStageActions() {
        Optional<StageListItem> selected = selectedStage();
        List<StageListItem> all = currentStages;
        editStage.setEnabled(selected.isPresent());
        deleteStage.setEnabled(selected.isPresent());
        moveUp.setEnabled(selected.isPresent() && !all.isEmpty() && all.getFirst().id() != selected.get().id());
        moveDown.setEnabled(selected.isPresent() && !all.isEmpty() && all.getLast().id() != selected.get().id());
    }

    /** Reloads the stages and selects the one with that id again (its version has changed). */
    private void refreshStages(@Nullable Long selectId) {
        show(settings.stages(), selectId);
    }

    private void show(List<StageListItem> items, @Nullable Long selectId) {
        currentStages = items;
        stages.setItems(items);
        items.stream().filter(s -> selectId != null && s.id() == selectId).findFirst().ifPresentOrElse(
                stages::select, stages::deselectAll);
        enableStageActions();
    }

    private void move(StageListItem stage, boolean up) {
        try {
            show(up ? settings.moveStageUp(stage.id()) : settings.moveStageDown(stage.id()), stage.id());
        } catch (RuntimeException e) {
            Failures.show(e);
            refreshStages(stage.id());
        }
    }

    private void openStage(@Nullable Long id) {
        StageDraft draft;
        try {
            draft = id == null ? new StageDraft() : StageDraft.of(settings.loadStage(id));
        } catch (RuntimeException e) {
            Failures.show(e);
            refreshStages(null);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("stage-dialog");
        dialog.setHeaderTitle(id == null ? getTranslation("pipeline-settings.stage.new") : draft.getName());
        dialog.setWidth("min(40rem, 95vw)");
        StageForm form = new StageForm();
        form.addSaveListener(e -> saveStage(dialog, e.draft()));
        form.addCloseListener(e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                openStageForm = null;
            }
        });
        dialog.add(form);
        openStageForm = form;
        dialog.open();
        form.edit(draft);
    }

    private void saveStage(Dialog dialog, StageDraft draft) {
        try {
            StageData data = draft.toData();
            StageData saved = draft.isNew() ? settings.createStage(data) : settings.updateStage(data);
            Notices.success(getTranslation("pipeline-settings.stage.saved", saved.name()));
            dialog.close();
            refreshStages(saved.id());
        } catch (OptimisticLockingFailureException e) {
            Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"),
                    "conflict-reload", this::reloadStageForm);
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    /** After a conflict: the form shows the stage as it is now; the user applies their change again. */
    private void reloadStageForm() {
        StageForm form = openStageForm;
        Long id = form == null ? null : form.draft().getId();
        if (form != null && id != null) {
            try {
                form.edit(StageDraft.of(settings.loadStage(id)));
            } catch (RuntimeException e) {
                Failures.show(e);
            }
        }
        refreshStages(id);
    }

    private void confirmDeleteStage(StageListItem stage) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("stage-delete-confirm");
        confirm.setHeader(getTranslation("pipeline-settings.stage.delete.title", stage.name()));
        confirm.setText(getTranslation("pipeline-settings.stage.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                settings.deleteStage(stage.id(), stage.version());
                Notices.success(getTranslation("pipeline-settings.stage.deleted", stage.name()));
                refreshStages(null);
            } catch (OptimisticLockingFailureException ex) {
                Notices.error(getTranslation("error.conflict"));
                refreshStages(stage.id());
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
        });
        confirm.open();
    }

    // --- lost reasons --------------------------------------------------------------------------------------------

    private Component lostReasonsSection() {
        action(newLostReason, "lost-reasons-new", "pipeline-settings.lost-reason.new", VaadinIcon.PLUS,
                () -> editLostReason(null));
        newLostReason.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action(renameLostReason, "lost-reasons-rename", "pipeline-settings.lost-reason.rename", VaadinIcon.EDIT,
                () -> selectedLostReason().ifPresent(this::editLostReason));
        action(toggleLostReason, "lost-reasons-toggle", "pipeline-settings.lost-reason.deactivate",
                VaadinIcon.EYE_SLASH, () -> selectedLostReason().ifPresent(this::toggle));
        action(deleteLostReason, "lost-reasons-delete", "action.delete", VaadinIcon.TRASH,
                () -> selectedLostReason().ifPresent(this::confirmDeleteLostReason));
        deleteLostReason.addThemeVariants(ButtonVariant.LUMO_ERROR);

        lostReasons.setId("lost-reasons-grid");
        lostReasons.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        lostReasons.setAllRowsVisible(true);
        lostReasons.setAriaLabel(getTranslation("pipeline-settings.lost-reasons"));
        lostReasons.addColumn(LostReasonListItem::name).setHeader(getTranslation("pipeline-settings.lost-reason.name"))
                .setFlexGrow(1).setAutoWidth(true);
        lostReasons.addComponentColumn(this::activeBadge).setHeader(getTranslation("pipeline-settings.status"))
                .setAutoWidth(true).setFlexGrow(0);
        lostReasons.addColumn(LostReasonListItem::deals).setHeader(getTranslation("pipeline-settings.lost-deals"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        lostReasons.setEmptyStateText(getTranslation("pipeline-settings.lost-reasons.empty"));
        lostReasons.addSelectionListener(e -> enableLostReasonActions());
        lostReasons.addItemDoubleClickListener(e -> editLostReason(e.getItem()));

        return section("pipeline-settings.lost-reasons", "pipeline-settings.lost-reasons.help",
                toolbar(newLostReason, renameLostReason, toggleLostReason, deleteLostReason), lostReasons);
    }

    private Component activeBadge(LostReasonListItem reason) {
        Span badge = new Span(getTranslation(reason.active() ? "pipeline-settings.lost-reason.active"
                : "pipeline-settings.lost-reason.inactive"));
        badge.addClassNames("status-badge", reason.active() ? "status-active" : "status-inactive");
        return badge;
    }

    private Optional<LostReasonListItem> selectedLostReason() {
        return lostReasons.getSelectedItems().stream().findFirst();
    }

    private void enableLostReasonActions() {
        Optional<LostReasonListItem> selected = selectedLostReason();
        renameLostReason.setEnabled(selected.isPresent());
        toggleLostReason.setEnabled(selected.isPresent());
        deleteLostReason.setEnabled(selected.isPresent());
        boolean activate = selected.map(r -> !r.active()).orElse(false);
        toggleLostReason.setText(getTranslation(activate ? "pipeline-settings.lost-reason.activate"
                : "pipeline-settings.lost-reason.deactivate"));
        toggleLostReason.setIcon((activate ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH).create());
    }

    private void refreshLostReasons(@Nullable Long selectId) {
        List<LostReasonListItem> items = settings.lostReasons();
        lostReasons.setItems(items);
        items.stream().filter(r -> selectId != null && r.id() == selectId).findFirst().ifPresentOrElse(
                lostReasons::select, lostReasons::deselectAll);
        enableLostReasonActions();
    }

    /** Adds a lost reason (null) or renames one, in a small dialog. */
    private void editLostReason(@Nullable LostReasonListItem reason) {
        Dialog dialog = new Dialog();
        dialog.setId("lost-reason-dialog");
        dialog.setHeaderTitle(reason == null ? getTranslation("pipeline-settings.lost-reason.new")
                : getTranslation("pipeline-settings.lost-reason.rename.title", reason.name()));
        TextField name = new TextField(getTranslation("pipeline-settings.lost-reason.name"));
        name.setId("lost-reason-name");
        name.setMaxLength(MAX_LOST_REASON);
        name.setWidthFull();
        LostReasonDraft draft = reason == null ? new LostReasonDraft(null, 0, "")
                : new LostReasonDraft(reason.id(), reason.version(), reason.name());
        Binder<LostReasonDraft> binder = new Binder<>();
        binder.forField(name).asRequired(getTranslation("lost-reason.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("lost-reason.name.too-long", MAX_LOST_REASON),
                        1, MAX_LOST_REASON))
                .bind(LostReasonDraft::getName, LostReasonDraft::setName);
        binder.readBean(draft);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.writeBeanIfValid(draft)) {
                saveLostReason(dialog, binder, draft);
            }
        });
        save.setId("lost-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void saveLostReason(Dialog dialog, Binder<LostReasonDraft> binder, LostReasonDraft draft) {
        try {
            Long id = draft.id;
            LostReasonListItem saved = id == null ? settings.createLostReason(draft.getName())
                    : settings.renameLostReason(id, draft.version, draft.getName());
            Notices.success(getTranslation("pipeline-settings.lost-reason.saved", saved.name()));
            dialog.close();
            refreshLostReasons(saved.id());
        } catch (OptimisticLockingFailureException e) {
            // the input stays; Reload shows their change in the dialog, then the user applies theirs again
            Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"),
                    "conflict-reload", () -> reloadLostReason(dialog, binder, draft));
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void reloadLostReason(Dialog dialog, Binder<LostReasonDraft> binder, LostReasonDraft draft) {
        refreshLostReasons(draft.id);
        Optional<LostReasonListItem> current = lostReasons.getGenericDataView().getItems()
                .filter(r -> draft.id != null && r.id() == draft.id).findFirst();
        if (current.isEmpty()) {
            dialog.close();
            Notices.error(getTranslation("error.not-found"));
            return;
        }
        draft.version = current.get().version();
        draft.setName(current.get().name());
        binder.readBean(draft);
    }

    private void toggle(LostReasonListItem reason) {
        try {
            LostReasonListItem saved = settings.setLostReasonActive(reason.id(), reason.version(), !reason.active());
            Notices.success(getTranslation(saved.active() ? "pipeline-settings.lost-reason.activated"
                    : "pipeline-settings.lost-reason.deactivated", saved.name()));
            refreshLostReasons(saved.id());
        } catch (OptimisticLockingFailureException e) {
            lostReasonConflict(reason.id());
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void confirmDeleteLostReason(LostReasonListItem reason) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("lost-reason-delete-confirm");
        confirm.setHeader(getTranslation("pipeline-settings.lost-reason.delete.title", reason.name()));
        confirm.setText(getTranslation("pipeline-settings.lost-reason.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                settings.deleteLostReason(reason.id(), reason.version());
                Notices.success(getTranslation("pipeline-settings.lost-reason.deleted", reason.name()));
                refreshLostReasons(null);
            } catch (OptimisticLockingFailureException ex) {
                lostReasonConflict(reason.id());
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
        });
        confirm.open();
    }

    /** Someone else changed the reason meanwhile: show it as it is now, so the user can act again. */
    private void lostReasonConflict(@Nullable Long id) {
        Notices.error(getTranslation("pipeline-settings.conflict"));
        refreshLostReasons(id);
    }

    // --- layout --------------------------------------------------------------------------------------------------

    private void action(Button button, String id, String textKey, VaadinIcon icon, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(textKey));
        button.setIcon(icon.create());
        button.addClickListener(e -> action.run());
    }

    private static HorizontalLayout toolbar(Component... actions) {
        HorizontalLayout toolbar = new HorizontalLayout(actions);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private Component section(String titleKey, String helpKey, Component toolbar, Component grid) {
        H2 title = new H2(getTranslation(titleKey));
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassName("settings-help");
        Div section = new Div(title, help, toolbar, grid);
        section.addClassName("settings-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pipeline-settings") + " | " + getTranslation("app.name");
    }

    /** The lost reason dialog's bean: what its Binder edits, with the version it was loaded at. */
    static final class LostReasonDraft {
        private final @Nullable Long id;
        private long version;
        private String name;

        LostReasonDraft(@Nullable Long id, long version, String name) {
            this.id = id;
            this.version = version;
            this.name = name;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }
}

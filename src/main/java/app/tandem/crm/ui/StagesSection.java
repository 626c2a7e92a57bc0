package app.tandem.crm.ui;

import app.tandem.base.ui.Notices;
import app.tandem.base.ui.ReferenceList;
import app.tandem.crm.PipelineSettingsService;
import app.tandem.crm.StageData;
import app.tandem.crm.StageListItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The pipeline's stages in order, on the reference-list kit: add, change, move up and down, delete. */
class StagesSection extends ReferenceList<StageListItem> {

    final Button newStage = new Button();
    final Button editStage = new Button();
    final Button moveUp = new Button();
    final Button moveDown = new Button();
    final Button deleteStage = new Button();
    private final PipelineSettingsService settings;
    /** The stage dialog while it is open, for the conflict's reload. */
    private @Nullable StageForm openForm;

    StagesSection(PipelineSettingsService settings) {
        super("stages-grid", "pipeline-settings.stages", settings::stages, StageListItem::id);
        this.settings = settings;
        action(newStage, "stages-new", "pipeline-settings.stage.new", VaadinIcon.PLUS, () -> open(null));
        newStage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rowAction(editStage, "stages-edit", "pipeline-settings.stage.edit", VaadinIcon.EDIT, s -> open(s.id()));
        rowAction(moveUp, "stages-up", "pipeline-settings.stage.up", VaadinIcon.ARROW_UP, s -> move(s, true));
        rowAction(moveDown, "stages-down", "pipeline-settings.stage.down", VaadinIcon.ARROW_DOWN, s -> move(s, false));
        // the first stage cannot move up, the last not down
        onSelection(() -> {
            List<StageListItem> all = items();
            selected().ifPresent(s -> {
                moveUp.setEnabled(all.getFirst().id() != s.id());
                moveDown.setEnabled(all.getLast().id() != s.id());
            });
        });
        deleteAction(deleteStage, "stages-delete", "stage-delete-confirm", StageListItem::name,
                "pipeline-settings.stage.delete.title", "pipeline-settings.stage.delete.text", stage -> {
                    settings.deleteStage(stage.id(), stage.version());
                    Notices.success(getTranslation("pipeline-settings.stage.deleted", stage.name()));
                    refresh(null);
                }, () -> {
                    Notices.error(getTranslation("error.conflict"));
                    refresh(selected().map(StageListItem::id).orElse(null));
                });
        grid.addColumn(StageListItem::position).setHeader("#").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StageListItem::name).setHeader(getTranslation("stage.field.name")).setFlexGrow(1)
                .setAutoWidth(true);
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("stage.field.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.probability() + " %").setHeader(getTranslation("stage.field.probability"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("forecast.category." + s.forecastCategory().name()))
                .setHeader(getTranslation("stage.field.forecastCategory")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StageListItem::deals).setHeader(getTranslation("pipeline-settings.deals"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        onDoubleClick(s -> open(s.id()));
        refresh(null);
    }

    private Component kindBadge(StageListItem stage) {
        StageKind kind = StageKind.of(stage.closed(), stage.won());
        Span badge = new Span(getTranslation("stage.kind." + kind.name()));
        badge.addClassNames("status-badge", "stage-" + kind.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private void move(StageListItem stage, boolean up) {
        attempt(() -> show(up ? settings.moveStageUp(stage.id()) : settings.moveStageDown(stage.id()), stage.id()),
                () -> refresh(stage.id()));
    }

    private void open(@Nullable Long id) {
        StageDraft draft = id == null ? new StageDraft() : StageDraft.of(settings.loadStage(id));
        Dialog dialog = new Dialog();
        dialog.setId("stage-dialog");
        dialog.setHeaderTitle(id == null ? getTranslation("pipeline-settings.stage.new") : draft.getName());
        dialog.setWidth("min(40rem, 95vw)");
        StageForm form = new StageForm();
        form.onSave(saved -> save(dialog, saved));
        form.onClose(dialog::close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                openForm = null;
            }
        });
        dialog.add(form);
        openForm = form;
        dialog.open();
        form.edit(draft);
    }

    private void save(Dialog dialog, StageDraft draft) {
        attempt(() -> {
            StageData data = draft.toData();
            StageData saved = draft.isNew() ? settings.createStage(data) : settings.updateStage(data);
            Notices.success(getTranslation("pipeline-settings.stage.saved", saved.name()));
            dialog.close();
            refresh(saved.id());
        }, () -> Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"),
                "conflict-reload", this::reloadForm));
    }

    /** After a conflict: the form shows the stage as it is now; the user applies their change again. */
    private void reloadForm() {
        StageForm form = openForm;
        Long id = form == null ? null : form.current().getId();
        if (form != null && id != null) {
            form.edit(StageDraft.of(settings.loadStage(id)));
        }
        refresh(id);
    }
}

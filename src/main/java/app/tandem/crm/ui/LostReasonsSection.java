package app.tandem.crm.ui;

import app.tandem.base.ui.Notices;
import app.tandem.base.ui.ReferenceList;
import app.tandem.base.ui.ReferenceList.Named;
import app.tandem.crm.LostReasonListItem;
import app.tandem.crm.PipelineSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.jspecify.annotations.Nullable;

/** The reasons a deal is lost, on the reference-list kit: add, rename, deactivate or activate, delete. */
class LostReasonsSection extends ReferenceList<LostReasonListItem> {

    static final int MAX_LOST_REASON = 100;

    final Button newLostReason = new Button();
    final Button renameLostReason = new Button();
    final Button toggleLostReason = new Button();
    final Button deleteLostReason = new Button();
    private final PipelineSettingsService settings;

    LostReasonsSection(PipelineSettingsService settings) {
        super("lost-reasons-grid", "pipeline-settings.lost-reasons", settings::lostReasons, LostReasonListItem::id);
        this.settings = settings;
        action(newLostReason, "lost-reasons-new", "pipeline-settings.lost-reason.new", VaadinIcon.PLUS,
                () -> edit(null));
        newLostReason.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rowAction(renameLostReason, "lost-reasons-rename", "pipeline-settings.lost-reason.rename", VaadinIcon.EDIT,
                this::edit);
        rowAction(toggleLostReason, "lost-reasons-toggle", "pipeline-settings.lost-reason.deactivate",
                VaadinIcon.EYE_SLASH, this::toggle);
        onSelection(() -> {
            boolean activate = selected().map(r -> !r.active()).orElse(false);
            toggleLostReason.setText(getTranslation(activate ? "pipeline-settings.lost-reason.activate"
                    : "pipeline-settings.lost-reason.deactivate"));
            toggleLostReason.setIcon((activate ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH).create());
        });
        deleteAction(deleteLostReason, "lost-reasons-delete", "lost-reason-delete-confirm", LostReasonListItem::name,
                "pipeline-settings.lost-reason.delete.title", "pipeline-settings.lost-reason.delete.text", reason -> {
                    settings.deleteLostReason(reason.id(), reason.version());
                    Notices.success(getTranslation("pipeline-settings.lost-reason.deleted", reason.name()));
                    refresh(null);
                }, () -> conflict(selected().map(LostReasonListItem::id).orElse(null)));
        grid.addColumn(LostReasonListItem::name).setHeader(getTranslation("pipeline-settings.lost-reason.name"))
                .setFlexGrow(1).setAutoWidth(true);
        grid.addComponentColumn(this::activeBadge).setHeader(getTranslation("pipeline-settings.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LostReasonListItem::deals).setHeader(getTranslation("pipeline-settings.lost-deals"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        onDoubleClick(this::edit);
        refresh(null);
    }

    private Component activeBadge(LostReasonListItem reason) {
        Span badge = new Span(getTranslation(reason.active() ? "pipeline-settings.lost-reason.active"
                : "pipeline-settings.lost-reason.inactive"));
        badge.addClassNames("status-badge", reason.active() ? "status-active" : "status-inactive");
        return badge;
    }

    /** Adds a lost reason (null) or renames one, in a small dialog. */
    private void edit(@Nullable LostReasonListItem reason) {
        Dialog dialog = new Dialog();
        dialog.setId("lost-reason-dialog");
        dialog.setHeaderTitle(reason == null ? getTranslation("pipeline-settings.lost-reason.new")
                : getTranslation("pipeline-settings.lost-reason.rename.title", reason.name()));
        TextField name = new TextField(getTranslation("pipeline-settings.lost-reason.name"));
        name.setId("lost-reason-name");
        name.setMaxLength(MAX_LOST_REASON);
        name.setWidthFull();
        Binder<Named> binder = new Binder<>(Named.class);
        binder.forField(new ReadOnlyHasValue<@Nullable Long>(v -> { })).bind("id");
        binder.forField(new ReadOnlyHasValue<Long>(v -> { })).bind("version");
        binder.forField(name).asRequired(getTranslation("lost-reason.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("lost-reason.name.too-long", MAX_LOST_REASON),
                        1, MAX_LOST_REASON))
                .bind("name");
        binder.readRecord(reason == null ? new Named(null, 0, "") : new Named(reason.id(), reason.version(),
                reason.name()));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                save(dialog, binder, binder.writeRecord());
            } catch (ValidationException invalid) {
                name.focus(); // the field shows what is wrong
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

    private void save(Dialog dialog, Binder<Named> binder, Named input) {
        attempt(() -> {
            Long id = input.id();
            LostReasonListItem saved = id == null ? settings.createLostReason(input.name())
                    : settings.renameLostReason(id, input.version(), input.name());
            Notices.success(getTranslation("pipeline-settings.lost-reason.saved", saved.name()));
            dialog.close();
            refresh(saved.id());
        }, () -> Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"),
                "conflict-reload", () -> reload(dialog, binder, input)));
    }

    /** After a conflict: the dialog shows the reason as it is now; the user applies their change again. */
    private void reload(Dialog dialog, Binder<Named> binder, Named input) {
        Long id = input.id();
        refresh(id);
        LostReasonListItem current = id == null ? null : find(id).orElse(null);
        if (current == null) {
            dialog.close();
            Notices.error(getTranslation("error.not-found"));
            return;
        }
        binder.readRecord(new Named(current.id(), current.version(), current.name()));
    }

    private void toggle(LostReasonListItem reason) {
        attempt(() -> {
            LostReasonListItem saved = settings.setLostReasonActive(reason.id(), reason.version(), !reason.active());
            Notices.success(getTranslation(saved.active() ? "pipeline-settings.lost-reason.activated"
                    : "pipeline-settings.lost-reason.deactivated", saved.name()));
            refresh(saved.id());
        }, () -> conflict(reason.id()));
    }

    /** Someone else changed the reason meanwhile: show it as it is now, so the user can act again. */
    private void conflict(@Nullable Long id) {
        Notices.error(getTranslation("pipeline-settings.conflict"));
        refresh(id);
    }
}

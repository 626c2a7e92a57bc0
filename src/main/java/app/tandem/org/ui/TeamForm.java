package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;

/** Creates and edits a team: name, kind, supervisor and members. */
class TeamForm extends FormLayout {

    final TextField name = new TextField();
    final Select<TeamKind> kind = new Select<>();
    final ComboBox<UserRef> supervisor = new ComboBox<>();
    final MultiSelectComboBox<UserRef> members = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();
    final Button delete = new Button();

    private final Binder<TeamDraft> binder = new Binder<>(TeamDraft.class);
    private TeamDraft draft = new TeamDraft();

    TeamForm(UserService userService) {
        addClassName("team-form");
        name.setLabel(getTranslation("team.name"));
        name.setId("team-name");
        kind.setLabel(getTranslation("team.kind"));
        kind.setId("team-kind");
        kind.setItems(TeamKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("team.kind." + k.name()));
        supervisor.setLabel(getTranslation("team.supervisor"));
        supervisor.setId("team-supervisor");
        supervisor.setClearButtonVisible(true);
        supervisor.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        members.setLabel(getTranslation("team.members"));
        members.setId("team-members");
        members.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        members.setHelperText(getTranslation("team.members.help"));
        members.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        members.setSelectedItemsOnTop(true);

        binder.forField(name).asRequired(getTranslation("team.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("team.name.too-long"), 1, 100))
                .bind(TeamDraft::getName, TeamDraft::setName);
        binder.forField(kind).asRequired(getTranslation("team.kind.required"))
                .bind(TeamDraft::getKind, TeamDraft::setKind);
        binder.forField(supervisor).bind(TeamDraft::getSupervisor, TeamDraft::setSupervisor);
        binder.forField(members).bind(TeamDraft::getMembers, TeamDraft::setMembers);

        save.setText(getTranslation("action.save"));
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("team-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        delete.setText(getTranslation("action.delete"));
        delete.setId("team-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this, draft)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(name, kind, supervisor);
        add(members, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    void edit(TeamDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        delete.setVisible(!draft.isNew());
        name.focus();
    }

    TeamDraft draft() {
        return draft;
    }

    static final class SaveEvent extends ComponentEvent<TeamForm> {
        private final TeamDraft draft;

        SaveEvent(TeamForm source, TeamDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        TeamDraft draft() {
            return draft;
        }
    }

    static final class DeleteEvent extends ComponentEvent<TeamForm> {
        private final TeamDraft draft;

        DeleteEvent(TeamForm source, TeamDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        TeamDraft draft() {
            return draft;
        }
    }

    static final class CloseEvent extends ComponentEvent<TeamForm> {
        CloseEvent(TeamForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}

package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;

/** Creates and edits a user. Talks to its view through events; validates every field before saving. */
class UserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final Checkbox active = new Checkbox();
    final PasswordField initialPassword = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<UserDraft> binder = new Binder<>(UserDraft.class);
    private UserDraft draft = new UserDraft();

    UserForm(TeamService teamService) {
        addClassName("user-form");
        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("user.username.help"));
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("user.email.invalid"))
                .setMaxLengthErrorMessage(getTranslation("user.email.too-long")));
        roles.setLabel(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        team.setLabel(getTranslation("user.team"));
        team.setId("user-team");
        team.setClearButtonVisible(true);
        team.setItems(query -> teamService.findTeams(query.getFilter().orElse(null), toSpringPageRequest(query)).stream());
        active.setLabel(getTranslation("user.active"));
        active.setId("user-active");
        initialPassword.setLabel(getTranslation("user.initialPassword"));
        initialPassword.setId("user-initial-password");
        initialPassword.setHelperText(getTranslation("password.rules", UserService.MIN_PASSWORD_LENGTH));

        binder.forField(username).asRequired(getTranslation("user.username.required"))
                .withValidator(v -> v.trim().toLowerCase().matches("[a-z0-9][a-z0-9._-]{2,49}"),
                        getTranslation("user.username.invalid"))
                .bind(UserDraft::getUsername, UserDraft::setUsername);
        binder.forField(displayName).asRequired(getTranslation("user.display-name.required"))
                .withValidator(new StringLengthValidator(getTranslation("user.display-name.too-long"), 1, 100))
                .bind(UserDraft::getDisplayName, UserDraft::setDisplayName);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("user.email.invalid"), true))
                .withValidator(new StringLengthValidator(getTranslation("user.email.too-long"), 0, 200))
                .bind(d -> d.getEmail() == null ? "" : d.getEmail(), (d, v) -> d.setEmail(v.isBlank() ? null : v));
        binder.forField(roles).asRequired(getTranslation("user.roles.required"))
                .bind(UserDraft::getRoles, UserDraft::setRoles);
        binder.forField(team).bind(UserDraft::getTeam, UserDraft::setTeam);
        binder.forField(active).bind(UserDraft::isActive, UserDraft::setActive);

        save.setText(getTranslation("action.save"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("user-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(username, displayName, email, team, initialPassword, active);
        add(roles, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    void edit(UserDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        initialPassword.clear();
        initialPassword.setVisible(draft.isNew());
        initialPassword.setInvalid(false);
        active.setVisible(!draft.isNew());
        username.focus();
    }

    UserDraft draft() {
        return draft;
    }

    private void validateAndSave() {
        if (draft.isNew() && initialPassword.getValue().length() < UserService.MIN_PASSWORD_LENGTH) {
            initialPassword.setErrorMessage(getTranslation("password.too-short", UserService.MIN_PASSWORD_LENGTH));
            initialPassword.setInvalid(true);
            binder.validate();
            return;
        }
        initialPassword.setInvalid(false);
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft, initialPassword.getValue()));
        }
    }

    /** The user's input, kept after a failed save so nothing typed is lost. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    static final class SaveEvent extends ComponentEvent<UserForm> {
        private final UserDraft draft;
        private final String initialPassword;

        SaveEvent(UserForm source, UserDraft draft, String initialPassword) {
            super(source, false);
            this.draft = draft;
            this.initialPassword = initialPassword;
        }

        UserDraft draft() {
            return draft;
        }

        String initialPassword() {
            return initialPassword;
        }
    }

    static final class CloseEvent extends ComponentEvent<UserForm> {
        CloseEvent(UserForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

}

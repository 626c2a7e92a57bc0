package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.RecordForm;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.EnumSet;

/** Creates and edits a user, with the first password of a new one; the rest is the kit's {@link RecordForm}. */
class UserForm extends RecordForm<UserDraft> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final Checkbox active = new Checkbox();
    final PasswordField initialPassword = new PasswordField();

    UserForm(TeamService teamService) {
        super(UserDraft.class, "user", "user", "user.display-name.too-long");
        addClassName("user-form");
        label(username, "username", "user-username");
        username.setHelperText(getTranslation("user.username.help"));
        label(displayName, "displayName", "user-display-name");
        label(email, "email", "user-email");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("user.email.invalid"))
                .setMaxLengthErrorMessage(getTranslation("user.email.too-long")));
        label(roles, "roles", "user-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        label(team, "team", "user-team");
        team.setClearButtonVisible(true);
        team.setItems(query -> teamService.findTeams(query.getFilter().orElse(null), toSpringPageRequest(query)).stream());
        label(active, "active", "user-active");
        label(initialPassword, "initialPassword", "user-initial-password");
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

        add(username, displayName, email, team, initialPassword, active);
        add(roles, 2);
        add(buttons(), 2);
    }

    @Override
    public void edit(UserDraft draft) {
        super.edit(draft);
        initialPassword.clear();
        initialPassword.setVisible(draft.isNew());
        initialPassword.setInvalid(false);
        active.setVisible(!draft.isNew());
    }

    @Override
    protected void focusFirst() {
        username.focus();
    }

    @Override
    protected boolean othersValid() {
        if (current().isNew() && initialPassword.getValue().length() < UserService.MIN_PASSWORD_LENGTH) {
            initialPassword.setErrorMessage(getTranslation("password.too-short", UserService.MIN_PASSWORD_LENGTH));
            initialPassword.setInvalid(true);
            binder.validate();
            return false;
        }
        initialPassword.setInvalid(false);
        return true;
    }
}

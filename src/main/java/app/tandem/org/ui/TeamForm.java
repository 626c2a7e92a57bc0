package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.RecordForm;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Creates and edits a team: name, kind, supervisor and members; the rest is the kit's {@link RecordForm}. */
class TeamForm extends RecordForm<TeamDraft> {

    final TextField name = new TextField();
    final Select<TeamKind> kind = new Select<>();
    final ComboBox<UserRef> supervisor = new ComboBox<>();
    final MultiSelectComboBox<UserRef> members = new MultiSelectComboBox<>();

    TeamForm(UserService userService) {
        super(TeamDraft.class, "team", "team", "team.name.too-long");
        addClassName("team-form");
        label(name, "name", "team-name");
        label(kind, "kind", "team-kind");
        kind.setItems(TeamKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("team.kind." + k.name()));
        label(supervisor, "supervisor", "team-supervisor");
        supervisor.setClearButtonVisible(true);
        supervisor.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        label(members, "members", "team-members");
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

        add(name, kind, supervisor);
        add(members, 2);
        add(buttons(), 2);
    }

    @Override
    protected void focusFirst() {
        name.focus();
    }
}

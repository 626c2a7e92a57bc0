package app.tandem.org.ui;

import app.tandem.org.OpenRecords;
import app.tandem.org.RecordHandover;
import app.tandem.org.RecordHandover.Choice;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Asked when an admin moves a user who owns open records to another team: a summary ("1 account, 2 open deals,
 * 3 planned activities"), then whether the records move with the user or go to a colleague in the old team.
 * The dialog is the confirmation: nothing happens until "Move user".
 */
class TeamMoveDialog extends Dialog {

    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    final ComboBox<UserRef> colleague = new ComboBox<>();
    final Button confirm = new Button();
    final Paragraph summary = new Paragraph();

    TeamMoveDialog(String userName, @Nullable TeamRef oldTeam, @Nullable TeamRef newTeam, List<OpenRecords> records,
            List<UserRef> colleagues, Consumer<RecordHandover> onConfirm) {
        setId("user-team-move-dialog");
        String oldName = oldTeam == null ? getTranslation("users.team-move.no-team") : oldTeam.name();
        String newName = newTeam == null ? getTranslation("users.team-move.no-team") : newTeam.name();
        setHeaderTitle(getTranslation("users.team-move.title", userName, newName));
        String counts = records.stream().map(this::count).collect(Collectors.joining(", "));
        summary.setText(oldTeam == null ? getTranslation("users.team-move.summary.no-team", userName, counts)
                : getTranslation("users.team-move.summary", userName, oldName, counts));
        summary.setId("user-team-move-summary");

        choice.setId("user-team-move-choice");
        choice.setLabel(getTranslation("users.team-move.choice"));
        choice.setRequired(true);
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> c == Choice.MOVE_WITH_USER
                ? getTranslation("users.team-move.with-user", userName, newName)
                : colleagues.isEmpty() ? getTranslation("users.team-move.to-colleague.none", oldName)
                        : getTranslation("users.team-move.to-colleague", oldName));
        choice.setItemEnabledProvider(c -> c == Choice.MOVE_WITH_USER || !colleagues.isEmpty());
        choice.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);

        colleague.setId("user-team-move-colleague");
        colleague.setLabel(getTranslation("users.team-move.colleague"));
        colleague.setItems(colleagues);
        colleague.setItemLabelGenerator(UserRef::displayName);
        colleague.setWidthFull();
        colleague.setVisible(false);
        colleague.setRequiredIndicatorVisible(true);
        choice.addValueChangeListener(e -> {
            choice.setInvalid(false);
            colleague.setVisible(e.getValue() == Choice.GIVE_TO_COLLEAGUE);
            if (colleague.isVisible()) {
                colleague.focus();
            }
        });
        colleague.addValueChangeListener(e -> colleague.setInvalid(false));

        confirm.setText(getTranslation("users.team-move.confirm"));
        confirm.setId("user-team-move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> handover().ifPresent(h -> {
            close();
            onConfirm.accept(h);
        }));
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("user-team-move-cancel");

        add(summary, choice, colleague);
        getFooter().add(cancel, confirm);
        setWidth("min(36rem, 100vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                // a radio group has no focus() of its own: focus its first choice, so arrow keys pick one
                choice.getElement().executeJs("requestAnimationFrame(() => this.querySelector('vaadin-radio-button')"
                        + "?.focus())");
            }
        });
    }

    /** "1 account" or "3 accounts": a text per count, as MessageFormat's choice format breaks with text arguments. */
    private String count(OpenRecords records) {
        return records.count() == 1 ? getTranslation(records.messageKey() + ".one")
                : getTranslation(records.messageKey(), records.count());
    }

    /** The admin's choice, or empty with the missing field marked. */
    private java.util.Optional<RecordHandover> handover() {
        Choice chosen = choice.getValue();
        if (chosen == null) {
            choice.setErrorMessage(getTranslation("users.team-move.choice.required"));
            choice.setInvalid(true);
            return java.util.Optional.empty();
        }
        if (chosen == Choice.MOVE_WITH_USER) {
            return java.util.Optional.of(RecordHandover.moveWithUser());
        }
        UserRef taker = colleague.getValue();
        if (taker == null) {
            colleague.setErrorMessage(getTranslation("users.team-move.colleague.required"));
            colleague.setInvalid(true);
            colleague.focus();
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(RecordHandover.giveTo(taker.id()));
    }
}

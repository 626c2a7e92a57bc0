package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.regex.Pattern;

/** The owner of a CRM record as the forms choose it, and the phone number rule they share. */
final class Owners {

    static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]{3,50}");

    private Owners() {
    }

    static void offer(ComboBox<UserRef> owner, UserService userService) {
        owner.setItems(query -> userService.findUsers(query.getFilter().orElse(null), toSpringPageRequest(query))
                .stream());
        owner.setItemLabelGenerator(UserRef::displayName);
    }

    /** The user with this id as a combo box item (the name only: the form shows nothing else). */
    static UserRef find(UserService userService, long id) {
        return new UserRef(id, "", userService.displayNames(List.of(id)).getOrDefault(id, ""));
    }
}

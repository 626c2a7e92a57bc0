package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.GridNavigation;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/** An account's contacts (those the user may read), read page by page; a row opens the contact. */
class AccountContacts extends VerticalLayout {

    static final String ACCOUNT_PARAMETER = "account";

    final Button add = new Button();
    final Grid<ContactListItem> grid = new Grid<>();
    private final ContactService contactService;
    private long accountId;

    AccountContacts(ContactService contactService, boolean mayCreate) {
        this.contactService = contactService;
        setPadding(false);
        addClassName("account-contacts");
        add.setText(getTranslation("crm.contacts.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("crm-account-new-contact");
        add.setVisible(mayCreate);
        add.addClickListener(e -> UI.getCurrent().navigate(ContactsView.class,
                ContactsView.parameters(ContactsView.NEW),
                QueryParameters.of(ACCOUNT_PARAMETER, Long.toString(accountId))));

        grid.setId("crm-account-contacts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> ActivityDialog.fullName(c.firstName(), c.lastName()))
                .setHeader(getTranslation("crm.contact.field.name")).setSortProperty("lastName", "firstName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> orEmpty(c.jobTitle())).setHeader(getTranslation("crm.contact.field.jobTitle"))
                .setSortProperty("jobTitle").setAutoWidth(true);
        grid.addColumn(c -> orEmpty(c.email())).setHeader(getTranslation("crm.contact.field.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(c -> orEmpty(c.phone())).setHeader(getTranslation("crm.contact.field.phone"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("crm.account.contacts.empty"));
        grid.setHeight("min(26rem, 60vh)");
        GridNavigation.openRowsWith(grid, row -> UI.getCurrent().navigate(ContactsView.class,
                ContactsView.parameters(Long.toString(row.id()))));
        add(add, grid);
    }

    void show(long accountId) {
        this.accountId = accountId;
        grid.setItems(q -> contactService.list(new ContactFilter(null, accountId, null, null), toSpringPageRequest(q))
                .stream());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

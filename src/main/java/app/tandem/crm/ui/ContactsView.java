package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.ListDetailView;
import app.tandem.base.ui.SearchField;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.ContactData;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Contacts (people at accounts) on the record-page kit: the list with its filters and the contact's page.
 * Record scope and edit rights are the services'.
 */
@Route("crm/contacts/:contactId?")
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF", "COMPLIANCE_OFFICER"})
class ContactsView extends ListDetailView<ContactData, ContactListItem, ContactFilter> {

    static final String CONTACT_ID = "contactId";
    static final String NEW = "new";
    private static final Screen SCREEN = new Screen(CONTACT_ID, "crm-contacts", "crm-contact-detail",
            "crm.contacts", "crm.contact.field", "nav.crm.contacts");

    private final ContactService contactService;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    final Grid<ContactListItem> grid;
    final SearchField search;
    final ComboBox<AccountRef> accountFilter = new ComboBox<>();
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ContactForm form;

    ContactsView(ContactService contactService, AccountService accountService, UserService userService,
            CurrentUser currentUser) {
        ContactForm contactForm = new ContactForm(accountService, userService);
        super(SCREEN, contactForm, new Calls<>(contactService::load, contactService::create, contactService::update,
                contactService::history, contactService::mayEdit));
        this.form = contactForm;
        this.contactService = contactService;
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.grid = list.grid;
        addClassName("contacts-view");

        search = new SearchField("crm-contacts-search", getTranslation("crm.contacts.search"), () -> { });
        list.filters.text("q", search);
        list.filterField(accountFilter, "crm-contacts-account", getTranslation("crm.contacts.filter.account"));
        accountFilter.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null,
                null), toSpringPageRequest(q)).stream().map(a -> new AccountRef(a.id(), a.name(), a.domain())));
        accountFilter.setItemLabelGenerator(AccountRef::name);
        list.filters.reference("account", accountFilter, AccountRef::id,
                id -> ContactForm.account(accountService, id));
        list.filterField(ownerFilter, "crm-contacts-owner", getTranslation("crm.contacts.filter.owner"));
        Owners.offer(ownerFilter, userService);
        list.filters.reference("owner", ownerFilter, UserRef::id, id -> Owners.find(userService, id));
        list.addToToolbar(search, accountFilter, ownerFilter);
        list.addNewButton("crm-contacts-new", getTranslation("crm.contacts.new"), currentUser.hasRole(Role.STAFF)
                || currentUser.hasRole(Role.SUPERVISOR) || currentUser.hasRole(Role.MANAGER)
                || currentUser.hasRole(Role.ADMIN), this::openNew);
        list.addExport("contacts", contactService::export);
        configureGrid();
    }

    private void configureGrid() {
        var lastNameColumn = grid.addColumn(ContactListItem::lastName)
                .setHeader(getTranslation("crm.contact.field.lastName")).setSortProperty("lastName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> orEmpty(c.firstName())).setHeader(getTranslation("crm.contact.field.firstName"))
                .setSortProperty("firstName").setAutoWidth(true);
        grid.addColumn(c -> orEmpty(c.email())).setHeader(getTranslation("crm.contact.field.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(c -> orEmpty(c.jobTitle())).setHeader(getTranslation("crm.contact.field.jobTitle"))
                .setSortProperty("jobTitle").setAutoWidth(true);
        grid.addColumn(c -> orEmpty(c.accountName())).setHeader(getTranslation("crm.contact.field.account"))
                .setSortProperty("a.name").setAutoWidth(true);
        grid.addColumn(ContactListItem::ownerName).setHeader(getTranslation("crm.contact.field.owner"))
                .setSortProperty("o.displayName").setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(lastNameColumn, SortDirection.ASCENDING)));
    }

    @Override
    protected ContactFilter filter() {
        AccountRef account = accountFilter.getValue();
        UserRef owner = ownerFilter.getValue();
        return new ContactFilter(search.getValue(), account == null ? null : account.id(),
                owner == null ? null : owner.id(), null);
    }

    @Override
    protected Stream<ContactListItem> rows(ContactFilter filter, Pageable page) {
        return contactService.list(filter, page).stream();
    }

    @Override
    protected long rowId(ContactListItem row) {
        return row.id();
    }

    static RouteParameters parameters(String contactId) {
        return new RouteParameters(CONTACT_ID, contactId);
    }

    /** A new contact; at the account of {@code ?account=42} (the account page's "New contact") if readable. */
    @Override
    public ContactData blank(QueryParameters query) {
        Long accountId = query.getSingleParameter(AccountContacts.ACCOUNT_PARAMETER)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).filter(this::readable).orElse(null);
        return new ContactData(null, 0, null, "", null, null, null, accountId, currentUser.id());
    }

    private boolean readable(long accountId) {
        try {
            accountService.load(accountId);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    @Override
    public @Nullable Long id(ContactData contact) {
        return contact.id();
    }

    @Override
    public String title(ContactData contact) {
        return ActivityDialog.fullName(contact.firstName(), contact.lastName());
    }

    /** A contact with this email exists already: offer to open it instead of creating a duplicate. */
    @Override
    protected void beforeSave(ContactData contact, Runnable create) {
        DuplicateWarning.askOrRun(contact.id() != null ? List.of() : contactService.withEmail(contact.email(), null),
                "crm-contact-duplicate-dialog", "crm-contact-duplicate-open-", "crm.contacts.duplicate", this::open,
                create);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

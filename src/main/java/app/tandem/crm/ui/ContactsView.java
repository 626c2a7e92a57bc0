package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.ExportMenu;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.SearchField;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.ContactData;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactService;
import app.tandem.crm.DuplicateMatch;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Contacts (people at accounts): a lazy, filterable grid and a detail panel whose URL ({@code /crm/contacts/42},
 * {@code /crm/contacts/new}) is the source of truth. Record scope and edit rights are the services'.
 */
@Route(value = "crm/contacts/:contactId?", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF", "COMPLIANCE_OFFICER"})
class ContactsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTACT_ID = "contactId";
    static final String NEW = "new";

    private final ContactService contactService;
    private final AccountService accountService;
    private final UserService userService;
    private final CurrentUser currentUser;
    final Grid<ContactListItem> grid = new Grid<>();
    final SearchField search;
    final ComboBox<AccountRef> accountFilter = new ComboBox<>();
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ContactForm form;
    final DetailPanel detail;

    ContactsView(ContactService contactService, AccountService accountService, UserService userService,
            CurrentUser currentUser) {
        this.contactService = contactService;
        this.accountService = accountService;
        this.userService = userService;
        this.currentUser = currentUser;
        this.form = new ContactForm(accountService, userService);
        addClassNames("master-detail", "contacts-view");

        search = new SearchField("crm-contacts-search", getTranslation("crm.contacts.search"), this::refresh);
        accountFilter.setPlaceholder(getTranslation("crm.contacts.filter.account"));
        accountFilter.setAriaLabel(getTranslation("crm.contacts.filter.account"));
        accountFilter.setId("crm-contacts-account");
        accountFilter.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null,
                null), toSpringPageRequest(q)).stream().map(a -> new AccountRef(a.id(), a.name(), a.domain())));
        accountFilter.setItemLabelGenerator(AccountRef::name);
        accountFilter.setClearButtonVisible(true);
        accountFilter.addValueChangeListener(e -> refresh());
        ownerFilter.setPlaceholder(getTranslation("crm.contacts.filter.owner"));
        ownerFilter.setAriaLabel(getTranslation("crm.contacts.filter.owner"));
        ownerFilter.setId("crm-contacts-owner");
        ownerFilter.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        ownerFilter.setItemLabelGenerator(UserRef::displayName);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("crm.contacts.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ContactsView.class, parameters(NEW))));
        add.setId("crm-contacts-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)
                || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN));
        HorizontalLayout toolbar = new HorizontalLayout(search, accountFilter, ownerFilter, add);
        toolbar.add(new ExportMenu<>("contacts", grid, this::filter, contactService::export));
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        form.addSaveListener(e -> save(e.draft()));
        form.addCloseListener(e -> showList());
        detail = new DetailPanel("crm-contact-detail", form, "crm.contact.field", this::showList);
        add(master, detail);
    }

    private void configureGrid() {
        grid.setId("crm-contacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
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
        grid.setItems(query -> contactService.list(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("crm.contacts.empty"));
        GridNavigation.openRowsWith(grid, row -> open(row.id()));
    }

    ContactFilter filter() {
        AccountRef account = accountFilter.getValue();
        UserRef owner = ownerFilter.getValue();
        return new ContactFilter(search.getValue(), account == null ? null : account.id(),
                owner == null ? null : owner.id(), null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static RouteParameters parameters(String contactId) {
        return new RouteParameters(CONTACT_ID, contactId);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ContactsView.class, parameters(Long.toString(id))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DetailRoute.dispatch(event, CONTACT_ID, () -> closeDetail(), () -> {
            TandemUser me = currentUser.require();
            ContactDraft draft = ContactDraft.newOwnedBy(new UserRef(me.id(), me.getUsername(), me.displayName()));
            draft.setAccount(accountFrom(event));
            openDetail(draft);
        }, id -> openDetail(load(id)));
    }

    /** The account of {@code ?account=42} (the account page's "New contact"), if the user may read it. */
    private @Nullable AccountRef accountFrom(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(AccountContacts.ACCOUNT_PARAMETER)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).map(id -> {
                    try {
                        AccountData account = accountService.load(id);
                        return new AccountRef(id, account.name(), account.website());
                    } catch (RecordNotFoundException e) {
                        return null;
                    }
                }).orElse(null);
    }

    private ContactDraft load(long id) {
        ContactData data = contactService.load(id);
        String ownerName = userService.displayNames(List.of(data.ownerId())).getOrDefault(data.ownerId(), "");
        AccountRef account = null;
        Long accountId = data.accountId();
        if (accountId != null) {
            try {
                AccountData loaded = accountService.load(accountId);
                account = new AccountRef(accountId, loaded.name(), loaded.website());
            } catch (RecordNotFoundException e) {
                // the account moved out of this user's scope: keep the link without showing its name
                account = new AccountRef(accountId, "#" + accountId, null);
            }
        }
        return ContactDraft.of(data, account, new UserRef(data.ownerId(), "", ownerName));
    }

    private void openDetail(ContactDraft draft) {
        form.edit(draft);
        Long id = draft.getId();
        detail.open(draft.isNew() ? getTranslation("crm.contacts.new") : draft.fullName(),
                id == null ? null : () -> contactService.history(id));
        boolean editable = id == null || contactService.mayEdit(id);
        form.setReadOnly(!editable);
        if (!editable) {
            detail.actions().add(new ReadOnlyNotice());
        }
    }

    private void save(ContactDraft draft) {
        if (draft.isNew()) {
            List<DuplicateMatch> sameEmail;
            try {
                sameEmail = contactService.withEmail(draft.getEmail(), null);
            } catch (RuntimeException e) {
                Failures.show(e);
                return;
            }
            if (!sameEmail.isEmpty()) {
                confirmDuplicate(draft, sameEmail);
                return;
            }
        }
        store(draft);
    }

    private void store(ContactDraft draft) {
        try {
            ContactData data = draft.toData();
            ContactData saved = draft.isNew() ? contactService.create(data) : contactService.update(data);
            Notices.success(getTranslation("crm.contacts.saved", draft.fullName()));
            refresh();
            open(saved.id());
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    /** A contact with this email exists already: offer to open it instead of creating a duplicate. */
    private void confirmDuplicate(ContactDraft draft, List<DuplicateMatch> sameEmail) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("crm-contact-duplicate-dialog");
        dialog.setHeader(getTranslation("crm.contacts.duplicate.title"));
        VerticalLayout matches = new VerticalLayout(new Paragraph(getTranslation("crm.contacts.duplicate.text")));
        matches.setPadding(false);
        matches.setSpacing(false);
        for (DuplicateMatch match : sameEmail) {
            matches.add(DuplicateRow.of(match, "crm-contact-duplicate-open-", () -> {
                dialog.close();
                open(match.id());
            }));
        }
        dialog.setText(matches);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("crm.contacts.duplicate.create"));
        dialog.addConfirmListener(e -> store(draft));
        dialog.open();
    }

    /** Someone else saved this contact meanwhile: keep the input, offer to reload the current state. */
    private void conflict() {
        Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"), "conflict-reload",
                this::reloadDetail);
    }

    private void reloadDetail() {
        Long id = form.draft().getId();
        if (id != null) {
            try {
                openDetail(load(id));
            } catch (RuntimeException e) {
                Failures.show(e);
            }
        }
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(ContactsView.class));
    }

    private void closeDetail() {
        detail.close();
        grid.deselectAll();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.crm.contacts") + " | " + getTranslation("app.name");
    }
}

package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.io.ExportSpool;
import app.tandem.base.io.TabularFormat;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.Contact;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.CrmListQueries;
import app.tandem.crm.domain.Scope;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Contacts (people, at an account or not): list, read, create, change; record scope per role (see CrmAccess). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ContactService {

    /** The contacts grid's columns, in its order. */
    private static final List<String> EXPORT_COLUMNS = List.of("crm.contact.field.lastName",
            "crm.contact.field.firstName", "crm.contact.field.email", "crm.contact.field.jobTitle",
            "crm.contact.field.account", "crm.contact.field.owner");

    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final CrmAccess access;
    private final CrmListQueries lists;
    private final EntityHistory entityHistory;

    private final ExportSpool spool;

    ContactService(ContactRepository contacts, AccountRepository accounts, CrmAccess access, CrmListQueries lists,
            EntityHistory entityHistory, ExportSpool spool) {
        this.spool = spool;
        this.contacts = contacts;
        this.accounts = accounts;
        this.access = access;
        this.lists = lists;
        this.entityHistory = entityHistory;
    }

    /**
     * A page of the grid. One SELECT, so it needs no transaction of its own: SUPPORTS joins a caller's transaction
     * and otherwise runs in auto-commit, saving the begin/commit round trips on the app's hottest query.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<ContactListItem> list(ContactFilter filter, Pageable pageable) {
        return lists.contacts(access.readsAll(), access.me(), AccountService.like(filter.text()), filter.accountId(),
                filter.ownerId(), filter.teamId(), Paging.withStableSort(pageable, Sort.by("lastName", "firstName"),
                        "id"));
    }

    /**
     * Writes every contact of the list with this filter and sort (all rows, not a page) that the user may read,
     * as CSV or XLSX; rows stream from the database while the file is written, so memory stays flat.
     *
     * @param text translates a message key into the user's language: the column titles
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(ContactFilter filter, Sort sort, TabularFormat format, OutputStream target, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> {
            Scope scope = access.readScope();
            try (Stream<ContactListItem> rows = contacts.export(scope.all(), scope.userId(), scope.teamId(),
                    AccountService.like(filter.text()), filter.accountId(), filter.ownerId(), filter.teamId(),
                    CrmExport.stableSort(sort, Sort.by("lastName", "firstName")))) {
                CrmExport.write(rows, EXPORT_COLUMNS, c -> Arrays.asList(c.lastName(), c.firstName(), c.email(),
                        c.jobTitle(), c.accountName(), c.ownerName()), format, out, zone, locale, text);
            }
        });
    }

    /** The contact, if the user may read it; otherwise "not found" (never the record). */
    public ContactData load(long id) {
        return toData(readable(id));
    }

    /** Whether the logged-in user may change this contact; "not found" if they may not even read it. */
    public boolean mayEdit(long id) {
        return access.mayEdit(readable(id));
    }

    /**
     * Other contacts the user may read with this email (compared lower-case): the duplicate warning.
     * Records outside the user's scope are not shown at all.
     */
    public List<DuplicateMatch> withEmail(@Nullable String email, @Nullable Long ownId) {
        String normalized = Contact.normalizeEmail(email);
        if (normalized == null) {
            return List.of();
        }
        Scope scope = access.readScope();
        return contacts.findByEmailExcept(normalized, ownId, scope.all(), scope.userId(), scope.teamId(),
                PageRequest.of(0, 10));
    }

    @Transactional
    public ContactData create(ContactData data) {
        if (!access.mayCreate()) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to create contacts");
        }
        Contact contact = new Contact(null, data.lastName().trim());
        apply(data, contact);
        return toData(contacts.saveAndFlush(contact));
    }

    @Transactional
    public ContactData update(ContactData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("A new contact is created, not updated");
        }
        Contact contact = readable(data.id());
        access.checkEdit(contact);
        if (contact.getVersion() != data.version()) {
            throw new OptimisticLockingFailureException("Contact changed since it was loaded");
        }
        apply(data, contact);
        return toData(contacts.saveAndFlush(contact));
    }

    public List<HistoryEntry> history(long id) {
        readable(id);
        return entityHistory.of(Contact.class, id, ContactService::visibleFields);
    }

    private void apply(ContactData data, Contact contact) {
        if (data.lastName().isBlank()) {
            throw new DomainException("contact.last-name.required");
        }
        String email = Contact.normalizeEmail(data.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("contact.email.invalid");
        }
        Long accountId = data.accountId();
        if (accountId != null && !accountId.equals(contact.getAccountId())) {
            Scope scope = access.readScope();
            accounts.findReadable(accountId, scope.all(), scope.userId(), scope.teamId())
                    .orElseThrow(CrmAccess::notFound);
        }
        if (contact.isNew() || contact.getOwnerId() != data.ownerId()) {
            contact.assignTo(data.ownerId(), access.checkOwner(data.ownerId()));
        }
        contact.setFirstName(AccountService.blankToNull(data.firstName()));
        contact.setLastName(data.lastName().trim());
        contact.setEmail(email);
        contact.setPhone(AccountService.blankToNull(data.phone()));
        contact.setJobTitle(AccountService.blankToNull(data.jobTitle()));
        contact.setAccountId(accountId);
    }

    private Contact readable(long id) {
        Scope scope = access.readScope();
        return contacts.findReadable(id, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
    }

    private static ContactData toData(Contact c) {
        return new ContactData(c.getId(), c.getVersion(), c.getFirstName(), c.getLastName(), c.getEmail(),
                c.getPhone(), c.getJobTitle(), c.getAccountId(), c.getOwnerId());
    }

    private static Map<String, String> visibleFields(Contact c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", nullToEmpty(c.getFirstName()));
        fields.put("lastName", c.getLastName());
        fields.put("email", nullToEmpty(c.getEmail()));
        fields.put("phone", nullToEmpty(c.getPhone()));
        fields.put("jobTitle", nullToEmpty(c.getJobTitle()));
        fields.put("account", c.getAccountId() == null ? "" : Long.toString(c.getAccountId()));
        fields.put("owner", Long.toString(c.getOwnerId()));
        return fields;
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.RecordMerged;
import app.tandem.base.io.ExportSpool;
import app.tandem.base.io.TabularFormat;
import app.tandem.crm.domain.Account;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.ActivityRepository;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.CrmListQueries;
import app.tandem.crm.domain.DealRepository;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accounts (companies): list, read, create, change, merge; record scope per role (see CrmAccess). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AccountService {

    /** The accounts grid's columns, in its order. */
    private static final List<String> EXPORT_COLUMNS = List.of("crm.account.field.name", "crm.account.field.domain",
            "crm.account.field.industry", "crm.account.field.city", "crm.account.field.status",
            "crm.account.field.owner");

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final DealRepository deals;
    private final ActivityRepository activities;
    private final CrmAccess access;
    private final CrmListQueries lists;
    private final EntityHistory entityHistory;
    private final ApplicationEventPublisher events;

    private final ExportSpool spool;

    AccountService(AccountRepository accounts, ContactRepository contacts, DealRepository deals,
            ActivityRepository activities, CrmAccess access, CrmListQueries lists, EntityHistory entityHistory,
            ApplicationEventPublisher events, ExportSpool spool) {
        this.spool = spool;
        this.events = events;
        this.accounts = accounts;
        this.contacts = contacts;
        this.deals = deals;
        this.activities = activities;
        this.access = access;
        this.lists = lists;
        this.entityHistory = entityHistory;
    }

    /**
     * A page of the grid. One SELECT, so it needs no transaction of its own: SUPPORTS joins a caller's transaction
     * and otherwise runs in auto-commit, saving the begin/commit round trips on the app's hottest query.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<AccountListItem> list(AccountFilter filter, Pageable pageable) {
        return lists.accounts(access.readsAll(), access.me(), like(filter.text()), filter.status(), filter.ownerId(),
                filter.teamId(), Paging.withStableSort(pageable, Sort.by("name"), "id"));
    }

    /**
     * Writes every account of the list with this filter and sort (all rows, not a page) that the user may read,
     * as CSV or XLSX; rows stream from the database while the file is written, so memory stays flat.
     *
     * @param text translates a message key into the user's language: column titles and status names
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(AccountFilter filter, Sort sort, TabularFormat format, OutputStream target, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> {
            Scope scope = access.readScope();
            try (Stream<AccountListItem> rows = accounts.export(scope.all(), scope.userId(), scope.teamId(),
                    like(filter.text()), filter.status(), filter.ownerId(), filter.teamId(),
                    CrmExport.stableSort(sort, Sort.by("name")))) {
                CrmExport.write(rows, EXPORT_COLUMNS, a -> Arrays.asList(a.name(), a.domain(), a.industry(), a.city(),
                        text.apply("crm.account.status." + a.status().name()), a.ownerName()),
                        format, out, zone, locale, text);
            }
        });
    }

    /** The account, if the user may read it; otherwise "not found" (never the record). */
    public AccountData load(long id) {
        return toData(readable(id));
    }

    /** Whether the logged-in user may change this account; "not found" if they may not even read it. */
    public boolean mayEdit(long id) {
        return access.mayEdit(readable(id));
    }

    /** How many of the account's contacts, deals and activities the user may read. */
    public AccountCounts counts(long id) {
        readable(id);
        Scope scope = access.readScope();
        return new AccountCounts(contacts.countOfAccount(id, scope.all(), scope.userId(), scope.teamId()),
                deals.countOfAccount(id, scope.all(), scope.userId(), scope.teamId()),
                activities.countInScope(id, null, scope.all(), scope.userId(), scope.teamId()));
    }

    /**
     * Existing accounts the user may read whose domain equals or whose name starts like the given ones
     * (at most 5): the duplicate warning. Records outside the user's scope are not shown at all.
     */
    public List<DuplicateMatch> findSimilar(@Nullable Long ownId, String name, @Nullable String website) {
        String trimmed = name.trim();
        if (trimmed.length() < 3) {
            return List.of();
        }
        String prefix = escape(trimmed.substring(0, Math.min(trimmed.length(), 12)).toLowerCase(Locale.ROOT)) + "%";
        Scope scope = access.readScope();
        return accounts.findSimilar(ownId, Account.normalizeDomain(website), prefix, scope.all(), scope.userId(),
                scope.teamId(), PageRequest.of(0, 5));
    }

    @Transactional
    public AccountData create(AccountData data) {
        if (!access.mayCreate()) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to create accounts");
        }
        Account account = new Account(data.name().trim());
        apply(data, account);
        Account saved = accounts.saveAndFlush(account);
        announceOwner(saved);
        return toData(saved);
    }

    @Transactional
    public AccountData update(AccountData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("A new account is created, not updated");
        }
        Account account = readable(data.id());
        access.checkEdit(account);
        if (account.getVersion() != data.version()) {
            throw new OptimisticLockingFailureException("Account changed since it was loaded");
        }
        account.setName(data.name().trim());
        boolean reassigned = account.getOwnerId() != data.ownerId();
        apply(data, account);
        Account saved = accounts.saveAndFlush(account);
        if (reassigned) {
            announceOwner(saved);
        }
        return toData(saved);
    }

    /**
     * Moves contacts, deals and activities of {@code mergedId} to {@code survivorId} one entity at a time (so
     * their history shows the move and their versions count up), re-points records of other features raised from
     * it (a {@link RecordMerged} event) and deletes it. The versions are those the user saw: if either account
     * changed since, nothing happens and the caller gets an optimistic-locking failure.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'SUPERVISOR')")
    @Transactional
    public AccountData merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion) {
        if (survivorId == mergedId) {
            throw new DomainException("account.merge.same");
        }
        Account survivor = readable(survivorId);
        Account merged = readable(mergedId);
        access.checkEdit(survivor);
        access.checkEdit(merged);
        if (survivor.getVersion() != survivorVersion || merged.getVersion() != mergedVersion) {
            throw new OptimisticLockingFailureException("Account changed since the merge was opened");
        }
        contacts.findByAccountId(mergedId).forEach(c -> c.setAccountId(survivorId));
        deals.findByAccountId(mergedId).forEach(d -> d.setAccountId(survivorId));
        activities.findByAccountId(mergedId).forEach(a -> a.setAccountId(survivorId));
        String note = "Merged with " + merged.getName() + " (#" + mergedId + ")";
        survivor.setNotes(survivor.getNotes() == null ? note : survivor.getNotes() + "\n" + note);
        events.publishEvent(new RecordMerged(CrmSearch.ACCOUNT, mergedId, survivorId, survivor.getName()));
        accounts.delete(merged);
        return toData(accounts.saveAndFlush(survivor));
    }

    public List<HistoryEntry> history(long id) {
        readable(id);
        return entityHistory.of(Account.class, id, AccountService::visibleFields);
    }

    private void apply(AccountData data, Account account) {
        if (data.name().isBlank()) {
            throw new DomainException("account.name.required");
        }
        if (account.isNew() || account.getOwnerId() != data.ownerId()) {
            account.assignTo(data.ownerId(), access.checkOwner(data.ownerId()));
        }
        account.setDomain(data.website());
        account.setIndustry(blankToNull(data.industry()));
        account.setPhone(blankToNull(data.phone()));
        account.setStreet(blankToNull(data.street()));
        account.setPostalCode(blankToNull(data.postalCode()));
        account.setCity(blankToNull(data.city()));
        account.setCountry(blankToNull(data.country()));
        account.setStatus(data.status());
        account.setNotes(blankToNull(data.notes()));
    }

    private void announceOwner(Account account) {
        if (account.getOwnerId() != access.me()) {
            events.publishEvent(new CrmRecordAssigned("ACCOUNT", account.getId(), account.getName(),
                    account.getOwnerId(), access.me()));
        }
    }

    private Account readable(long id) {
        Scope scope = access.readScope();
        return accounts.findReadable(id, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
    }

    private static AccountData toData(Account a) {
        return new AccountData(a.getId(), a.getVersion(), a.getName(), a.getDomain(), a.getIndustry(), a.getPhone(),
                a.getStreet(), a.getPostalCode(), a.getCity(), a.getCountry(), a.getStatus(), a.getNotes(),
                a.getOwnerId());
    }

    private static Map<String, String> visibleFields(Account a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", a.getName());
        fields.put("domain", nullToEmpty(a.getDomain()));
        fields.put("industry", nullToEmpty(a.getIndustry()));
        fields.put("phone", nullToEmpty(a.getPhone()));
        fields.put("address", String.join(" ", nullToEmpty(a.getStreet()), nullToEmpty(a.getPostalCode()),
                nullToEmpty(a.getCity()), nullToEmpty(a.getCountry())).trim());
        fields.put("status", a.getStatus().name());
        fields.put("owner", Long.toString(a.getOwnerId()));
        fields.put("notes", nullToEmpty(a.getNotes()));
        return fields;
    }

    static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null : "%" + escape(text.trim()) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

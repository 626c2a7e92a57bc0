package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.ImportField;
import app.tandem.base.io.TabularRow;
import app.tandem.crm.domain.Account;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.Contact;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.RecordKey;
import app.tandem.crm.domain.Scope;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Imports contacts. A row updates the contact with the same email (case-insensitive), otherwise it creates one; a
 * row without an email always creates one. The account column names an account the user can read, by its domain or
 * its name. Empty cells keep an existing contact's values.
 */
final class ContactImport extends TargetImport<ContactImport.ContactRow> {

    /** The contact service's rule for an email address. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static final List<ImportField> FIELDS = List.of(
            new ImportField("firstName", "crm.contact.field.firstName", false, List.of("First name", "Given name",
                    "Forename", "First", "Vorname")),
            new ImportField("lastName", "crm.contact.field.lastName", true, List.of("Last name", "Surname",
                    "Family name", "Last", "Name", "Nachname", "Familienname")),
            new ImportField("email", "crm.contact.field.email", false, List.of("E-Mail", "Email address",
                    "E-Mail address", "Mail", "E-Mail-Adresse", "Mailadresse")),
            new ImportField("phone", "crm.contact.field.phone", false, List.of("Telephone", "Phone number",
                    "Mobile", "Mobile phone", "Tel", "Telefon", "Telefonnummer", "Mobil", "Handy")),
            new ImportField("jobTitle", "crm.contact.field.jobTitle", false, List.of("Title", "Job", "Position",
                    "Role", "Funktion", "Titel", "Berufsbezeichnung", "Stelle")),
            new ImportField("account", "crm.contact.field.account", false, List.of("Company", "Company name",
                    "Account name", "Organisation", "Organization", "Firma", "Firmenname", "Unternehmen", "Website",
                    "Domain", "Arbeitgeber")),
            new ImportField("owner", "crm.contact.field.owner", false, List.of("Contact owner", "Owner username",
                    "Username", "Sales rep", "Verantwortlich", "Verantwortliche", "Betreuer", "Benutzername")));

    record ContactRow(TabularRow row, int position, @Nullable String firstName, @Nullable String lastName,
            @Nullable String email, @Nullable String phone, @Nullable String jobTitle, @Nullable String account,
            @Nullable String owner) implements TargetImport.Row {
    }

    /** Which readable account an account cell names: the id, or the message key of why none. */
    private record AccountLink(long id, @Nullable String problem, int count) {
    }

    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final Scope scope;
    private final Validator validator;
    private final Map<String, Integer> rowOfEmail = new HashMap<>();
    private final Map<Long, Integer> rowOfMatch = new HashMap<>();

    ContactImport(ImportRun run, ContactRepository contacts, AccountRepository accounts, Scope scope,
            Validator validator, EntityManager entityManager, Consumer<ImportProgress> progress) {
        super(run, entityManager, progress);
        this.contacts = contacts;
        this.accounts = accounts;
        this.scope = scope;
        this.validator = validator;
    }

    @Override
    protected ContactRow parse(TabularRow row, int position) {
        String firstName = run.text(row, "firstName", 100);
        String lastName = run.text(row, "lastName", 100);
        if (lastName == null && run.value(row, "lastName") == null) {
            run.error(row, "lastName", "contact.last-name.required");
        }
        String email = Contact.normalizeEmail(run.value(row, "email"));
        if (email != null) {
            if (email.length() > 200) {
                run.error(row, "email", "crm.import.too-long", 200);
                email = null;
            } else if (!EMAIL.matcher(email).matches()
                    || !validator.validateValue(Contact.class, "email", email).isEmpty()) {
                run.error(row, "email", "contact.email.invalid");
                email = null;
            }
        }
        String phone = run.value(row, "phone");
        if (phone != null && !AccountImport.PHONE.matcher(phone).matches()) {
            run.error(row, "phone", "crm.contact.phone.invalid");
            phone = null;
        }
        String jobTitle = run.text(row, "jobTitle", 100);
        String account = run.text(row, "account", 200);
        String owner = run.value(row, "owner");
        return new ContactRow(row, position, firstName, lastName, email, phone, jobTitle, account,
                owner == null ? null : comparable(owner));
    }

    @Override
    protected void check(List<ContactRow> chunk) {
        List<String> emails = chunk.stream().map(ContactRow::email).filter(Objects::nonNull).distinct().toList();
        Map<String, List<RecordKey>> byEmail = emails.isEmpty() ? Map.of()
                : contacts.findKeysByEmailIn(emails).stream().collect(Collectors.groupingBy(RecordKey::key));
        Map<String, AccountLink> links = accountLinks(chunk.stream().map(ContactRow::account)
                .filter(Objects::nonNull).distinct().toList());
        run.lookUpUsers(chunk.stream().map(ContactRow::owner).filter(Objects::nonNull).toList());

        for (ContactRow row : chunk) {
            RecordKey match = match(row, byEmail);
            run.checkOwner(row.row(), row.owner(), match == null ? null : match.ownerId());
            long accountId = 0;
            if (row.account() != null) {
                AccountLink link = Objects.requireNonNull(links.get(comparable(row.account())));
                if (link.problem() != null) {
                    run.error(row.row(), "account", link.problem(), row.account(), link.count());
                } else {
                    accountId = link.id();
                }
            }
            run.decide(row.position(), match == null ? 0 : match.id(), accountId);
        }
    }

    private @Nullable RecordKey match(ContactRow row, Map<String, List<RecordKey>> byEmail) {
        String email = row.email();
        if (email == null) {
            return null;
        }
        Integer earlierRow = rowOfEmail.putIfAbsent(email, row.row().rowNumber());
        if (earlierRow != null) {
            run.error(row.row(), "email", "crm.import.duplicate.key", email,
                    Integer.toString(earlierRow));
            return null;
        }
        List<RecordKey> candidates = byEmail.getOrDefault(email, List.of());
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1) {
            run.error(row.row(), "email", "crm.import.ambiguous", email, candidates.size());
            return null;
        }
        RecordKey match = candidates.getFirst();
        if (!run.mayEdit(match.ownerId(), match.teamId())) {
            run.error(row.row(), "email", "crm.import.not-editable", email);
            return null;
        }
        Integer rowOfSameMatch = rowOfMatch.putIfAbsent(match.id(), row.row().rowNumber());
        if (rowOfSameMatch != null) {
            run.error(row.row(), "email", "crm.import.duplicate.record",
                    Integer.toString(rowOfSameMatch));
            return null;
        }
        return match;
    }

    /**
     * The accounts the cells name, keyed by the cell compared lower case: among the accounts the user can read,
     * the one with that domain, else the one with that name.
     */
    private Map<String, AccountLink> accountLinks(List<String> cells) {
        if (cells.isEmpty()) {
            return Map.of();
        }
        List<String> domains = cells.stream().map(Account::normalizeDomain).filter(Objects::nonNull).distinct()
                .toList();
        Map<String, List<RecordKey>> byDomain = accounts.findReadableKeysByDomainIn(domains, scope.all(),
                scope.userId(), scope.teamId()).stream().collect(Collectors.groupingBy(RecordKey::key));
        Map<String, List<RecordKey>> byName = accounts.findReadableKeysByNameIn(cells, scope.all(), scope.userId(),
                scope.teamId()).stream().collect(Collectors.groupingBy(a -> comparable(a.key())));
        Map<String, AccountLink> links = new HashMap<>();
        for (String cell : cells) {
            List<RecordKey> candidates = byDomain.getOrDefault(Account.normalizeDomain(cell), List.of());
            if (candidates.isEmpty()) {
                candidates = byName.getOrDefault(comparable(cell), List.of());
            }
            AccountLink link = switch (candidates.size()) {
                case 0 -> new AccountLink(0, "crm.import.account.unknown", 0);
                case 1 -> new AccountLink(candidates.getFirst().id(), null, 1);
                default -> new AccountLink(0, "crm.import.account.ambiguous", candidates.size());
            };
            links.put(comparable(cell), link);
        }
        return links;
    }

    @Override
    protected void write(List<ContactRow> chunk) {
        List<Long> ids = new ArrayList<>();
        for (ContactRow row : chunk) {
            long id = run.match(row.position());
            if (id != 0) {
                ids.add(id);
            }
        }
        Map<Long, Contact> existing = new HashMap<>();
        if (!ids.isEmpty()) {
            contacts.findAllById(ids).forEach(c -> existing.put(c.getId(), c));
        }
        for (ContactRow row : chunk) {
            long id = run.match(row.position());
            Contact contact;
            if (id == 0) {
                contact = new Contact(null, Objects.requireNonNull(row.lastName()));
                long owner = run.ownerId(row.owner());
                contact.assignTo(owner, run.teamOf(owner));
            } else {
                contact = existing.get(id);
                if (contact == null) {
                    throw new DomainException("crm.import.changed-meanwhile");
                }
                if (!run.mayEdit(contact.getOwnerId(), contact.getTeamId())) {
                    throw new AccessDeniedException("Not allowed to change contact " + id);
                }
                contact.setLastName(Objects.requireNonNull(row.lastName()));
                if (row.owner() != null && run.ownerId(row.owner()) != contact.getOwnerId()) {
                    long owner = run.ownerId(row.owner());
                    contact.assignTo(owner, run.teamOf(owner));
                }
            }
            apply(row, run.link(row.position()), contact);
            if (id == 0) {
                entityManager.persist(contact);
                run.created();
            } else {
                run.updated();
            }
        }
    }

    /** The row's non-empty values; empty cells keep what the contact has. */
    private static void apply(ContactRow row, long accountId, Contact contact) {
        if (row.firstName() != null) {
            contact.setFirstName(row.firstName());
        }
        if (row.email() != null) {
            contact.setEmail(row.email());
        }
        if (row.phone() != null) {
            contact.setPhone(row.phone());
        }
        if (row.jobTitle() != null) {
            contact.setJobTitle(row.jobTitle());
        }
        if (accountId != 0) {
            contact.setAccountId(accountId);
        }
    }
}

package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.ImportField;
import app.tandem.base.io.TabularRow;
import app.tandem.crm.domain.Account;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.RecordKey;
import jakarta.persistence.EntityManager;
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
 * Imports accounts. A row updates the account with the same domain (normalised, as the account form keeps it), or
 * when the row has no domain the account with the same name (case-insensitive); otherwise it creates one. Empty
 * cells keep an existing account's values.
 */
final class AccountImport extends TargetImport<AccountImport.AccountRow> {

    /** The account form's rules for a web address and a phone number. */
    static final Pattern WEBSITE = Pattern.compile("(?i)(https?://)?[\\p{L}0-9.-]+\\.\\p{L}{2,}(/\\S*)?");
    static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]{3,50}");

    static final List<ImportField> FIELDS = List.of(
            new ImportField("name", "crm.account.field.name", true, List.of("Company", "Company name", "Account",
                    "Account name", "Organisation", "Organization", "Firma", "Firmenname", "Unternehmen", "Kunde")),
            new ImportField("website", "crm.account.field.website", false, List.of("Domain", "Web", "URL",
                    "Web address", "Homepage", "Webseite", "Internetadresse", "Internet")),
            new ImportField("industry", "crm.account.field.industry", false, List.of("Sector", "Branche")),
            new ImportField("phone", "crm.account.field.phone", false, List.of("Telephone", "Phone number", "Tel",
                    "Telefon", "Telefonnummer")),
            new ImportField("street", "crm.account.field.street", false, List.of("Address", "Street address",
                    "Address line 1", "Straße", "Strasse", "Adresse", "Anschrift")),
            new ImportField("postalCode", "crm.account.field.postalCode", false, List.of("Postcode", "Post code",
                    "ZIP", "ZIP code", "PLZ", "Postleitzahl")),
            new ImportField("city", "crm.account.field.city", false, List.of("Town", "Stadt", "Ort")),
            new ImportField("country", "crm.account.field.country", false, List.of("Land", "Staat")),
            new ImportField("status", "crm.account.field.status", false, List.of("Account status",
                    "Kundenstatus")),
            new ImportField("owner", "crm.account.field.owner", false, List.of("Account owner", "Owner username",
                    "Username", "Sales rep", "Verantwortlich", "Verantwortliche", "Betreuer", "Benutzername")),
            new ImportField("notes", "crm.account.field.notes", false, List.of("Note", "Comment", "Comments",
                    "Description", "Notiz", "Notizen", "Bemerkung", "Bemerkungen", "Beschreibung")));

    record AccountRow(TabularRow row, int position, @Nullable String name, @Nullable String domain,
            @Nullable String industry, @Nullable String phone, @Nullable String street, @Nullable String postalCode,
            @Nullable String city, @Nullable String country, @Nullable AccountStatus status, @Nullable String owner,
            @Nullable String notes) implements TargetImport.Row {

        /** The natural key: "d:" and the domain, or "n:" and the name without a domain; null without either. */
        @Nullable String key() {
            if (domain != null) {
                return "d:" + domain;
            }
            return name == null ? null : "n:" + comparable(name);
        }

        String keyField() {
            return domain != null ? "website" : "name";
        }

        String keyValue() {
            return domain != null ? domain : Objects.requireNonNullElse(name, "");
        }
    }

    private final AccountRepository accounts;
    private final Map<String, AccountStatus> statusByText;
    private final Map<String, Integer> rowOfKey = new HashMap<>();
    private final Map<Long, Integer> rowOfMatch = new HashMap<>();

    /**
     * @param statusByText a status by its name or label, lower case ("customer", "kunde", ...)
     */
    AccountImport(ImportRun run, AccountRepository accounts, Map<String, AccountStatus> statusByText,
            EntityManager entityManager, Consumer<ImportProgress> progress) {
        super(run, entityManager, progress);
        this.accounts = accounts;
        this.statusByText = statusByText;
    }

    @Override
    protected AccountRow parse(TabularRow row, int position) {
        String name = run.text(row, "name", 200);
        if (name == null && run.value(row, "name") == null) {
            run.error(row, "name", "account.name.required");
        }
        String domain = null;
        String website = run.value(row, "website");
        if (website != null) {
            if (!WEBSITE.matcher(website).matches()) {
                run.error(row, "website", "crm.account.website.invalid");
            } else if (website.length() > 200) {
                run.error(row, "website", "crm.import.too-long", 200);
            } else {
                domain = Account.normalizeDomain(website);
            }
        }
        String industry = run.text(row, "industry", 100);
        String phone = run.value(row, "phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            run.error(row, "phone", "crm.account.phone.invalid");
            phone = null;
        }
        String street = run.text(row, "street", 200);
        String postalCode = run.text(row, "postalCode", 20);
        String city = run.text(row, "city", 100);
        String country = run.text(row, "country", 100);
        AccountStatus status = null;
        String statusText = run.value(row, "status");
        if (statusText != null) {
            status = statusByText.get(comparable(statusText));
            if (status == null) {
                run.error(row, "status", "crm.import.status.invalid", statusText);
            }
        }
        String owner = run.value(row, "owner");
        String notes = run.text(row, "notes", 10_000);
        return new AccountRow(row, position, name, domain, industry, phone, street, postalCode, city, country,
                status, owner == null ? null : comparable(owner), notes);
    }

    @Override
    protected void check(List<AccountRow> chunk) {
        List<String> domains = chunk.stream().map(AccountRow::domain).filter(Objects::nonNull).distinct().toList();
        List<String> names = chunk.stream().filter(r -> r.domain() == null).map(AccountRow::name)
                .filter(Objects::nonNull).distinct().toList();
        Map<String, List<RecordKey>> byDomain = domains.isEmpty() ? Map.of()
                : accounts.findKeysByDomainIn(domains).stream().collect(Collectors.groupingBy(RecordKey::key));
        Map<String, List<RecordKey>> byName = names.isEmpty() ? Map.of()
                : accounts.findKeysByNameIn(names).stream().collect(Collectors.groupingBy(a -> comparable(a.key())));
        run.lookUpUsers(chunk.stream().map(AccountRow::owner).filter(Objects::nonNull).toList());

        for (AccountRow row : chunk) {
            RecordKey match = match(row, byDomain, byName);
            run.checkOwner(row.row(), row.owner(), match == null ? null : match.ownerId());
            run.decide(row.position(), match == null ? 0 : match.id(), 0);
        }
    }

    /** The existing account the row updates, or null for a new one; reports duplicates and forbidden matches. */
    private @Nullable RecordKey match(AccountRow row, Map<String, List<RecordKey>> byDomain,
            Map<String, List<RecordKey>> byName) {
        String key = row.key();
        if (key == null) {
            return null;
        }
        Integer earlierRow = rowOfKey.putIfAbsent(key, row.row().rowNumber());
        if (earlierRow != null) {
            run.error(row.row(), row.keyField(), "crm.import.duplicate.key", row.keyValue(),
                    Integer.toString(earlierRow));
            return null;
        }
        List<RecordKey> candidates = row.domain() != null
                ? byDomain.getOrDefault(row.domain(), List.of())
                : byName.getOrDefault(comparable(Objects.requireNonNull(row.name())), List.of());
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1) {
            run.error(row.row(), row.keyField(), "crm.import.ambiguous", row.keyValue(), candidates.size());
            return null;
        }
        RecordKey match = candidates.getFirst();
        if (!run.mayEdit(match.ownerId(), match.teamId())) {
            run.error(row.row(), row.keyField(), "crm.import.not-editable", row.keyValue());
            return null;
        }
        Integer rowOfSameMatch = rowOfMatch.putIfAbsent(match.id(), row.row().rowNumber());
        if (rowOfSameMatch != null) {
            run.error(row.row(), row.keyField(), "crm.import.duplicate.record",
                    Integer.toString(rowOfSameMatch));
            return null;
        }
        return match;
    }

    @Override
    protected void write(List<AccountRow> chunk) {
        List<Long> ids = new ArrayList<>();
        for (AccountRow row : chunk) {
            long id = run.match(row.position());
            if (id != 0) {
                ids.add(id);
            }
        }
        Map<Long, Account> existing = new HashMap<>();
        if (!ids.isEmpty()) {
            accounts.findAllById(ids).forEach(a -> existing.put(a.getId(), a));
        }
        for (AccountRow row : chunk) {
            long id = run.match(row.position());
            if (id == 0) {
                Account account = new Account(Objects.requireNonNull(row.name()));
                long owner = run.ownerId(row.owner());
                account.assignTo(owner, run.teamOf(owner));
                account.setStatus(AccountStatus.PROSPECT);
                apply(row, account);
                entityManager.persist(account);
                run.created();
            } else {
                Account account = existing.get(id);
                if (account == null) {
                    throw new DomainException("crm.import.changed-meanwhile");
                }
                if (!run.mayEdit(account.getOwnerId(), account.getTeamId())) {
                    throw new AccessDeniedException("Not allowed to change account " + id);
                }
                account.setName(Objects.requireNonNull(row.name()));
                if (row.owner() != null && run.ownerId(row.owner()) != account.getOwnerId()) {
                    long owner = run.ownerId(row.owner());
                    account.assignTo(owner, run.teamOf(owner));
                }
                apply(row, account);
                run.updated();
            }
        }
    }

    /** The row's non-empty values; empty cells keep what the account has. */
    private static void apply(AccountRow row, Account account) {
        if (row.domain() != null) {
            account.setDomain(row.domain());
        }
        if (row.industry() != null) {
            account.setIndustry(row.industry());
        }
        if (row.phone() != null) {
            account.setPhone(row.phone());
        }
        if (row.street() != null) {
            account.setStreet(row.street());
        }
        if (row.postalCode() != null) {
            account.setPostalCode(row.postalCode());
        }
        if (row.city() != null) {
            account.setCity(row.city());
        }
        if (row.country() != null) {
            account.setCountry(row.country());
        }
        if (row.status() != null) {
            account.setStatus(row.status());
        }
        if (row.notes() != null) {
            account.setNotes(row.notes());
        }
    }
}

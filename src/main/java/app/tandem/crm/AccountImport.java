package app.tandem.crm;

import app.tandem.base.io.ImportField;
import app.tandem.base.io.TabularRow;
import app.tandem.crm.domain.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.jspecify.annotations.Nullable;

/**
 * Imports accounts. A row updates the account with the same domain (normalised, as the account form keeps it), or
 * when the row has no domain the account with the same name (case-insensitive); otherwise it creates one. Empty
 * cells keep an existing account's values.
 */
final class AccountImport extends TargetImport {

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

    private final Map<String, AccountStatus> statusByText;

    /**
     * @param statusByText a status by its name or label, lower case ("customer", "kunde", ...)
     */
    AccountImport(ImportRun run, ImportStaging staging, JdbcTemplate jdbc, long importId,
            Map<String, AccountStatus> statusByText, Consumer<ImportProgress> progress) {
        super(run, staging, jdbc, importId, progress);
        this.statusByText = statusByText;
    }

    @Override
    protected String staging() {
        return "crm_import_account";
    }

    @Override
    protected String table() {
        return "account";
    }

    @Override
    protected String stagedColumns() {
        return "match_key, name, domain, industry, phone, street, postal_code, city, country, status, owner, notes";
    }

    @Override
    protected @Nullable Object[] parse(TabularRow row) {
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
        String owner = run.owner(row);
        String notes = run.text(row, "notes", 10_000);
        // the natural key: the domain, or the name without a domain
        String key = domain != null ? "d:" + domain : name == null ? null : "n:" + comparable(name);
        return new Object[] {key, name, domain, industry, phone, street, postalCode, city, country,
                status == null ? null : status.name(), owner, notes};
    }

    @Override
    protected String keyField() {
        return "IF(s.domain IS NULL, 'name', 'website')";
    }

    @Override
    protected String keyValue() {
        return "COALESCE(s.domain, s.name)";
    }

    @Override
    protected List<MatchJoin> matchJoins() {
        // the collation finds candidates by index; byte-wise comparison keeps what the key compares
        return List.of(
                new MatchJoin("s.domain IS NOT NULL", "t.domain = s.domain AND BINARY t.domain = BINARY s.domain"),
                new MatchJoin("s.domain IS NULL AND s.name IS NOT NULL",
                        "t.name = s.name AND BINARY LOWER(t.name) = BINARY LOWER(s.name)"));
    }

    @Override
    protected List<String> updates() {
        List<String> updates = new ArrayList<>(List.of("t.name = s.name"));
        for (String column : List.of("domain", "industry", "phone", "street", "postal_code", "city", "country",
                "status", "notes")) {
            updates.add("t." + column + " = COALESCE(s." + column + ", t." + column + ")");
        }
        return updates;
    }

    @Override
    protected List<String[]> inserts() {
        List<String[]> inserts = new ArrayList<>();
        for (String column : List.of("name", "domain", "industry", "phone", "street", "postal_code", "city",
                "country", "notes")) {
            inserts.add(new String[] {column, "s." + column});
        }
        inserts.add(new String[] {"status", "COALESCE(s.status, '" + AccountStatus.PROSPECT.name() + "')"});
        return inserts;
    }

    @Override
    protected String auditedColumns() {
        return "name, domain, industry, phone, street, postal_code, city, country, status, notes";
    }
}

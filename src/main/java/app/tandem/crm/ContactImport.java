package app.tandem.crm;

import app.tandem.base.io.ImportField;
import app.tandem.base.io.TabularRow;
import app.tandem.crm.domain.Account;
import app.tandem.crm.domain.Contact;
import app.tandem.crm.domain.Scope;
import jakarta.validation.Validator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.jspecify.annotations.Nullable;

/**
 * Imports contacts. A row updates the contact with the same email (case-insensitive), otherwise it creates one; a
 * row without an email always creates one. The account column names an account the user can read, by its domain or
 * its name. Empty cells keep an existing contact's values.
 */
final class ContactImport extends TargetImport {

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

    private final Scope scope;
    private final Validator validator;

    ContactImport(ImportRun run, ImportStaging staging, JdbcTemplate jdbc, long importId, Scope scope,
            Validator validator, Consumer<ImportProgress> progress) {
        super(run, staging, jdbc, importId, progress);
        this.scope = scope;
        this.validator = validator;
    }

    @Override
    protected String staging() {
        return "crm_import_contact";
    }

    @Override
    protected String table() {
        return "contact";
    }

    @Override
    protected String stagedColumns() {
        return "match_key, first_name, last_name, email, phone, job_title, account, account_key, account_domain, owner";
    }

    @Override
    protected @Nullable Object[] parse(TabularRow row) {
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
        String accountDomain = account == null ? null : Account.normalizeDomain(account);
        if (accountDomain != null && accountDomain.length() > 255) {
            accountDomain = null;
        }
        String owner = run.owner(row);
        return new Object[] {email, firstName, lastName, email, phone, jobTitle, account,
                account == null ? null : comparable(account), accountDomain, owner};
    }

    @Override
    protected String keyField() {
        return "'email'";
    }

    @Override
    protected String keyValue() {
        return "s.email";
    }

    @Override
    protected List<MatchJoin> matchJoins() {
        return List.of(new MatchJoin("s.email IS NOT NULL",
                "t.email = s.email AND BINARY t.email = BINARY s.email"));
    }

    /**
     * 6: the account a row names must be one the user can read: the one with that domain, else the one with that
     * name; none or several are errors.
     */
    @Override
    protected void checkMore() {
        String readable = " AND (? OR a.team_id <=> ? OR a.owner_id = ?)";
        String link = "UPDATE crm_import_contact u JOIN (SELECT s.row_no, COUNT(*) n, MIN(a.id) id"
                + " FROM crm_import_contact s JOIN account a ON %s WHERE s.import_id = ? AND %s" + readable
                + " GROUP BY s.row_no) m ON m.row_no = u.row_no SET u.link_count = m.n, u.link_id = m.id"
                + " WHERE u.import_id = ?";
        jdbc.update(link.formatted("a.domain = s.account_domain AND BINARY a.domain = BINARY s.account_domain",
                "s.account_domain IS NOT NULL"), importId, scope.all(), scope.teamId(), scope.userId(), importId);
        jdbc.update(link.formatted("a.name = s.account AND BINARY LOWER(a.name) = BINARY s.account_key",
                "s.account IS NOT NULL AND s.link_count IS NULL"), importId, scope.all(), scope.teamId(),
                scope.userId(), importId);
        String err = "INSERT INTO crm_import_error (import_id, row_no, step, field, message_key, arg1, arg2)"
                + " SELECT s.import_id, s.row_no, 6, 'account', ?, s.account, COALESCE(s.link_count, 0)"
                + " FROM crm_import_contact s WHERE s.import_id = ? AND s.account IS NOT NULL AND ";
        jdbc.update(err + "s.link_count IS NULL", "crm.import.account.unknown", importId);
        jdbc.update(err + "s.link_count > 1", "crm.import.account.ambiguous", importId);
    }

    @Override
    protected List<String> updates() {
        return List.of("t.first_name = COALESCE(s.first_name, t.first_name)", "t.last_name = s.last_name",
                "t.email = COALESCE(s.email, t.email)", "t.phone = COALESCE(s.phone, t.phone)",
                "t.job_title = COALESCE(s.job_title, t.job_title)",
                "t.account_id = COALESCE(IF(s.link_count = 1, s.link_id, NULL), t.account_id)");
    }

    @Override
    protected List<String[]> inserts() {
        return List.of(new String[] {"first_name", "s.first_name"}, new String[] {"last_name", "s.last_name"},
                new String[] {"email", "s.email"}, new String[] {"phone", "s.phone"},
                new String[] {"job_title", "s.job_title"},
                new String[] {"account_id", "IF(s.link_count = 1, s.link_id, NULL)"});
    }

    @Override
    protected String auditedColumns() {
        return "first_name, last_name, email, phone, job_title, account_id";
    }
}

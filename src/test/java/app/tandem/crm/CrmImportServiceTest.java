package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.DomainException;
import app.tandem.base.HistoryEntry;
import app.tandem.base.io.ColumnMapping;
import app.tandem.base.io.ImportError;
import app.tandem.base.io.ImportReport;
import app.tandem.base.io.TabularPreview;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class CrmImportServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    ContactService contactService;
    @Autowired
    CrmImportService importService;

    @TempDir
    Path dir;

    Person anna;
    Person ben;
    Person carl;
    Person sue;
    Person olga;
    Person otto;

    @BeforeEach
    void twoSalesTeams() {
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            sue = person("sue", Role.SUPERVISOR, Role.STAFF);
            olga = person("olga", Role.COMPLIANCE_OFFICER);
            otto = person("otto", Role.COMPLIANCE_OFFICER, Role.STAFF);
            team("East", sue, anna, ben, sue);
            team("West", null, carl);
            return null;
        });
    }

    @Test
    void accounts_are_created_from_a_csv_file_with_the_suggested_mapping() throws IOException {
        Path file = csv("accounts.csv",
                "Company;Website;Branche;PLZ;Ort;Status;Owner;Bemerkungen",
                "Acme GmbH;https://www.Acme.com/about;Tools;10115;Berlin;Kunde;;Long-standing",
                "Beta AG;;;;Hamburg;former customer;ben;");
        TabularPreview preview = as(anna, () -> importService.preview(file, "accounts.csv", Locale.GERMAN));
        Map<String, Integer> mapping = ColumnMapping.suggest(
                as(anna, () -> importService.fields(ImportTarget.ACCOUNTS)), preview.headers());
        assertThat(mapping).containsExactly(Map.entry("name", 0), Map.entry("website", 1), Map.entry("industry", 2),
                Map.entry("postalCode", 3), Map.entry("city", 4), Map.entry("status", 5), Map.entry("owner", 6),
                Map.entry("notes", 7));
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport report = as(sue, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                mapping, Locale.ENGLISH, progress::add));

        assertThat(report).isEqualTo(new ImportReport(2, 2, 0, List.of()));
        AccountData acme = account("Acme GmbH");
        assertThat(acme.website()).isEqualTo("acme.com");
        assertThat(acme.industry()).isEqualTo("Tools");
        assertThat(acme.postalCode()).isEqualTo("10115");
        assertThat(acme.city()).isEqualTo("Berlin");
        assertThat(acme.status()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(acme.notes()).isEqualTo("Long-standing");
        assertThat(acme.ownerId()).as("no owner given: the importing user").isEqualTo(sue.id());
        AccountData beta = account("Beta AG");
        assertThat(beta.status()).isEqualTo(AccountStatus.FORMER);
        assertThat(beta.ownerId()).as("a supervisor may give records to the team").isEqualTo(ben.id());
        assertThat(progress).containsExactly(new ImportProgress(ImportProgress.Stage.CHECKING, 2, -1),
                new ImportProgress(ImportProgress.Stage.WRITING, 2, 2));
        assertThat(as(anna, () -> accountService.history(acme.id()))).extracting(HistoryEntry::kind)
                .as("Envers keeps the history of imported records").contains(HistoryEntry.Kind.CREATED);
    }

    @Test
    void contacts_are_created_from_an_xlsx_workbook_and_linked_to_accounts_by_domain_or_name() throws IOException {
        long acme = as(anna, () -> accountService.create(account("Acme", "acme.com", anna))).id();
        long beta = as(ben, () -> accountService.create(account("Beta", null, ben))).id();
        Path file = xlsx("contacts.xlsx",
                List.of("Vorname", "Nachname", "E-Mail", "Telefon", "Position", "Firma"),
                List.of("Ada", "Lovelace", "Ada@Acme.COM", "+49 30 1234", "CTO", "www.acme.com"),
                List.of("", "Babbage", "", "", "", "beta"));
        Map<String, Integer> mapping = suggested(ImportTarget.CONTACTS, file, anna);
        assertThat(mapping).containsOnlyKeys("firstName", "lastName", "email", "phone", "jobTitle", "account");

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.CONTACTS, file, "contacts.xlsx",
                mapping, Locale.ENGLISH, p -> { }));

        assertThat(report).isEqualTo(new ImportReport(2, 2, 0, List.of()));
        assertThat(contacts()).extracting(ContactListItem::lastName, ContactListItem::firstName,
                ContactListItem::email, ContactListItem::accountId, ContactListItem::ownerId).containsExactly(
                        tuple("Babbage", null, null, beta, anna.id()),
                        tuple("Lovelace", "Ada", "ada@acme.com", acme, anna.id()));
    }

    @Test
    void one_bad_row_leaves_the_database_unchanged_and_the_report_names_its_row_and_column() throws IOException {
        long acme = as(anna, () -> accountService.create(account("Acme", "acme.com", anna))).id();
        Path file = csv("accounts.csv",
                "Name,Website,City",
                "Acme Renamed,acme.com,Munich",
                "Newco,newco.io,Bonn",
                "Broken,not a website,Cologne");

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                Map.of("name", 0, "website", 1, "city", 2), Locale.ENGLISH, p -> { }));

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.errors()).containsExactly(
                new ImportError(4, "Website", "Enter a web address such as example.com."));
        assertThat(accountNames()).containsExactly("Acme");
        AccountData unchanged = as(anna, () -> accountService.load(acme));
        assertThat(unchanged.city()).isNull();
        assertThat(unchanged.version()).isZero();
    }

    @Test
    void accounts_match_by_domain_else_by_name_and_keep_what_the_file_does_not_give() throws IOException {
        AccountData acme = as(anna, () -> accountService.create(new AccountData(null, 0, "Acme", "acme.com",
                "Tools", "+49 30 1", null, null, "Berlin", null, AccountStatus.CUSTOMER, "Key account", anna.id())));
        AccountData beta = as(anna, () -> accountService.create(new AccountData(null, 0, "Beta Ltd", null,
                "Retail", null, null, null, "Leeds", null, AccountStatus.PROSPECT, null, anna.id())));
        Path file = csv("accounts.csv",
                "Website,Name,City,Phone",
                "https://WWW.ACME.COM/contact,Acme Corporation,,+49 30 2",
                ",  beta LTD ,London,",
                "gamma.io,Gamma,Paris,");

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                Map.of("website", 0, "name", 1, "city", 2, "phone", 3), Locale.ENGLISH, p -> { }));

        assertThat(report).isEqualTo(new ImportReport(3, 1, 2, List.of()));
        AccountData acmeNow = as(anna, () -> accountService.load(acme.id()));
        assertThat(acmeNow.name()).isEqualTo("Acme Corporation");
        assertThat(acmeNow.phone()).isEqualTo("+49 30 2");
        assertThat(acmeNow.city()).as("an empty cell keeps the value").isEqualTo("Berlin");
        assertThat(acmeNow.industry()).as("an unmapped field keeps the value").isEqualTo("Tools");
        assertThat(acmeNow.status()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(acmeNow.notes()).isEqualTo("Key account");
        AccountData betaNow = as(anna, () -> accountService.load(beta.id()));
        assertThat(betaNow.name()).isEqualTo("beta LTD");
        assertThat(betaNow.city()).isEqualTo("London");
        assertThat(betaNow.industry()).isEqualTo("Retail");
        assertThat(accountNames()).containsExactly("Acme Corporation", "beta LTD", "Gamma");
        assertThat(as(anna, () -> accountService.history(acme.id()))).extracting(HistoryEntry::field)
                .contains("name", "phone");
    }

    @Test
    void contacts_match_by_email_ignoring_case_and_keep_what_the_file_does_not_give() throws IOException {
        long acme = as(anna, () -> accountService.create(account("Acme", "acme.com", anna))).id();
        ContactData ada = as(anna, () -> contactService.create(new ContactData(null, 0, "Ada", "Lovelace",
                "ada@acme.com", "+49 1", "CTO", acme, anna.id())));
        Path file = csv("contacts.csv",
                "Email,Last name,Job title",
                "ADA@Acme.com,King,Countess",
                "alan@example.com,Turing,");

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.CONTACTS, file, "contacts.csv",
                Map.of("email", 0, "lastName", 1, "jobTitle", 2), Locale.ENGLISH, p -> { }));

        assertThat(report).isEqualTo(new ImportReport(2, 1, 1, List.of()));
        ContactData adaNow = as(anna, () -> contactService.load(ada.id()));
        assertThat(adaNow.lastName()).isEqualTo("King");
        assertThat(adaNow.jobTitle()).isEqualTo("Countess");
        assertThat(adaNow.firstName()).isEqualTo("Ada");
        assertThat(adaNow.phone()).isEqualTo("+49 1");
        assertThat(adaNow.accountId()).isEqualTo(acme);
        assertThat(contacts()).extracting(ContactListItem::lastName).containsExactly("King", "Turing");
    }

    @Test
    void staff_cannot_change_another_teams_account_through_an_import_and_nothing_is_written() throws IOException {
        AccountData west = as(carl, () -> accountService.create(account("Westwind", "westwind.com", carl)));
        Path file = csv("accounts.csv",
                "Name,Website",
                "Mine,mine.example",
                "Taken over,westwind.com");

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                Map.of("name", 0, "website", 1), Locale.ENGLISH, p -> { }));

        assertThat(report.errors()).containsExactly(new ImportError(3, "Website",
                "A record with westwind.com exists already, and you may not change it."));
        assertThat(as(carl, () -> accountService.load(west.id())).name()).isEqualTo("Westwind");
        assertThat(accountNames()).containsExactly("Westwind");
    }

    @Test
    void a_key_twice_in_one_file_is_an_error_on_the_later_row() throws IOException {
        Path accountsFile = csv("accounts.csv",
                "Name,Website",
                "Acme,acme.com",
                "Beta,",
                "Acme again,http://www.acme.com",
                "BETA,");
        Path contactsFile = csv("contacts.csv",
                "Last name,Email",
                "Lovelace,ada@acme.com",
                "Lovelace,Ada@Acme.com");

        ImportReport accounts = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, accountsFile,
                "accounts.csv", Map.of("name", 0, "website", 1), Locale.ENGLISH, p -> { }));
        ImportReport contacts = as(anna, () -> importService.importFile(ImportTarget.CONTACTS, contactsFile,
                "contacts.csv", Map.of("lastName", 0, "email", 1), Locale.ENGLISH, p -> { }));

        assertThat(accounts.errors()).containsExactly(
                new ImportError(4, "Website", "acme.com appears already in row 2."),
                new ImportError(5, "Name", "BETA appears already in row 3."));
        assertThat(contacts.errors()).containsExactly(
                new ImportError(3, "Email", "ada@acme.com appears already in row 2."));
        assertThat(accountNames()).isEmpty();
        assertThat(contacts()).isEmpty();
    }

    @Test
    void every_cell_is_checked_as_the_forms_check_it() throws IOException {
        Path accountsFile = csv("accounts.csv",
                "Name,Phone,Postal code,Status,Owner",
                ",030 1234,,,",
                "Acme,call us,,,",
                "Beta,," + "1".repeat(21) + ",Gold,",
                "Gamma,,,,nobody",
                "Delta,,,,carl");
        Path contactsFile = csv("contacts.csv",
                "Last name,Email,Account",
                "Lovelace,ada@,",
                "Turing,,Unknown Ltd");

        ImportReport accounts = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, accountsFile,
                "accounts.csv", Map.of("name", 0, "phone", 1, "postalCode", 2, "status", 3, "owner", 4),
                Locale.ENGLISH, p -> { }));
        ImportReport contacts = as(anna, () -> importService.importFile(ImportTarget.CONTACTS, contactsFile,
                "contacts.csv", Map.of("lastName", 0, "email", 1, "account", 2), Locale.ENGLISH, p -> { }));

        assertThat(accounts.errors()).containsExactly(
                new ImportError(2, "Name", "Enter the account name."),
                new ImportError(3, "Phone", "Enter a phone number: digits, spaces, + ( ) / . -"),
                new ImportError(4, "Postal code", "At most 20 characters."),
                new ImportError(4, "Status", "\"Gold\" is no status. Use Prospect, Customer or Former customer."),
                new ImportError(5, "Owner", "No user has the username \"nobody\"."),
                new ImportError(6, "Owner", "You may not give this record to that person."));
        assertThat(contacts.errors()).containsExactly(
                new ImportError(2, "Email", "Enter an email address such as name@example.com."),
                new ImportError(3, "Account",
                        "None of the accounts you can see has the website or name \"Unknown Ltd\"."));
        assertThat(accountNames()).isEmpty();
    }

    @Test
    void a_contacts_account_must_be_one_the_user_can_read() throws IOException {
        as(carl, () -> accountService.create(account("Westwind", "westwind.com", carl)));
        Path file = csv("contacts.csv", "Last name,Company", "Sneaky,Westwind");

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.CONTACTS, file, "contacts.csv",
                Map.of("lastName", 0, "account", 1), Locale.ENGLISH, p -> { }));

        assertThat(report.errors()).extracting(ImportError::rowNumber, ImportError::column)
                .containsExactly(tuple(2, "Company"));
        assertThat(contacts()).isEmpty();
    }

    @Test
    void the_error_list_stops_at_a_thousand_but_all_errors_are_counted() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Name,Website"));
        for (int i = 0; i < 1_205; i++) {
            lines.add("Company " + i + ",no website " + i);
        }
        Path file = csv("accounts.csv", lines.toArray(String[]::new));

        ImportReport report = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                Map.of("name", 0, "website", 1), Locale.ENGLISH, p -> { }));

        assertThat(report.errorCount()).isEqualTo(1_205);
        assertThat(report.errors()).hasSize(1_001);
        assertThat(report.errors().getLast()).isEqualTo(new ImportError(0, "", "… and 205 more errors"));
        assertThat(report.errors().get(999).rowNumber()).isEqualTo(1_001);
    }

    @Test
    void thousands_of_rows_are_written_in_chunks_and_a_second_import_updates_them() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Name,Website,City"));
        for (int i = 0; i < 2_500; i++) {
            lines.add("Company " + i + ",company" + i + ".example,City " + (i % 7));
        }
        Path file = csv("accounts.csv", lines.toArray(String[]::new));
        Map<String, Integer> mapping = Map.of("name", 0, "website", 1, "city", 2);
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport first = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                mapping, Locale.ENGLISH, progress::add));
        ImportReport second = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                mapping, Locale.ENGLISH, p -> { }));

        assertThat(first).isEqualTo(new ImportReport(2_500, 2_500, 0, List.of()));
        assertThat(second).isEqualTo(new ImportReport(2_500, 0, 2_500, List.of()));
        assertThat(progress).as("every 1,000 rows read, then once written in one step").containsExactly(
                new ImportProgress(ImportProgress.Stage.CHECKING, 1_000, -1),
                new ImportProgress(ImportProgress.Stage.CHECKING, 2_000, -1),
                new ImportProgress(ImportProgress.Stage.CHECKING, 2_500, -1),
                new ImportProgress(ImportProgress.Stage.WRITING, 2_500, 2_500));
        assertThat(as(anna, () -> accountService.list(new AccountFilter("company2499", null, null, null),
                PageRequest.of(0, 5)).getContent())).extracting(AccountListItem::city).containsExactly("City 0");
    }

    @Test
    void the_mapping_must_give_the_required_fields_a_column() {
        assertThatThrownBy(() -> as(anna, () -> importService.importFile(ImportTarget.CONTACTS,
                csv("contacts.csv", "Email", "ada@acme.com"), "contacts.csv", Map.of("email", 0), Locale.ENGLISH,
                p -> { }))).isInstanceOf(DomainException.class).hasMessage("import.mapping.missing");
    }

    @Test
    void a_file_with_only_a_header_is_refused() {
        assertThatThrownBy(() -> as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS,
                csv("accounts.csv", "Name"), "accounts.csv", Map.of("name", 0), Locale.ENGLISH, p -> { })))
                .isInstanceOf(DomainException.class).hasMessage("crm.import.no-rows");
    }

    @Test
    void compliance_officers_may_not_import() throws IOException {
        Path file = csv("accounts.csv", "Name", "Acme");

        assertThatThrownBy(() -> as(olga, () -> importService.importFile(ImportTarget.ACCOUNTS, file,
                "accounts.csv", Map.of("name", 0), Locale.ENGLISH, p -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(olga, () -> importService.fields(ImportTarget.ACCOUNTS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accountNames()).isEmpty();
    }

    @Test
    void compliance_officers_may_not_import_even_with_the_staff_role() throws IOException {
        Path file = csv("accounts.csv", "Name", "Acme");

        assertThatThrownBy(() -> as(otto, () -> importService.importFile(ImportTarget.ACCOUNTS, file,
                "accounts.csv", Map.of("name", 0), Locale.ENGLISH, p -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otto, () -> importService.fields(ImportTarget.ACCOUNTS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accountNames()).isEmpty();
    }

    @Test
    void a_third_import_while_two_run_is_refused_with_a_message() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        List<CompletableFuture<ImportReport>> running = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        for (String name : List.of("First", "Second")) {
            Path file = csv(name + ".csv", "Name", name);
            running.add(CompletableFuture.supplyAsync(() -> as(anna, () -> importService.importFile(
                    ImportTarget.ACCOUNTS, file, name + ".csv", Map.of("name", 0), Locale.ENGLISH, progress -> {
                        bothRunning.countDown();
                        await(finish);
                    })), threads));
        }
        threads.shutdown();
        await(bothRunning);

        assertThatThrownBy(() -> as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS,
                csv("third.csv", "Name", "Third"), "third.csv", Map.of("name", 0), Locale.ENGLISH, p -> { })))
                .isInstanceOf(DomainException.class).hasMessage("crm.import.busy");
        finish.countDown();

        for (CompletableFuture<ImportReport> done : running) {
            assertThat(done.get(60, TimeUnit.SECONDS).created()).isEqualTo(1);
        }
        ImportReport afterwards = as(anna, () -> importService.importFile(ImportTarget.ACCOUNTS,
                csv("fourth.csv", "Name", "Fourth"), "fourth.csv", Map.of("name", 0), Locale.ENGLISH, p -> { }));
        assertThat(afterwards.created()).isEqualTo(1);
        assertThat(accountNames()).containsExactly("First", "Fourth", "Second");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Map<String, Integer> suggested(ImportTarget target, Path file, Person person) {
        TabularPreview preview = as(person, () -> importService.preview(file, file.getFileName().toString(),
                Locale.ENGLISH));
        return ColumnMapping.suggest(as(person, () -> importService.fields(target)), preview.headers());
    }

    private Path csv(String name, String... lines) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @SafeVarargs
    private Path xlsx(String name, List<String>... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Contacts");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    if (!rows[r].get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows[r].get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private AccountData account(String name) {
        return TestUsers.runAsAdmin("checker", () -> {
            List<AccountListItem> found = accountService.list(new AccountFilter(name, null, null, null),
                    PageRequest.of(0, 10)).getContent();
            assertThat(found).extracting(AccountListItem::name).containsExactly(name);
            return accountService.load(found.getFirst().id());
        });
    }

    private List<String> accountNames() {
        return TestUsers.runAsAdmin("checker", () -> accountService.list(AccountFilter.any(), PageRequest.of(0, 50))
                .getContent().stream().map(AccountListItem::name).toList());
    }

    private List<ContactListItem> contacts() {
        return TestUsers.runAsAdmin("checker", () -> contactService.list(ContactFilter.any(), PageRequest.of(0, 50))
                .getContent());
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private void team(String name, @Nullable Person supervisor, Person... members) {
        org().team(name, TeamKind.SALES, supervisor, members);
    }

    private static AccountData account(String name, @Nullable String website, Person owner) {
        return new AccountData(null, 0, name, website, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, owner.id());
    }
}

package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.HistoryEntry;
import app.tandem.base.io.ImportError;
import app.tandem.base.io.ImportReport;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import as a set-based step: staged outside any transaction, all or nothing, with history for each record. */
@TandemServiceTest
class SetBasedImportTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    CrmImportService importService;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    Person anna;
    Person sue;

    @BeforeEach
    void aSalesTeam() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        org.team("East", TeamKind.SALES, sue, anna, sue);
    }

    @Test
    void one_bad_row_in_the_middle_of_a_large_file_changes_nothing_and_is_named() throws IOException {
        AccountData acme = anna.run(() -> accountService.create(account("Acme", "acme.com")));
        List<String> lines = new ArrayList<>(List.of("Name,Website,City"));
        lines.add("Acme Renamed,acme.com,Munich");
        for (int i = 0; i < 25_000; i++) {
            lines.add("Company " + i + "," + (i == 12_345 ? "not a website" : "company" + i + ".example") + ",Bonn");
        }
        Path file = csv("accounts.csv", lines);

        ImportReport report = anna.run(() -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                Map.of("name", 0, "website", 1, "city", 2), Locale.ENGLISH, p -> { }));

        assertThat(report.rowsRead()).isEqualTo(25_001);
        assertThat(report.errors()).containsExactly(
                new ImportError(12_348, "Website", "Enter a web address such as example.com."));
        assertThat(report.created()).isZero();
        AccountData unchanged = anna.run(() -> accountService.load(acme.id()));
        assertThat(unchanged.name()).isEqualTo("Acme");
        assertThat(unchanged.version()).isZero();
        assertThat(accountCount()).isEqualTo(1);
        assertThat(stagingRows()).as("the staging rows are gone").isZero();
    }

    @Test
    void every_imported_record_has_its_own_history_in_one_revision_of_the_import() throws IOException {
        AccountData acme = anna.run(() -> accountService.create(account("Acme", "acme.com")));
        Path file = csv("accounts.csv", List.of("Name,Website,City", "Acme Corporation,acme.com,Berlin",
                "Newco,newco.io,Bonn", "Thirdco,third.example,"));

        ImportReport report = anna.run(() -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                Map.of("name", 0, "website", 1, "city", 2), Locale.ENGLISH, p -> { }));

        assertThat(report).isEqualTo(new ImportReport(3, 2, 1, List.of()));
        List<HistoryEntry> updated = anna.run(() -> accountService.history(acme.id()));
        assertThat(updated).filteredOn(e -> e.kind() == HistoryEntry.Kind.CHANGED)
                .extracting(HistoryEntry::field, HistoryEntry::changedBy)
                .contains(org.assertj.core.groups.Tuple.tuple("name", "anna"),
                        org.assertj.core.groups.Tuple.tuple("address", "anna"));
        List<Long> revisions = new ArrayList<>();
        for (String name : List.of("Newco", "Thirdco")) {
            long id = anna.run(() -> accountService.list(new AccountFilter(name, null, null, null),
                    PageRequest.of(0, 5)).getContent().getFirst().id());
            List<HistoryEntry> created = anna.run(() -> accountService.history(id));
            assertThat(created).extracting(HistoryEntry::kind).contains(HistoryEntry.Kind.CREATED);
            revisions.add(created.getFirst().revision());
        }
        assertThat(revisions).as("one revision for the whole import").containsOnly(
                updated.getFirst().revision());
        assertThat(anna.run(() -> accountService.load(acme.id())).version()).isEqualTo(1);
    }

    @Test
    void another_user_edits_an_account_while_a_large_file_is_read() throws Exception {
        AccountData acme = anna.run(() -> accountService.create(account("Acme", "acme.com")));
        List<String> lines = new ArrayList<>(List.of("Name,Website"));
        lines.add("Acme Renamed,acme.com");
        for (int i = 0; i < 3_000; i++) {
            lines.add("Company " + i + ",company" + i + ".example");
        }
        Path file = csv("accounts.csv", lines);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch edited = new CountDownLatch(1);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> anna.run(() ->
                importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv",
                        Map.of("name", 0, "website", 1), Locale.ENGLISH, progress -> {
                            if (progress.rowsDone() == 1_000) {
                                reading.countDown();
                                await(edited);
                            }
                        })), threads);
        assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<AccountData> edit = CompletableFuture.supplyAsync(() -> sue.run(() -> {
            AccountData now = accountService.load(acme.id());
            return accountService.update(new AccountData(now.id(), now.version(), now.name(), now.website(),
                    "Tools", now.phone(), now.street(), now.postalCode(), now.city(), now.country(), now.status(),
                    now.notes(), now.ownerId()));
        }), threads);
        AccountData afterEdit = edit.get(2, TimeUnit.SECONDS);
        edited.countDown();
        ImportReport report = running.get(120, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(afterEdit.industry()).isEqualTo("Tools");
        assertThat(report).isEqualTo(new ImportReport(3_001, 3_000, 1, List.of()));
        AccountData both = anna.run(() -> accountService.load(acme.id()));
        assertThat(both.name()).as("the import's change").isEqualTo("Acme Renamed");
        assertThat(both.industry()).as("the other user's change, kept").isEqualTo("Tools");
    }

    @Test
    void staging_rows_of_a_crashed_import_are_removed_by_the_next_import() throws IOException {
        jdbc.update("INSERT INTO crm_import (id, target, username, started_at) VALUES (?, 'ACCOUNTS', 'gone', ?)",
                987_654_321L, LocalDateTime.of(2000, 1, 1, 0, 0));
        jdbc.update("INSERT INTO crm_import_account (import_id, row_no, name) VALUES (?, 2, 'Left over')",
                987_654_321L);
        Path file = csv("accounts.csv", List.of("Name", "Fresh"));

        anna.run(() -> importService.importFile(ImportTarget.ACCOUNTS, file, "accounts.csv", Map.of("name", 0),
                Locale.ENGLISH, p -> { }));

        assertThat(stagingRows()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_import", Integer.class)).isZero();
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

    private int accountCount() {
        return TestUsers.runAsAdmin("checker", () -> accountService.list(AccountFilter.any(), PageRequest.of(0, 50))
                .getContent().size());
    }

    private int stagingRows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM crm_import_account)"
                + " + (SELECT COUNT(*) FROM crm_import_contact) + (SELECT COUNT(*) FROM crm_import_error)"
                + " + (SELECT COUNT(*) FROM crm_import_owner)", Integer.class);
    }

    private Path csv(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private AccountData account(String name, String website) {
        return new AccountData(null, 0, name, website, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, anna.id());
    }
}

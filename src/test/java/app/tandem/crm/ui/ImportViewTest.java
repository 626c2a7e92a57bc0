package app.tandem.crm.ui;

import static app.tandem.crm.ui.AccountsViewTest.text;
import static app.tandem.crm.ui.AccountsViewTest.unique;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.base.io.ImportError;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactService;
import app.tandem.crm.ImportTarget;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.STAFF)
class ImportViewTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    ContactService contactService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void an_uploaded_file_gets_a_suggested_mapping_and_a_preview_of_its_first_ten_rows() {
        ImportView view = open("crm/import", ImportView.class);
        StringBuilder file = new StringBuilder("Firma;Website;Ort;Notes\r\n");
        for (int i = 1; i <= 12; i++) {
            file.append("Company ").append(i).append(";company").append(i).append(".example;City ").append(i)
                    .append(";\r\n");
        }

        upload(view, "companies.csv", file.toString());

        assertThat(view.fileInfo.getText()).isEqualTo("companies.csv: 4 columns");
        assertThat(view.mapping()).containsExactly(entry("name", 0), entry("website", 1),
                entry("city", 2), entry("notes", 3));
        assertThat(view.columnOf.get("name").isRequiredIndicatorVisible()).isTrue();
        assertThat(view.columnOf.get("industry").getValue()).isNull();
        assertThat(test(view.preview).size()).isEqualTo(10);
        assertThat(test(view.preview).getHeaderCell(2)).isEqualTo(text("crm.account.field.website"));
        assertThat(test(view.preview).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(view.preview).getCellText(0, 1)).isEqualTo("Company 1");
        assertThat(test(view.preview).getCellText(9, 3)).isEqualTo("City 10");
    }

    @Test
    void choosing_contacts_maps_the_same_file_to_the_contact_fields() {
        ImportView view = open("crm/import", ImportView.class);
        upload(view, "people.csv", "First name,Last name,E-Mail,Company\r\nAda,Lovelace,ada@example.com,Acme\r\n");

        test(view.target).selectItem(text("crm.import.target.CONTACTS"));

        assertThat(view.target.getValue()).isEqualTo(ImportTarget.CONTACTS);
        assertThat(view.mapping()).containsExactly(entry("firstName", 0),
                entry("lastName", 1), entry("email", 2), entry("account", 3));
        assertThat(view.template.getText()).isEqualTo(text("crm.import.template.CONTACTS"));
    }

    @Test
    void a_valid_file_is_imported_in_the_background_and_the_result_links_to_the_accounts() {
        String acme = unique("Acme");
        String beta = unique("Beta");
        ImportView view = open("crm/import", ImportView.class);
        upload(view, "accounts.csv", "Company,Website,Status\r\n" + acme + "," + acme.toLowerCase()
                + ".example,Customer\r\n" + beta + ",,\r\n");

        test(view.start).click();
        awaitImport(view);

        assertThat(view.resultText.getText()).isEqualTo("2 created, 0 updated.");
        assertThat(view.report.openList).isNotNull();
        assertThat(test(view.report.openList).getHref()).isEqualTo("crm/accounts");
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.start.isEnabled()).as("the file is used up").isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(view.progressBar.isVisible()).isFalse();
        assertThat(accounts(acme)).singleElement().satisfies(a -> {
            assertThat(a.domain()).isEqualTo(acme.toLowerCase() + ".example");
            assertThat(a.status()).isEqualTo(AccountStatus.CUSTOMER);
            assertThat(a.ownerId()).isEqualTo(currentUser.id());
        });
        assertThat(accounts(beta)).hasSize(1);
    }

    @Test
    void a_second_import_of_contacts_updates_them_by_email() {
        AccountData acme = accountService.create(new AccountData(null, 0, unique("Acme"), null, null, null, null,
                null, null, null, AccountStatus.PROSPECT, null, currentUser.id()));
        String email = unique("ada") + "@example.com";
        String file = "Last name,Email,Job title,Account\r\nLovelace," + email + ",CTO," + acme.name() + "\r\n";
        ImportView view = open("crm/import", ImportView.class);
        test(view.target).selectItem(text("crm.import.target.CONTACTS"));
        upload(view, "contacts.csv", file);
        test(view.start).click();
        awaitImport(view);
        assertThat(view.resultText.getText()).isEqualTo("1 created, 0 updated.");

        upload(view, "contacts.csv", file.replace("CTO", "CEO"));
        test(view.start).click();
        awaitImport(view);

        assertThat(view.resultText.getText()).isEqualTo("0 created, 1 updated.");
        assertThat(test(view.report.openList).getHref()).isEqualTo("crm/contacts");
        List<ContactListItem> found = contactService.list(new ContactFilter(email, null, null, null),
                PageRequest.of(0, 5)).getContent();
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.jobTitle()).isEqualTo("CEO");
            assertThat(c.accountId()).isEqualTo(acme.id());
        });
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_and_shows_the_errors_with_a_download() throws Exception {
        String good = unique("Good");
        ImportView view = open("crm/import", ImportView.class);
        upload(view, "accounts.csv", "Name,Website,Status\r\n" + good + ",good.example,\r\n"
                + unique("Bad") + ",not a website,Gold\r\n");

        test(view.start).click();
        awaitImport(view);

        assertThat(view.resultText.getText()).isEqualTo(text("crm.import.failed", "2"));
        assertThat(view.errors.isVisible()).isTrue();
        Grid<ImportError> errors = view.errors;
        assertThat(test(errors).size()).isEqualTo(2);
        assertThat(test(errors).getRow(0)).isEqualTo(
                new ImportError(3, "Website", text("crm.account.website.invalid")));
        assertThat(test(errors).getCellText(1, 1)).isEqualTo("Status");
        assertThat(accounts(good)).as("nothing written").isEmpty();
        assertThat(view.start.isEnabled()).as("the mapping can be changed and the file imported again").isTrue();

        Anchor download = view.report.errorReport;
        assertThat(download).isNotNull();
        assertThat(download.getText()).isEqualTo(text("crm.import.errors.download"));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        test(download).download(report);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("Row,Column,Message")
                .contains("3,Website,Enter a web address such as example.com.");
    }

    @Test
    void a_required_field_without_a_column_is_marked_and_nothing_starts() {
        ImportView view = open("crm/import", ImportView.class);
        upload(view, "odd.csv", "Foo,Bar\r\nx,y\r\n");

        test(view.start).click();

        assertThat(view.columnOf.get("name").isInvalid()).isTrue();
        assertThat(view.columnOf.get("name").getErrorMessage())
                .isEqualTo(text("import.mapping.missing", text("crm.account.field.name")));
        assertThat(view.running).isNull();
        assertThat(view.start.isEnabled()).isTrue();
    }

    @Test
    void a_file_that_is_no_table_gets_a_clear_message_and_no_mapping() {
        ImportView view = open("crm/import", ImportView.class);

        upload(view, "picture.xlsx", "GIF89a this is no workbook");

        assertThat(view.fileProblem.isVisible()).isTrue();
        assertThat(view.fileProblem.getText()).isEqualTo(text("import.file.unreadable"));
        assertThat(view.mappingSection.isVisible()).isFalse();
        assertThat(view.start.isEnabled()).isFalse();
    }

    @Test
    void an_empty_file_gets_a_clear_message() {
        ImportView view = open("crm/import", ImportView.class);

        upload(view, "empty.csv", "");

        assertThat(view.fileProblem.getText()).isEqualTo(text("import.file.empty"));
        assertThat(view.mappingSection.isVisible()).isFalse();
    }

    @Test
    @WithTandemUser(roles = Role.COMPLIANCE_OFFICER)
    void compliance_officers_who_only_review_cannot_open_the_import() {
        UI.getCurrent().navigate("crm/import");

        assertThat(getCurrentView()).isNotInstanceOf(ImportView.class);
        assertThat(((Component) getCurrentView()).getId()).hasValue("access-denied");
    }

    @Test
    @WithTandemUser(roles = {Role.COMPLIANCE_OFFICER, Role.STAFF})
    void compliance_officers_cannot_open_the_import_even_with_the_staff_role() {
        UI.getCurrent().navigate("crm/import");

        assertThat(getCurrentView()).isNotInstanceOf(ImportView.class);
        assertThat(((Component) getCurrentView()).getId()).hasValue("access-denied");
    }

    private void upload(ImportView view, String fileName, String content) {
        test(view.upload).upload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        roundTrip();
    }

    /** Waits for the import's thread, then lets the page apply what it sent (as the browser's polling would). */
    private void awaitImport(ImportView view) {
        assertThat(view.running).isNotNull();
        try {
            view.running.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.runUIQueue();
        roundTrip();
    }

    private List<AccountListItem> accounts(String name) {
        return accountService.list(new AccountFilter(name, null, null, null), PageRequest.of(0, 5)).getContent();
    }

    @Test
    void an_import_file_of_200_mb_is_refused_after_50_mb_with_a_clear_message() {
        ImportView view = open("crm/import", ImportView.class);

        app.tandem.HugeUpload sent = new app.tandem.HugeUpload(200L * 1024 * 1024)
                .sendTo(view.upload, "huge.csv", "text/csv", "Company,Website\r\n".getBytes());
        roundTrip();

        assertThat(sent.rejected()).isTrue();
        assertThat(sent.bytesRead()).as("read no further than the limit").isLessThan(51L * 1024 * 1024);
        assertThat(view.fileProblem.isVisible()).isTrue();
        assertThat(view.fileProblem.getText()).isEqualTo(text("crm.import.upload.too-big", 50));
        long start = System.nanoTime();
        assertThat(accountService.list(app.tandem.crm.AccountFilter.any(),
                PageRequest.of(0, 10))).isNotNull();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("another call")
                .isLessThan(java.time.Duration.ofSeconds(2));
    }
}

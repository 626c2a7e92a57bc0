package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.tandem.BrowserlessViewTest;
import app.tandem.base.ui.ExportMenu;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.DealData;
import app.tandem.crm.DealService;
import app.tandem.crm.StageInfo;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export links of the accounts, contacts and deals lists, and what their downloads hold. */
@WithTandemUser(roles = Role.MANAGER)
class ExportMenuTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void accounts_contacts_and_deals_each_offer_a_csv_and_an_xlsx_download() {
        Map<String, Class<? extends Component>> views = Map.of("accounts", AccountsView.class, "contacts",
                ContactsView.class, "deals", DealsView.class);
        for (var list : views.entrySet()) {
            open("crm/" + list.getKey(), list.getValue());

            Anchor csv = $(Anchor.class).id(list.getKey() + "-export-csv");
            Anchor xlsx = $(Anchor.class).id(list.getKey() + "-export-xlsx");
            assertThat(csv.getElement().getTextRecursively()).isEqualTo(text("export.csv"));
            assertThat(xlsx.getElement().getTextRecursively()).isEqualTo(text("export.xlsx"));
            assertThat(List.of(csv, xlsx)).allSatisfy(link -> {
                assertThat(link.isVisible()).isTrue();
                assertThat(link.getElement().hasAttribute("download")).as("a download, not a page").isTrue();
                assertThat(resourceOf(link)).isNotNull();
            });
        }
    }

    @Test
    @WithTandemUser(roles = {Role.COMPLIANCE_OFFICER, Role.STAFF})
    void compliance_officers_may_export_what_they_read() {
        open("crm/deals", DealsView.class);

        assertThat($(Anchor.class).id("deals-export-csv").isVisible()).isTrue();
        assertThat($(Anchor.class).id("deals-export-xlsx").isVisible()).isTrue();
    }

    @Test
    void the_csv_download_holds_the_searched_accounts_in_the_grids_sort_order_with_a_dated_file_name()
            throws IOException {
        String token = "xq" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        account("Alpha " + token, "Bremen");
        account("Beta " + token, "Zwickau");
        account("Gamma " + token, "Aachen");
        account("Other " + ThreadLocalRandom.current().nextInt(), "Köln");
        AccountsView view = open("crm/accounts", AccountsView.class);
        test(view.search).setValue(token);
        var city = view.grid.getColumns().get(3);
        view.grid.sort(List.of(new GridSortOrder<>(city, SortDirection.DESCENDING)));

        Download download = download($(Anchor.class).id("accounts-export-csv"));

        verify(download.response()).setContentType("text/csv");
        verify(download.response()).setHeader(eq("Content-Disposition"),
                contains("accounts-" + LocalDate.now(ZoneOffset.UTC) + ".csv"));
        List<CSVRecord> records = csv(download.bytes());
        assertThat(records.getFirst().values()).containsExactly(text("crm.account.field.name"),
                text("crm.account.field.domain"), text("crm.account.field.industry"), text("crm.account.field.city"),
                text("crm.account.field.status"), text("crm.account.field.owner"));
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0) + "|" + r.get(3) + "|" + r.get(5))
                .containsExactly("Beta " + token + "|Zwickau|" + currentUser.require().displayName(),
                        "Alpha " + token + "|Bremen|" + currentUser.require().displayName(),
                        "Gamma " + token + "|Aachen|" + currentUser.require().displayName());
    }

    @Test
    void the_xlsx_download_of_the_deals_list_holds_the_searched_deals_with_numeric_amounts() throws IOException {
        String token = "dx" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        AccountData buyer = account("Buyer " + token, null);
        StageInfo first = dealService.stages().stream().filter(s -> !s.closed()).findFirst().orElseThrow();
        deal("Small " + token, buyer, first, "10.00");
        deal("Large " + token, buyer, first, "2000.00");
        DealsView view = open("crm/deals", DealsView.class);
        test(view.search).setValue(token);

        Download download = download($(Anchor.class).id("deals-export-xlsx"));

        verify(download.response()).setContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("sorted by name")
                    .isEqualTo("Large " + token);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Small " + token);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    record Download(VaadinResponse response, byte[] bytes) {
    }

    /** Runs the link's download as the browser's request would, into memory. */
    private Download download(Anchor link) throws IOException {
        ElementStreamResource resource = resourceOf(link);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        DownloadHandler handler = (DownloadHandler) resource.getElementRequestHandler();
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), resource.getOwner()));
        return new Download(response, out.toByteArray());
    }

    private static ElementStreamResource resourceOf(Anchor link) {
        return VaadinSession.getCurrent().getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(link.getHref())).orElseThrow();
    }

    private static List<CSVRecord> csv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    private AccountData account(String name, String city) {
        return accountService.create(new AccountData(null, 0, name, null, null, null, null, null, city, null,
                AccountStatus.PROSPECT, null, currentUser.id()));
    }

    private void deal(String name, AccountData account, StageInfo stage, String amount) {
        dealService.create(new DealData(null, 0, name, account.id(), null, new BigDecimal(amount), stage.id(),
                stage.probability(), false, null, null, currentUser.id(), null));
    }

    private String text(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}

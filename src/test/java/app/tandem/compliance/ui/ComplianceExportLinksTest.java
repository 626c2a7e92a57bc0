package app.tandem.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.TestOrg.Person;
import app.tandem.TestOrg;
import app.tandem.TestUsers;
import app.tandem.compliance.ChecklistCategoryService;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.ChecklistScheduleService;
import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.Recurrence;
import app.tandem.compliance.RecurrenceRule;
import app.tandem.compliance.ScheduleData;
import app.tandem.compliance.TemplateDraft;
import app.tandem.compliance.TemplateItemData;
import app.tandem.compliance.TemplateRef;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The download links of the compliance screens: the runs and findings registers and a run's PDF report. */
class ComplianceExportLinksTest extends BrowserlessViewTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistCategoryService categories;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    MutableClock clock;

    Person filler;
    Person olga;
    String templateName;
    long template;
    long run;

    /** A one-off dock walk, filled in by a staff member with the dock doors failed and submitted. */
    @BeforeEach
    void aSubmittedRunWithAFinding() {
        String u = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        TestOrg org = new TestOrg(userService, teamService);
        filler = org.person("fill" + u, Role.STAFF);
        olga = org.person("olga" + u, Role.COMPLIANCE_OFFICER);
        Person adam = org.person("adam" + u, Role.ADMIN);
        long team = org.team("Dock " + u, TeamKind.OPERATIONS, null, filler);
        long category = adam.run(() -> categories.create("Safety " + u)).id();
        templateName = "Dock walk " + u;
        template = olga.run(() -> {
            long t = templates.create(new TemplateDraft(templateName, category, null));
            long draft = templates.draftFor(t);
            long section = templates.addSection(draft, "Dock");
            templates.saveItem(section, new TemplateItemData(null, "Dock doors close", null, null,
                    ItemRule.passFail()));
            templates.publish(draft);
            return t;
        });
        olga.exec(() -> schedules.save(new ScheduleData(null, 0, template, team, filler.id(),
                RecurrenceRule.of(Recurrence.ONE_OFF, LocalDate.now(clock)), 2, true)));
        run = filler.run(() -> runs.myRuns()).getFirst().id();
        long doors = olga.run(() -> runs.load(run)).items().toList().getFirst().item().id();
        filler.exec(() -> {
            runs.answer(run, doors, "FAIL");
            runs.note(run, doors, "Door 3 sticks");
            assertThat(runs.submit(run).submitted()).isTrue();
        });
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_runs_grid_downloads_the_filtered_register_as_xlsx() throws IOException {
        olga.login();
        RunsView view = open("compliance/runs", RunsView.class);
        view.template.setValue(new TemplateRef(template, templateName));

        Download download = download($(Anchor.class).id("compliance-runs-export-xlsx"));

        verify(download.response()).setHeader(eq("Content-Disposition"), contains("compliance-runs-"));
        List<Row> rows = rows(download.bytes());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getCell(0).getNumericCellValue()).isEqualTo((double) run);
        assertThat(rows.get(1).getCell(1).getStringCellValue()).isEqualTo(templateName);
        assertThat($(Anchor.class).id("compliance-runs-export-csv").isVisible()).isTrue();
    }

    @Test
    void the_findings_list_downloads_the_register_with_the_runs_finding() throws IOException {
        olga.login();
        open("compliance/findings", FindingsView.class);

        List<Row> rows = rows(download($(Anchor.class).id("compliance-findings-export-xlsx")).bytes());

        assertThat(rows.subList(1, rows.size())).filteredOn(r -> r.getCell(9).getNumericCellValue() == run)
                .extracting(r -> r.getCell(1).getStringCellValue()).containsExactly("Dock doors close");
        assertThat($(Anchor.class).id("compliance-findings-export-csv").isVisible()).isTrue();
    }

    @Test
    void the_run_page_downloads_the_run_as_a_pdf_report() throws IOException {
        filler.login();
        open("compliance/runs/" + run, RunPage.class);

        Download download = download($(Anchor.class).id("run-pdf"));

        verify(download.response()).setContentType("application/pdf");
        PdfReader reader = new PdfReader(download.bytes());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(templateName, "Dock doors close", "Fail", "Door 3 sticks", "0 %");
    }

    // --- helpers ------------------------------------------------------------------------------------

    record Download(VaadinResponse response, byte[] bytes) {
    }

    /** Runs the link's download as the browser's request would, into memory. */
    private static Download download(Anchor link) throws IOException {
        ElementStreamResource resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(link.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        DownloadHandler handler = (DownloadHandler) resource.getElementRequestHandler();
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), resource.getOwner()));
        return new Download(response, out.toByteArray());
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = new ArrayList<>();
            workbook.getSheetAt(0).forEach(rows::add);
            return rows;
        }
    }
}

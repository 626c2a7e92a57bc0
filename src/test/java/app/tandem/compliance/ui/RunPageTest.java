package app.tandem.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.SessionErrors;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.compliance.ChecklistCategoryService;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.ChecklistScheduleService;
import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.Recurrence;
import app.tandem.compliance.RecurrenceRule;
import app.tandem.compliance.ResponseType;
import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunSignOffService;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.ScheduleData;
import app.tandem.compliance.TemplateDraft;
import app.tandem.compliance.TemplateItemData;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RunPageTest extends BrowserlessViewTest {

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
    RunSignOffService signOffs;
    @Autowired
    MutableClock clock;

    Person filler;
    Person olga;
    long run;
    long aisles;
    long fridge;

    @BeforeEach
    void aOneOffWalkAssignedToAStaffMember() {
        String u = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        TestOrg org = new TestOrg(userService, teamService);
        filler = org.person("fill" + u, Role.STAFF);
        olga = org.person("olga" + u, Role.COMPLIANCE_OFFICER);
        Person adam = org.person("adam" + u, Role.ADMIN);
        long team = org.team("Dock " + u, TeamKind.OPERATIONS, null, filler);
        long category = adam.run(() -> categories.create("Safety " + u)).id();
        long template = olga.run(() -> {
            long t = templates.create(new TemplateDraft("Dock walk " + u, category, null));
            long draft = templates.draftFor(t);
            long section = templates.addSection(draft, "Dock");
            templates.saveItem(section, new TemplateItemData(null, "Dock doors close", null, null,
                    ItemRule.passFail().withEvidenceAndNoteRules(true, false, false)));
            templates.saveItem(section, new TemplateItemData(null, "Fridge temperature", null, "°C",
                    new ItemRule(ResponseType.NUMBER, true, 2, false, null, new BigDecimal("2"), new BigDecimal("8"),
                            List.of(), false, false, false)));
            templates.publish(draft);
            return t;
        });
        olga.exec(() -> schedules.save(new ScheduleData(null, 0, template, team, filler.id(),
                RecurrenceRule.of(Recurrence.ONE_OFF, LocalDate.now(clock)), 2, true)));
        List<RunListItem> mine = filler.run(() -> runs.myRuns());
        run = mine.getFirst().id();
        var items = olga.run(() -> runs.load(run)).items().toList();
        aisles = items.get(0).item().id();
        fridge = items.get(1).item().id();
    }

    @AfterEach
    void logout() {
        app.tandem.TestUsers.logout();
    }

    @Test
    void the_assignee_starts_from_my_checklists_answers_item_by_item_and_submits_when_nothing_is_missing() {
        filler.login();
        MyChecklistsView my = open("compliance/my", MyChecklistsView.class);
        test($(Button.class).from(my.list).id("open-run-" + run)).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("compliance/runs/" + run);
        RunPage page = (RunPage) getCurrentView();
        assertThat(page.current().status()).isEqualTo(RunStatus.IN_PROGRESS);

        test(radio("answer-" + aisles)).selectItem("Fail");
        assertThat(runs.load(run).items().toList().get(0).value()).as("saved at once").isEqualTo("FAIL");
        test($(Button.class).id("run-submit")).click();

        assertThat(page.missing.getElement().getTextRecursively()).contains("Dock doors close", "Fridge temperature");
        assertThat(runs.load(run).status()).isEqualTo(RunStatus.IN_PROGRESS);

        test($(TextArea.class).id("note-" + aisles)).setValue("Door 3 sticks, reported");
        test($(TextField.class).id("answer-" + fridge)).setValue("5,5");
        assertThat(runs.load(run).items().toList().get(1).value()).isEqualTo("5.5");
        test($(Button.class).id("run-submit")).click();

        assertThat(runs.load(run).status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(page.current().score()).isEqualTo(66);
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse("")).doesNotContain("run-submit");
    }

    @Test
    void another_officer_signs_off_in_the_panel_and_the_run_is_locked_for_the_assignee() {
        filler.exec(() -> {
            runs.start(run);
            runs.answer(run, aisles, "PASS");
            runs.answer(run, fridge, "4");
            runs.submit(run);
        });

        olga.login();
        RunPage page = open("compliance/runs/" + run, RunPage.class);
        test($(Button.class).from(page.signOffPanel).id("run-sign-off-button")).click();
        test($(ConfirmDialog.class).first()).confirm();

        assertThat(runs.load(run).status()).isEqualTo(RunStatus.SIGNED_OFF);
        assertThat(page.signOffPanel.getChildren()).isEmpty();
        assertThat(runs.history(run).getFirst().actorName()).isEqualTo(olga.username());

        filler.login();
        open("compliance/runs/" + run, RunPage.class);
        assertThat(radio("answer-" + aisles).isReadOnly()).isTrue();
        assertThat($(TextField.class).id("answer-" + fridge).isReadOnly()).isTrue();
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse(""))
                .doesNotContain("run-submit", "run-sign-off-button");
    }

    @Test
    void the_assignee_gets_no_sign_off_panel_for_their_own_run() {
        filler.exec(() -> {
            runs.start(run);
            runs.answer(run, aisles, "PASS");
            runs.answer(run, fridge, "4");
            runs.submit(run);
        });
        filler.login();
        RunPage page = open("compliance/runs/" + run, RunPage.class);
        assertThat(page.signOffPanel.getChildren()).isEmpty();
        assertThat($(Div.class).id("run-status").getElement().getTextRecursively()).contains("Submitted");
    }

    @Test
    void after_a_reopen_the_run_page_shows_the_answers_as_they_were_signed_off() {
        Person adam = adminOf();
        filler.exec(() -> {
            runs.start(run);
            runs.answer(run, aisles, "PASS");
            runs.answer(run, fridge, "4");
            runs.submit(run);
        });
        olga.exec(() -> signOffs.signOff(run, runs.load(run).version()));
        adam.exec(() -> signOffs.reopen(run, "Wrong fridge"));
        filler.exec(() -> runs.answer(run, fridge, "9"));

        olga.login();
        RunPage page = open("compliance/runs/" + run, RunPage.class);
        assertThat($(TextField.class).id("answer-" + fridge).getValue()).isEqualTo("9");
        Button signed = $(Button.class).from(page.signedVersions).first();
        assertThat(signed.getText()).startsWith("As signed off on").endsWith("by " + olga.username());
        test(signed).click();

        SignedRunDialog dialog = $(SignedRunDialog.class).first();
        assertThat(dialog.getElement().getTextRecursively()).contains("4 °C").doesNotContain("9 °C");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("signed-version-pdf").getHref()).isNotBlank();
    }

    @Test
    void signing_off_from_a_page_opened_before_the_run_changed_shows_the_conflict_and_signs_nothing() {
        filler.exec(() -> {
            runs.start(run);
            runs.answer(run, aisles, "PASS");
            runs.answer(run, fridge, "4");
            runs.submit(run);
        });
        olga.login();
        RunPage page = open("compliance/runs/" + run, RunPage.class);
        Person adam = adminOf();
        Person otto = new TestOrg(userService, teamService).person("otto" + filler.username().substring(4),
                Role.COMPLIANCE_OFFICER);
        otto.exec(() -> signOffs.signOff(run, runs.load(run).version()));
        adam.exec(() -> signOffs.reopen(run, "Wrong fridge"));
        filler.exec(() -> {
            runs.answer(run, fridge, "7");
            runs.submit(run);
        });

        test($(Button.class).from(page.signOffPanel).id("run-sign-off-button")).click();
        SessionErrors.handled(() -> test($(ConfirmDialog.class).first()).confirm());

        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .extracting(n -> n.getElement().getProperty("text", "")).anyMatch(t -> t.startsWith(
                        "Someone else changed this"));
        assertThat(runs.load(run).status()).isEqualTo(RunStatus.SUBMITTED);
    }

    private Person adminOf() {
        return new TestOrg(userService, teamService).person("adam2" + filler.username().substring(4), Role.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radio(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    @Test
    void an_evidence_upload_of_200_mb_is_refused_after_10_mb_and_other_users_are_still_served() {
        filler.exec(() -> runs.start(run));
        filler.login();
        open("compliance/runs/" + run, RunPage.class);
        com.vaadin.flow.component.upload.Upload upload = $(com.vaadin.flow.component.upload.Upload.class)
                .id("upload-" + aisles);

        app.tandem.HugeUpload sent = new app.tandem.HugeUpload(200L * 1024 * 1024)
                .sendTo(upload, "huge.pdf", "application/pdf", "%PDF-1.4\n".getBytes());
        roundTrip();

        assertThat(sent.rejected()).isTrue();
        assertThat(sent.bytesRead()).as("read no further than the limit").isLessThan(11L * 1024 * 1024);
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .extracting(n -> n.getElement().getProperty("text", "")).contains("A file can have at most 10 MB.");
        long start = System.nanoTime();
        assertThat(olga.run(() -> runs.load(run)).items().toList().getFirst().evidence()).isEmpty();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("another user's call")
                .isLessThan(java.time.Duration.ofSeconds(2));
    }
}

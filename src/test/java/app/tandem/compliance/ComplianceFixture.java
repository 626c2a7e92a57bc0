package app.tandem.compliance;

import app.tandem.MutableClock;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The organisation and checklist every run test starts from: team East (supervisor Sue, staff Anna and Ben),
 * team West (Carl), officers Olga and Otto, admin Adam, manager Max; a published "Warehouse safety walk" of two
 * sections and four items; a weekly Monday schedule for East assigned to Anna, with a window of 3 days. The clock
 * stands on Monday 2026-06-01, so the runs of the 1st and the 8th are open.
 */
final class ComplianceFixture {

    static final String AISLES = "Aisles are clear";
    static final String EXTINGUISHER = "Fire extinguisher checked";
    static final String FRIDGE = "Fridge temperature";
    static final String REMARKS = "Remarks";

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
    ChecklistRunService runService;
    @Autowired
    MutableClock clock;

    Person anna;
    Person ben;
    Person carl;
    Person sue;
    Person olga;
    Person otto;
    Person adam;
    Person max;
    long east;
    long west;
    long walk;
    long schedule;

    /** A fixture wired from the test's Spring context (not a bean: other contexts must not pick it up). */
    static ComplianceFixture in(ApplicationContext context) {
        ComplianceFixture fixture = new ComplianceFixture();
        context.getAutowireCapableBeanFactory().autowireBean(fixture);
        return fixture.setUp();
    }

    private ComplianceFixture setUp() {
        clock.setInstant(Instant.parse("2026-06-01T07:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        otto = org.person("otto", Role.COMPLIANCE_OFFICER);
        adam = org.person("adam", Role.ADMIN);
        max = org.person("max", Role.MANAGER);
        east = org.team("East", TeamKind.OPERATIONS, sue, anna, ben, sue);
        west = org.team("West", TeamKind.OPERATIONS, null, carl, olga);
        long safety = adam.run(() -> categories.create("Safety")).id();
        walk = olga.run(() -> {
            long template = templates.create(new TemplateDraft("Warehouse safety walk", safety, null));
            long draft = templates.draftFor(template);
            long aisles = templates.addSection(draft, "Aisles");
            templates.saveItem(aisles, new TemplateItemData(null, AISLES, null, null,
                    ItemRule.passFail().withEvidenceAndNoteRules(true, false, false)));
            templates.saveItem(aisles, new TemplateItemData(null, EXTINGUISHER, null, null,
                    ItemRule.passFail().withWeight(3).asCritical().withEvidenceAndNoteRules(false, true, false)));
            long cold = templates.addSection(draft, "Cold store");
            templates.saveItem(cold, new TemplateItemData(null, FRIDGE, null, "°C", new ItemRule(ResponseType.NUMBER,
                    true, 2, false, null, new BigDecimal("2"), new BigDecimal("8"), List.of(), false, false, false)));
            templates.saveItem(cold, new TemplateItemData(null, REMARKS, null, null,
                    new ItemRule(ResponseType.TEXT, false, 1, false, null, null, null, List.of(), false, false,
                            false)));
            templates.publish(draft);
            return template;
        });
        schedule = olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, east, anna.id(),
                new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null, LocalDate.parse("2026-06-01"),
                        null), 3, true))).id();
        return this;
    }

    /** Anna's run of the given Monday. */
    long annasRun(String occurrence) {
        return anna.run(() -> runService.myRuns()).stream()
                .filter(r -> r.opensOn().equals(LocalDate.parse(occurrence))).findFirst().orElseThrow().id();
    }

    /** The run's version as a reviewer's page shows it. */
    long version(long runId) {
        return olga.run(() -> runService.load(runId)).version();
    }

    long item(long runId, String prompt) {
        return olga.run(() -> runService.load(runId)).items().filter(i -> i.item().prompt().equals(prompt))
                .findFirst().orElseThrow().item().id();
    }

    /** Anna answers every item so that the run can be submitted as it is. */
    void annaAnswersAll(long runId, String aisles, String extinguisher, String fridge) {
        anna.exec(() -> {
            runService.start(runId);
            runService.answer(runId, item(runId, AISLES), aisles);
            runService.answer(runId, item(runId, EXTINGUISHER), extinguisher);
            runService.answer(runId, item(runId, FRIDGE), fridge);
        });
    }

    static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}

package app.tandem.home;

import app.tandem.MutableClock;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
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
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.DealData;
import app.tandem.crm.DealService;
import app.tandem.crm.StageInfo;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImpactData;
import app.tandem.improvement.ImpactRecurrence;
import app.tandem.improvement.ImpactType;
import app.tandem.improvement.ImpactUnit;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ImpactService;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.TargetData;
import app.tandem.performance.TargetService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Known data across the four modules, as seen on Wednesday 2026-06-17 (UTC), for the dashboard's tests.
 * Team East (supervisor Sue; Anna, Ben, Sue) and West (Carl); manager Max, officer Olga, admin Adam.
 * <ul>
 * <li>CRM: Anna won "March win" (100) and lost one in March, won "May win" (300) in May, and in June won "June win"
 * (2000) and lost one; Carl won "West win" (700) in June. Open: Anna's "Open A" (Proposal, 1000, closing 30 June,
 * with a planned call) and "Open later" (Qualification, 500, closing in August, no activity); Carl's "West open"
 * (Proposal, 4000, closing 20 June, no activity). Max gave Anna a revenue target of 5000 for June.</li>
 * <li>Improvement: Anna's "Scrap" in progress and overdue (due 1 June); Carl's "West idea" in progress; Anna's
 * "Done" completed this month with a hard saving of 100 a month.</li>
 * <li>Compliance: Carl's one-off run of Monday 15 June still open (overdue); Anna's run of today submitted with its
 * one pass/fail item failed (one open LOW finding).</li>
 * <li>Feedback: Sue praised Anna in June and coached Ben in May.</li>
 * </ul>
 */
public final class DashboardFixture {

    public static final Instant NOW = Instant.parse("2026-06-17T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-06-17");

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accounts;
    @Autowired
    DealService deals;
    @Autowired
    ActivityService activities;
    @Autowired
    TargetService targets;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ImprovementService improvements;
    @Autowired
    ImpactService impacts;
    @Autowired
    ChecklistCategoryService categories;
    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    MutableClock clock;

    public Person anna;
    public Person ben;
    public Person carl;
    public Person sue;
    public Person max;
    public Person olga;
    public Person adam;
    public long east;
    public long west;
    long acme;
    long westwind;
    List<StageInfo> stages;

    public static DashboardFixture in(ApplicationContext context, String suffix) {
        DashboardFixture fixture = new DashboardFixture();
        context.getAutowireCapableBeanFactory().autowireBean(fixture);
        return fixture.setUp(suffix);
    }

    /** An operations team and a back-office team, added on top by {@link #addOperationsAndBackOffice()}. */
    public Person otto;
    public Person olive;
    public Person pia;
    public long plant;
    public long backOffice;
    private String suffix = "";

    /**
     * Adds team Plant (OPERATIONS; supervisor Otto, Olive): Olive's "Leak" in progress and "Pallets" completed this
     * month with a hard saving of 100 and a soft one of 40 a month; and team Back office (OTHER): Pia, whom Max
     * gave a revenue target of 1000 for May (met by nothing) and June.
     */
    public DashboardFixture addOperationsAndBackOffice() {
        String u = suffix;
        TestOrg org = new TestOrg(userService, teamService);
        otto = org.person("otto" + u, Role.SUPERVISOR, Role.STAFF);
        olive = org.person("olive" + u, Role.STAFF);
        pia = org.person("pia" + u, Role.STAFF);
        plant = org.team("Plant" + u, TeamKind.OPERATIONS, otto, olive, otto);
        backOffice = org.team("Back office" + u, TeamKind.OTHER, null, pia);
        long leak = olive.run(() -> improvements.submitIdea(new IdeaDraft("Leak" + u, "Air leaks", null, null)));
        toInProgress(leak);
        long pallets = olive.run(() -> improvements.submitIdea(new IdeaDraft("Pallets" + u, "Broken pallets", null,
                null)));
        olive.exec(() -> {
            impacts.saveImpact(pallets, ImpactData.of(null, 0, ImpactType.COST, true, ImpactRecurrence.MONTHLY,
                    ImpactUnit.MONEY, null, new BigDecimal("150"), null, new BigDecimal("100")));
            impacts.saveImpact(pallets, ImpactData.of(null, 0, ImpactType.COST, false, ImpactRecurrence.MONTHLY,
                    ImpactUnit.MONEY, null, new BigDecimal("50"), null, new BigDecimal("40")));
        });
        toInProgress(pallets);
        max.exec(() -> {
            improvements.moveTo(pallets, ItemStatus.CHECKING, null, null);
            improvements.moveTo(pallets, ItemStatus.STANDARDISING, null, null);
            improvements.moveTo(pallets, ItemStatus.COMPLETED, null, null);
        });
        for (LocalDate day : List.of(TODAY.minusMonths(1), TODAY)) {
            max.exec(() -> targets.save(new TargetData(null, 0, MetricRef.builtIn(Metric.REVENUE_WON), pia.id(), null,
                    Period.containing(PeriodType.MONTH, day), new BigDecimal("1000"))));
        }
        return this;
    }

    private DashboardFixture setUp(String u) {
        suffix = u;
        clock.setInstant(Instant.parse("2026-03-10T10:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna" + u, Role.STAFF);
        ben = org.person("ben" + u, Role.STAFF);
        carl = org.person("carl" + u, Role.STAFF);
        sue = org.person("sue" + u, Role.SUPERVISOR, Role.STAFF);
        max = org.person("max" + u, Role.MANAGER);
        olga = org.person("olga" + u, Role.COMPLIANCE_OFFICER);
        adam = org.person("adam" + u, Role.ADMIN);
        east = org.team("East" + u, TeamKind.SALES, sue, anna, ben, sue);
        west = org.team("West" + u, TeamKind.SALES, null, carl);
        stages = anna.run(() -> deals.stages());
        acme = anna.run(() -> accounts.create(account("Acme" + u, anna))).id();
        westwind = carl.run(() -> accounts.create(account("Westwind" + u, carl))).id();
        won(anna, acme, "March win", "100");
        lost(anna, acme, "March loss", "50");

        clock.setInstant(Instant.parse("2026-05-10T10:00:00Z"));
        won(anna, acme, "May win", "300");
        sue.exec(() -> feedback.give(new FeedbackDraft(ben.id(), FeedbackType.COACHING, FeedbackVisibility.PUBLIC,
                "Good start on the Acme renewal")));

        clock.setInstant(Instant.parse("2026-06-15T07:00:00Z"));
        long category = adam.run(() -> categories.create("Safety" + u)).id();
        long template = olga.run(() -> {
            long t = templates.create(new TemplateDraft("Dock walk" + u, category, null));
            long draft = templates.draftFor(t);
            long section = templates.addSection(draft, "Dock");
            templates.saveItem(section, new TemplateItemData(null, "Dock doors close", null, null,
                    ItemRule.passFail()));
            templates.publish(draft);
            return t;
        });
        olga.exec(() -> schedules.save(new ScheduleData(null, 0, template, west, carl.id(),
                RecurrenceRule.of(Recurrence.ONE_OFF, LocalDate.parse("2026-06-15")), 1, true)));

        clock.setInstant(NOW);
        won(anna, acme, "June win", "2000");
        lost(anna, acme, "June loss", "80");
        won(carl, westwind, "West win", "700");
        long openA = open(anna, acme, "Open A", "Proposal", "1000", LocalDate.parse("2026-06-30"));
        open(anna, acme, "Open later", "Qualification", "500", LocalDate.parse("2026-08-15"));
        open(carl, westwind, "West open", "Proposal", "4000", LocalDate.parse("2026-06-20"));
        anna.exec(() -> activities.create(new ActivityData(null, 0, ActivityType.CALL, "Call about Open A", null,
                LocalDateTime.parse("2026-06-20T10:00:00"), null, ActivityStatus.PLANNED, acme, null, openA,
                anna.id(), app.tandem.crm.Recurrence.NONE, null)));
        max.exec(() -> targets.save(new TargetData(null, 0, MetricRef.builtIn(Metric.REVENUE_WON), anna.id(), null,
                Period.containing(PeriodType.MONTH, TODAY), new BigDecimal("5000"))));
        sue.exec(() -> feedback.give(new FeedbackDraft(anna.id(), FeedbackType.PRAISE, FeedbackVisibility.PUBLIC,
                "Great close of the June deal")));

        long scrap = anna.run(() -> improvements.submitIdea(new IdeaDraft("Scrap" + u, "Too much scrap", null, null)));
        toInProgress(scrap);
        max.exec(() -> improvements.update(withDueDate(improvements.load(scrap), LocalDate.parse("2026-06-01"))));
        long westIdea = carl.run(() -> improvements.submitIdea(new IdeaDraft("West idea" + u, "Slow loading", null,
                null)));
        toInProgress(westIdea);
        long done = anna.run(() -> improvements.submitIdea(new IdeaDraft("Done" + u, "Rework", null, null)));
        anna.exec(() -> impacts.saveImpact(done, ImpactData.of(null, 0, ImpactType.COST, true,
                ImpactRecurrence.MONTHLY, ImpactUnit.MONEY, null, new BigDecimal("150"), null, new BigDecimal("100"))));
        toInProgress(done);
        max.exec(() -> {
            improvements.moveTo(done, ItemStatus.CHECKING, null, null);
            improvements.moveTo(done, ItemStatus.STANDARDISING, null, null);
            improvements.moveTo(done, ItemStatus.COMPLETED, null, null);
        });

        olga.exec(() -> schedules.save(new ScheduleData(null, 0, template, east, anna.id(),
                RecurrenceRule.of(Recurrence.ONE_OFF, TODAY), 1, true)));
        long annasRun = anna.run(() -> runs.myRuns()).getFirst().id();
        long doors = olga.run(() -> runs.load(annasRun)).items().toList().getFirst().item().id();
        anna.exec(() -> {
            runs.answer(annasRun, doors, "FAIL");
            runs.submit(annasRun);
        });
        return this;
    }

    StageInfo stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private void won(Person owner, long account, String name, String amount) {
        long id = open(owner, account, name, "Qualification", amount, null);
        owner.exec(() -> deals.win(id));
    }

    private void lost(Person owner, long account, String name, String amount) {
        long id = open(owner, account, name, "Qualification", amount, null);
        owner.exec(() -> deals.lose(id, deals.lostReasons().getFirst().id()));
    }

    private long open(Person owner, long account, String name, String stageName, String amount, LocalDate close) {
        StageInfo stage = stage(stageName);
        return owner.run(() -> deals.create(new DealData(null, 0, name, account, null, new BigDecimal(amount),
                stage.id(), stage.probability(), false, close, null, owner.id(), null))).id();
    }

    private void toInProgress(long item) {
        max.exec(() -> {
            improvements.moveTo(item, ItemStatus.APPROVED, null, null);
            improvements.moveTo(item, ItemStatus.IN_PROGRESS, null, null);
        });
    }

    private static AccountData account(String name, Person owner) {
        return new AccountData(null, 0, name, null, null, null, null, null, null, null, AccountStatus.PROSPECT, null,
                owner.id());
    }

    private static ItemData withDueDate(ItemData d, LocalDate due) {
        return new ItemData(d.id(), d.version(), d.kind(), d.title(), d.problemStatement(), d.areaId(), d.teamId(),
                d.submitterId(), d.ownerId(), d.approverId(), d.priority(), due, d.status(), d.statusReason(),
                d.revisitDate(), d.originType(), d.originId(), d.originLabel(), d.background(), d.currentState(),
                d.goal(), d.whySteps(), d.countermeasures(), d.results(), d.followUp(), d.overdue());
    }
}

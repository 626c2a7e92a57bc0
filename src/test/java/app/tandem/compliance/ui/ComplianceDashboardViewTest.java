package app.tandem.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.ui.EChart;
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
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The compliance dashboard page: its charts' options for an officer and what a supervisor is not shown. */
class ComplianceDashboardViewTest extends BrowserlessViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
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

    Person olga;
    Person sue;
    String teamName;
    String categoryName;

    /** A one-off dock walk due this month, submitted today with its only item failed. */
    @BeforeEach
    void aSubmittedRunWithAFinding() {
        String u = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        TestOrg org = new TestOrg(userService, teamService);
        Person filler = org.person("dfill" + u, Role.STAFF);
        sue = org.person("dsue" + u, Role.SUPERVISOR, Role.STAFF);
        olga = org.person("dolga" + u, Role.COMPLIANCE_OFFICER);
        Person adam = org.person("dadam" + u, Role.ADMIN);
        teamName = "Dash dock " + u;
        categoryName = "Dash safety " + u;
        long team = org.team(teamName, TeamKind.OPERATIONS, sue, filler, sue);
        long category = adam.run(() -> categories.create(categoryName)).id();
        long template = olga.run(() -> {
            long t = templates.create(new TemplateDraft("Dash walk " + u, category, null));
            long draft = templates.draftFor(t);
            long section = templates.addSection(draft, "Dock");
            templates.saveItem(section, new TemplateItemData(null, "Dock doors close", null, null,
                    ItemRule.passFail()));
            templates.publish(draft);
            return t;
        });
        olga.exec(() -> schedules.save(new ScheduleData(null, 0, template, team, filler.id(),
                RecurrenceRule.of(Recurrence.ONE_OFF, LocalDate.now(clock)), 1, true)));
        long run = filler.run(() -> runs.myRuns()).getFirst().id();
        long doors = olga.run(() -> runs.load(run)).items().toList().getFirst().item().id();
        filler.exec(() -> {
            runs.answer(run, doors, "FAIL");
            assertThat(runs.submit(run).submitted()).isTrue();
        });
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static JsonNode option(EChart chart) {
        return JSON.readTree(chart.getOptionJson());
    }

    static java.util.List<String> categories(JsonNode option) {
        return option.get("xAxis").get("data").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void an_officer_sees_rates_trend_and_findings_as_charts() {
        olga.login();
        ComplianceDashboardView view = open("compliance/dashboard", ComplianceDashboardView.class);

        assertThat(view.period.getValue()).isEqualTo(ComplianceDashboardView.Period.MONTH);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.now(clock).withDayOfMonth(1));

        JsonNode byTeam = option(view.byTeam);
        assertThat(categories(byTeam)).contains(teamName);
        int index = categories(byTeam).indexOf(teamName);
        assertThat(byTeam.get("series").get(0).get("name").asString()).isEqualTo("Completion rate");
        assertThat(byTeam.get("series").get(0).get("data").get(index).decimalValue()).isEqualByComparingTo("100");
        assertThat(byTeam.get("series").get(1).get("name").asString()).isEqualTo("On-time rate");
        assertThat(byTeam.get("series").get(1).get("data").get(index).decimalValue()).isEqualByComparingTo("100");
        assertThat(categories(option(view.byCategory))).contains(categoryName);

        JsonNode trend = option(view.scoreTrend);
        assertThat(trend.get("series").get(0).get("type").asString()).isEqualTo("line");
        assertThat(categories(trend)).hasSize(12);
        assertThat(trend.get("series").get(0).get("data").get(11).isNumber()).as("this month has a score").isTrue();

        assertThat(categories(option(view.bySeverity))).containsExactly("High", "Medium", "Low");
        assertThat(categories(option(view.byAge))).containsExactly("0-7 days", "8-30 days", "31-90 days",
                "Over 90 days");
        assertThat(option(view.byAge).get("series").get(0).get("data").get(0).asLong()).isPositive();
        assertThat(view.openFindings.isVisible()).isTrue();
        assertThat(view.openFindings.getText()).isNotBlank();
        assertThat(view.bySeverity.getParent().orElseThrow().isVisible()).isTrue();
    }

    @Test
    void a_supervisor_sees_their_team_without_the_findings() {
        sue.login();
        ComplianceDashboardView view = open("compliance/dashboard", ComplianceDashboardView.class);

        assertThat(categories(option(view.byTeam))).containsExactly(teamName);
        assertThat(view.completion.getText()).isEqualTo("100%");
        assertThat(view.bySeverity.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.byAge.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void a_reversed_period_shows_a_message_and_keeps_the_charts() {
        sue.login();
        ComplianceDashboardView view = open("compliance/dashboard", ComplianceDashboardView.class);
        String before = view.byTeam.getOptionJson();

        view.from.setValue(LocalDate.now(clock).plusMonths(2));

        assertThat(view.period.getValue()).isEqualTo(ComplianceDashboardView.Period.CUSTOM);
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end of the period must not be before its start.");
        assertThat(view.byTeam.getOptionJson()).isEqualTo(before);
    }
}

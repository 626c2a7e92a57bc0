package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.Direction;
import app.tandem.performance.KpiData;
import app.tandem.performance.KpiService;
import app.tandem.performance.MemberScores;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Rollup;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager looks at a team's members with the roll-up row and enters a manual KPI value for a member. */
@WithTandemUser(roles = Role.MANAGER)
class TeamViewTest extends BrowserlessViewTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    KpiService kpiService;
    @Autowired
    PerformanceService performanceService;

    @Test
    void the_team_page_leads_to_the_feedback_log_giving_feedback_and_the_one_on_ones() {
        open("performance/team", TeamView.class);

        assertThat($(com.vaadin.flow.router.RouterLink.class).all().stream().map(l -> l.getHref()).toList())
                .contains("performance/feedback-log", "performance/feedback", "performance/one-on-ones");
    }

    @Test
    void a_manager_enters_a_kpi_value_for_a_member_and_sees_it_in_the_members_grid_with_the_team_row() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        TestOrg org = new TestOrg(userService, teamService);
        Person anna = org.person("anna" + suffix, Role.STAFF);
        String teamName = "Ops " + suffix;
        long teamId = org.team(teamName, TeamKind.OPERATIONS, null, anna);
        KpiData kpi = TestUsers.runAsAdmin("perf-admin", () -> kpiService.save(new KpiData(null, 0,
                "On time " + suffix, "%", Direction.HIGHER_IS_BETTER, Rollup.MEAN, true)));
        TeamView view = open("performance/team", TeamView.class);
        test(view.team).selectItem(teamName);

        test(view.enterKpi).click();
        KpiActualDialog dialog = $(KpiActualDialog.class).single();
        test(dialog.kpi).selectItem(kpi.name() + " (%)");
        test(dialog.whose).selectItem(anna.ref().displayName());
        test(dialog.value).setValue(new BigDecimal("96.5"));
        test(dialog.comment).setValue("From the shipping log");
        test(dialog.save).click();

        List<MemberScores> rows = rows(view);
        assertThat(rows).extracting(MemberScores::name).containsExactly(anna.ref().displayName(), teamName);
        assertThat(rows.getLast().userId()).as("the team's roll-up row").isNull();
        assertThat(rows.getLast().score(kpi.ref()).orElseThrow().actual()).isEqualByComparingTo("96.5");
        assertThat(view.members.getColumnByKey(kpi.ref().key())).isNotNull();
        assertThat(kpiService.actual(kpi.id(), anna.id(), null, view.period.getValue()).orElseThrow().comment())
                .isEqualTo("From the shipping log");
        assertThat(performanceService.team(teamId, view.period.getValue()).members()).hasSize(1);
    }

    private List<MemberScores> rows(TeamView view) {
        var grid = test(view.members);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}

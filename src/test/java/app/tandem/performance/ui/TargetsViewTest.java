package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.TargetData;
import app.tandem.performance.TargetFilter;
import app.tandem.performance.TargetRow;
import app.tandem.performance.TargetService;
import app.tandem.performance.TargetStatus;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A manager sets a team's targets in bulk and copies a period's targets to the next, through the Targets page. */
@WithTandemUser(roles = Role.MANAGER)
class TargetsViewTest extends BrowserlessViewTest {

    static final MetricRef REVENUE = MetricRef.builtIn(Metric.REVENUE_WON);

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    TargetService targetService;

    String suffix;
    Person anna;
    Person ben;
    long teamId;
    String teamName;

    @BeforeEach
    void aTeamOfTwo() {
        suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna" + suffix, Role.STAFF);
        ben = org.person("ben" + suffix, Role.STAFF);
        teamName = "Targets " + suffix;
        teamId = org.team(teamName, TeamKind.SALES, null, anna, ben);
    }

    @Test
    void a_manager_sets_one_revenue_target_per_member_in_bulk() {
        Period march = new Period(PeriodType.MONTH, LocalDate.of(2031, 3, 1));
        TargetsView view = openWith("performance/targets", march, TargetsView.class);

        test(view.bulk).click();
        BulkTargetsDialog dialog = $(BulkTargetsDialog.class).single();
        test(dialog.team).selectItem(teamName);
        test(dialog.period.period).selectItem("2031-03");
        test(dialog.perMember.get(anna.id())).setValue(new BigDecimal("12000"));
        test(dialog.perMember.get(ben.id())).setValue(new BigDecimal("18000"));
        test(dialog.save).click();

        List<TargetRow> saved = targets(march);
        assertThat(saved).extracting(TargetRow::subjectName, r -> r.value().intValue(), TargetRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(anna.ref().displayName(), 12000,
                        TargetStatus.ACTIVE), org.assertj.core.groups.Tuple.tuple(ben.ref().displayName(), 18000,
                                TargetStatus.ACTIVE));
        test(view.team).selectItem(teamName);
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void the_same_value_for_every_member_needs_a_value() {
        Period april = new Period(PeriodType.MONTH, LocalDate.of(2031, 4, 1));
        openWith("performance/targets", april, TargetsView.class);
        test($(TargetsView.class).single().bulk).click();
        BulkTargetsDialog dialog = $(BulkTargetsDialog.class).single();
        test(dialog.team).selectItem(teamName);
        test(dialog.period.period).selectItem("2031-04");
        test(dialog.sameForAll).click();

        test(dialog.save).click();

        assertThat(dialog.sameValue.isInvalid()).isTrue();
        assertThat(targets(april)).isEmpty();

        test(dialog.sameValue).setValue(new BigDecimal("5000"));
        test(dialog.save).click();

        assertThat(targets(april)).extracting(r -> r.value().intValue()).containsExactly(5000, 5000);
    }

    @Test
    void copying_last_period_creates_next_periods_targets_and_skips_existing_ones() {
        Period may = new Period(PeriodType.MONTH, LocalDate.of(2031, 5, 1));
        targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null, may, new BigDecimal("1000")));
        targetService.save(new TargetData(null, 0, REVENUE, ben.id(), null, may, new BigDecimal("2000")));
        targetService.save(new TargetData(null, 0, REVENUE, ben.id(), null, may.next(), new BigDecimal("2500")));
        TargetsView view = openWith("performance/targets", may, TargetsView.class);
        test(view.team).selectItem(teamName);

        test(view.copy).click();
        test($(ConfirmDialog.class).id("targets-copy-confirm")).confirm();

        assertThat(targets(may.next())).extracting(TargetRow::subjectName, r -> r.value().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(anna.ref().displayName(), 1000),
                org.assertj.core.groups.Tuple.tuple(ben.ref().displayName(), 2500));
        assertThat(view.period.getValue()).isEqualTo(may.next());
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    private List<TargetRow> targets(Period period) {
        return targetService.list(new TargetFilter(null, period, teamId, null, null), PageRequest.of(0, 50))
                .getContent();
    }

    TeamRef team() {
        return new TeamRef(teamId, teamName, TeamKind.SALES);
    }

    @Test
    void the_address_can_filter_the_list_by_status_as_my_work_links_proposed_targets() {
        com.vaadin.flow.component.UI.getCurrent().navigate("performance/targets",
                com.vaadin.flow.router.QueryParameters.of(TargetsView.STATUS, "PROPOSED"));
        roundTrip();

        assertThat(((TargetsView) getCurrentView()).status.getValue()).isEqualTo(TargetStatus.PROPOSED);
    }

    /** Opens the page with a period in its address, as a deep link does. */
    private <T> T openWith(String route, Period period, Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route,
                com.vaadin.flow.router.QueryParameters.of("period", PeriodPicker.key(period)));
        roundTrip();
        return view.cast(getCurrentView());
    }
}

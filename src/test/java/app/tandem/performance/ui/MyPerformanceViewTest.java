package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestUsers;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Score;
import app.tandem.performance.TargetData;
import app.tandem.performance.TargetService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A seller opens My performance: their targets with attainment, the charts, and the forecast for a period. */
@WithTandemUser(roles = Role.STAFF, username = "perf-me-staff")
class MyPerformanceViewTest extends BrowserlessViewTest {

    @Autowired
    TargetService targetService;
    @Autowired
    PerformanceService performanceService;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    FeedbackService feedbackService;
    @Autowired
    app.tandem.org.UserService userService;
    @Autowired
    app.tandem.org.TeamService teamService;

    @Test
    void my_targets_of_the_chosen_period_show_with_attainment_and_the_charts() {
        long me = currentUser.id();
        Period june = new Period(PeriodType.MONTH, LocalDate.of(2025, 6, 1));
        TestUsers.runAsAdmin("perf-admin", () -> {
            targetService.save(new TargetData(null, 0, MetricRef.builtIn(Metric.ACTIVITIES_DONE), me, null, june,
                    new BigDecimal("15")));
            return targetService.save(new TargetData(null, 0, MetricRef.builtIn(Metric.REVENUE_WON), me, null,
                    june, new BigDecimal("20000")));
        });

        MyPerformanceView view = openWith("performance/me", june, MyPerformanceView.class);

        assertThat(view.period.getValue()).isEqualTo(june);
        List<Score> rows = rows(view);
        assertThat(rows).extracting(s -> s.metric().metric()).contains(Metric.REVENUE_WON, Metric.ACTIVITIES_DONE);
        Score revenue = rows.stream().filter(s -> s.metric().metric() == Metric.REVENUE_WON).findFirst().orElseThrow();
        assertThat(revenue.target()).isEqualByComparingTo("20000");
        assertThat(revenue.attainment()).isEqualByComparingTo("0");
        assertThat(view.attainmentChart.getOptionJson()).contains(text("perf.metric.REVENUE_WON"))
                .contains(text("perf.metric.ACTIVITIES_DONE"));
        assertThat(view.trendChart.getOptionJson()).contains("2024-07").contains("2025-06").contains("20000]");
        assertThat(test(view.forecast).size()).isEqualTo(1);
        assertThat(view.sections.getChildren().count()).as("sections to which feedback and 1:1s add theirs")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_feedback_i_received_shows_as_links_to_each_piece() {
        long me = currentUser.id();
        String suffix = Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        TestOrg.Person colleague = new TestOrg(userService, teamService).person("colleague" + suffix, Role.STAFF);
        long given = colleague.run(() -> feedbackService.give(new FeedbackDraft(me, FeedbackType.PRAISE,
                FeedbackVisibility.PRIVATE, "Thanks for the quick quote " + suffix)));

        MyPerformanceView view = open("performance/me", MyPerformanceView.class);

        assertThat(view.recentFeedback.getChildren().map(li -> li.getElement().getTextRecursively()))
                .anySatisfy(t -> assertThat(t).contains("Thanks for the quick quote " + suffix)
                        .startsWith(text("feedback.type.PRAISE")));
        assertThat(view.recentFeedback.getElement().getChildren()
                .flatMap(li -> li.getChildren()).map(a -> a.getAttribute("href")))
                .contains("performance/feedback/" + given);
    }

    @Test
    void another_period_shows_that_periods_targets_and_the_trend_follows_the_chosen_metric() {
        Period quarter = new Period(PeriodType.QUARTER, LocalDate.of(2025, 7, 1));
        long me = currentUser.id();
        TestUsers.runAsAdmin("perf-admin", () -> targetService.save(new TargetData(null, 0,
                MetricRef.builtIn(Metric.DEALS_WON), me, null, quarter, new BigDecimal("9"))));
        MyPerformanceView view = open("performance/me", MyPerformanceView.class);

        test(view.period.type).selectItem(text("perf.period.type.QUARTER"));
        test(view.period.period).selectItem("2025-Q3");
        test(view.trendMetric).selectItem(text("perf.metric.DEALS_WON"));

        assertThat(rows(view)).filteredOn(s -> s.target() != null).extracting(s -> s.metric().metric())
                .containsExactly(Metric.DEALS_WON);
        assertThat(view.trendChart.getOptionJson()).contains("2022-Q4").contains("2025-Q3").contains(",9]");
    }

    private List<Score> rows(MyPerformanceView view) {
        var grid = test(view.scores);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private String text(String key) {
        return $(MyPerformanceView.class).single().getTranslation(key);
    }

    /** Opens the page with a period in its address, as a deep link does. */
    private <T> T openWith(String route, Period period, Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route,
                com.vaadin.flow.router.QueryParameters.of("period", PeriodPicker.key(period)));
        roundTrip();
        return view.cast(getCurrentView());
    }
}

package app.tandem.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.util.Arrays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The savings dashboard's figures on known data: annualised sums, grouping, median cycle time, participation. */
@TandemServiceTest
class SavingsServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    ImpactService impactService;
    @Autowired
    SavingsService savingsService;
    @Autowired
    MutableClock clock;

    Person anna;
    Person ben;
    Person carl;
    Person max;
    long tooling;

    @BeforeEach
    void twoTeamsWithKnownItems() {
        clock.setInstant(Instant.parse("2025-12-31T10:00:00Z"));
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            max = person("max", Role.MANAGER);
            team("East", anna, ben);
            team("West", carl);
            return null;
        });
        long lastYear = as(anna, () -> improvementService.submitIdea(idea("Last year")));
        as(anna, () -> impactService.saveImpact(lastYear, money(true, ImpactRecurrence.YEARLY, "999", null,
                "999")));

        clock.setInstant(Instant.parse("2026-03-02T09:00:00Z"));
        long a = as(anna, () -> improvementService.submitIdea(idea("Monthly scrap saving")));
        as(anna, () -> impactService.saveImpact(a, money(true, ImpactRecurrence.MONTHLY, "150", "120", "100")));
        as(anna, () -> impactService.saveImpact(a, money(false, ImpactRecurrence.YEARLY, "600", null, "500")));
        long b = as(carl, () -> improvementService.submitIdea(idea("One-off tooling")));
        tooling = b;
        as(carl, () -> impactService.saveImpact(b, money(true, ImpactRecurrence.ONE_OFF, "300", null, "300")));
        as(carl, () -> impactService.saveImpact(b, ImpactData.of(null, 0, ImpactType.TIME, true,
                ImpactRecurrence.MONTHLY, ImpactUnit.HOURS, null, null, null, new BigDecimal("10"))));
        long c = as(anna, () -> improvementService.submitIdea(idea("Quick win")));
        long d = as(anna, () -> improvementService.submitIdea(idea("Medium win")));

        approve(a, c, d);
        clock.advance(Duration.ofDays(2));
        complete(c);
        clock.advance(Duration.ofDays(2));
        complete(d);
        clock.advance(Duration.ofDays(6));
        complete(a);
    }

    @Test
    void realised_savings_are_the_annualised_actuals_of_completed_items_by_team_and_by_month_of_completion() {
        SavingsFigures figures = as(max, () -> savingsService.figures(2026));

        assertThat(figures.byTeam()).as("West's tooling item is not completed: nothing realised yet")
                .extracting(s -> s.label() + " " + plain(s.hard()) + " " + plain(s.soft()))
                .containsExactly("East 1200 500");
        assertThat(figures.byMonth()).extracting(s -> s.label() + " " + plain(s.hard()) + " " + plain(s.soft()))
                .containsExactly("3 1200 500");

        clock.setInstant(Instant.parse("2026-04-30T23:59:00Z"));
        approve(tooling);
        complete(tooling);
        figures = as(max, () -> savingsService.figures(2026));

        assertThat(figures.byTeam()).extracting(s -> s.label() + " " + plain(s.hard()) + " " + plain(s.soft()))
                .containsExactly("East 1200 500", "West 300 0");
        assertThat(figures.byMonth()).as("completed in the last minute of April")
                .extracting(s -> s.label() + " " + plain(s.hard()) + " " + plain(s.soft()))
                .containsExactly("3 1200 500", "4 300 0");
        assertThat(as(max, () -> savingsService.figures(2025)).byMonth()).isEmpty();
    }

    @Test
    void target_forecast_and_actual_totals_count_the_year_only_and_money_only() {
        SavingsFigures figures = as(max, () -> savingsService.figures(2026));

        assertThat(figures.target()).isEqualByComparingTo("2700");
        assertThat(figures.forecast()).isEqualByComparingTo("1440");
        assertThat(figures.actual()).isEqualByComparingTo("2000");
        assertThat(as(max, () -> savingsService.figures(2025)).actual()).isEqualByComparingTo("999");
    }

    @Test
    void items_by_status_and_the_median_days_from_approval_to_completion() {
        SavingsFigures figures = as(max, () -> savingsService.figures(2026));

        assertThat(figures.byStatus()).containsEntry(ItemStatus.COMPLETED, 3L).containsEntry(ItemStatus.SUBMITTED, 1L)
                .hasSize(2);
        assertThat(figures.medianCycleDays()).as("median of 2, 4 and 10 days").isEqualTo(4.0);
    }

    @Test
    void participation_is_the_share_of_active_users_who_submitted_this_quarter() {
        SavingsFigures figures = as(max, () -> savingsService.figures(2026));

        assertThat(figures.participants()).as("anna and carl").isEqualTo(2);
        assertThat(figures.activeUsers()).isEqualTo(4);
        assertThat(figures.participation()).isEqualTo(0.5);
    }

    @Test
    void staff_see_the_figures_of_their_scope_only() {
        approve(tooling);
        complete(tooling);
        SavingsFigures figures = as(carl, () -> savingsService.figures(2026));

        assertThat(figures.target()).isEqualByComparingTo("300");
        assertThat(figures.byTeam()).extracting(SavingsFigures.Savings::label).containsExactly("West");
        assertThat(figures.medianCycleDays()).as("only West's item, approved and completed at once").isEqualTo(0.0);
    }

    private void approve(long... ids) {
        as(max, () -> {
            for (long id : ids) {
                improvementService.moveTo(id, ItemStatus.APPROVED, null, null);
                improvementService.moveTo(id, ItemStatus.IN_PROGRESS, null, null);
                improvementService.moveTo(id, ItemStatus.CHECKING, null, null);
                improvementService.moveTo(id, ItemStatus.STANDARDISING, null, null);
            }
            return null;
        });
    }

    private void complete(long id) {
        as(max, () -> improvementService.moveTo(id, ItemStatus.COMPLETED, null, null));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static IdeaDraft idea(String title) {
        return new IdeaDraft(title, "Problem of " + title, null, null);
    }

    private static ImpactData money(boolean hard, ImpactRecurrence recurrence, String target, String forecast,
            String actual) {
        return ImpactData.of(null, 0, ImpactType.COST, hard, recurrence, ImpactUnit.MONEY, null,
                new BigDecimal(target), forecast == null ? null : new BigDecimal(forecast),
                actual == null ? null : new BigDecimal(actual));
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private void team(String name, Person... members) {
        org().team(name, TeamKind.OPERATIONS, null, members);
    }

}

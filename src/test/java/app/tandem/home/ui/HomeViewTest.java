package app.tandem.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.TestUsers;
import app.tandem.base.ui.EChart;
import app.tandem.home.DashboardFixture;
import app.tandem.home.DashboardService;
import app.tandem.base.DashboardTile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The home page per role on known data (see {@link DashboardFixture}): which tiles, a tile's figure, trend, target
 * and link, hiding a tile from its menu and in "Customise", and that a tile's link opens its list filtered.
 */
class HomeViewTest extends BrowserlessViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DashboardService dashboard;
    @Autowired
    MutableClock clock;

    DashboardFixture f;

    @BeforeEach
    void knownData() {
        f = DashboardFixture.in(context, Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff)));
    }

    @AfterEach
    void logoutAndResetTheClock() {
        TestUsers.logout();
        clock.reset();
    }

    private HomeView home() {
        return open("", HomeView.class);
    }

    private List<String> tileIds() {
        return $(Div.class).from($(Div.class).id("dash-tiles")).all().stream()
                .filter(d -> d.getClassNames().contains("dash-tile")).map(d -> d.getId().orElseThrow()).toList();
    }

    private Div tile(String key) {
        return $(Div.class).id("dash-tile-" + key);
    }

    @Test
    void a_sales_person_sees_the_sales_tiles_with_figure_trend_target_and_link() {
        f.anna.login();
        home();

        assertThat(tileIds()).containsExactly("dash-tile-pipeline-open", "dash-tile-pipeline-weighted",
                "dash-tile-won-month", "dash-tile-win-rate", "dash-tile-no-next-activity", "dash-tile-my-attainment");
        Anchor won = $(Anchor.class).id("dash-link-won-month");
        assertThat(won.getText()).isEqualTo("€2,000");
        assertThat(won.getHref()).isEqualTo("performance/me?period=MONTH%3A2026-06-01");
        assertThat(won.getElement().getAttribute("aria-label")).startsWith("Won this month: €2,000.");
        Span trend = $(Span.class).from(tile("won-month")).all().stream()
                .filter(s -> s.getClassNames().contains("dash-trend")).findFirst().orElseThrow();
        assertThat(trend.getText()).isEqualTo("▲ +€1,700 vs last month");
        assertThat(trend.getClassNames()).contains("dash-trend-good");
        assertThat($(Span.class).from(tile("won-month")).all()).extracting(Span::getText).contains("Target €5,000");
        assertThat($(Anchor.class).id("dash-link-pipeline-open").getText()).isEqualTo("€1,000");
        assertThat($(Anchor.class).id("dash-link-no-next-activity").getHref()).isEqualTo("crm/deals?noNextActivity=true");
        assertThat($(EChart.class).id("dash-chart-pipeline-by-stage")).isNotNull();
        assertThat($(EChart.class).id("dash-chart-won-by-month").getOptionJson()).contains("\"Jun\"");
    }

    @Test
    void an_officer_sees_operations_and_compliance_with_findings_by_severity_and_the_compliance_charts() {
        f.olga.login();
        home();

        assertThat(tileIds()).contains("dash-tile-items-in-progress", "dash-tile-runs-due-week",
                "dash-tile-runs-overdue", "dash-tile-findings-open").doesNotContain("dash-tile-pipeline-open",
                "dash-tile-my-attainment");
        assertThat($(Span.class).from(tile("findings-open")).all()).extracting(Span::getText)
                .anyMatch(t -> t.startsWith("High ") && t.contains(" · Low "));
        assertThat($(EChart.class).all()).extracting(c -> c.getId().orElseThrow())
                .containsExactly("dash-chart-score-trend", "dash-chart-completion-by-team");
    }

    @Test
    void a_supervisor_sees_the_team_tiles_linking_to_the_team_page_and_feedback_log() {
        f.sue.login();
        home();

        assertThat(tileIds()).contains("dash-tile-pipeline-open", "dash-tile-items-overdue", "dash-tile-runs-due-week",
                "dash-tile-team-attainment", "dash-tile-team-feedback").doesNotContain("dash-tile-findings-open");
        assertThat($(Anchor.class).id("dash-link-team-attainment").getHref())
                .isEqualTo("performance/team?team=" + f.east + "&period=MONTH%3A2026-06-01");
        assertThat($(Anchor.class).id("dash-link-team-feedback").getText()).isEqualTo("1");
        assertThat($(Span.class).from(tile("team-feedback")).all()).extracting(Span::getText)
                .contains("= vs last month");
    }

    @Test
    void an_operations_supervisor_sees_savings_per_month_items_by_status_and_an_empty_team_targets_chart() {
        f.addOperationsAndBackOffice();
        f.otto.login();
        home();

        assertThat($(EChart.class).all()).extracting(c -> c.getId().orElseThrow())
                .containsExactly("dash-chart-savings-by-month", "dash-chart-items-by-status");
        assertThat($(EChart.class).id("dash-chart-savings-by-month").getOptionJson()).contains("\"Hard savings\"",
                "\"Soft savings\"", "\"Jun\"", "1200");
        assertThat($(EChart.class).id("dash-chart-items-by-status").getOptionJson()).contains("\"In progress (Do)\"")
                .doesNotContain("IN_PROGRESS");
        assertThat($(Paragraph.class).id("dash-chart-empty-team-attainment-by-month").getText())
                .isEqualTo("No targets set for your team in the last six months.");
    }

    @Test
    void a_back_office_person_sees_their_targets_of_the_last_six_months() {
        f.addOperationsAndBackOffice();
        f.pia.login();
        home();
        assertThat($(EChart.class).all()).extracting(c -> c.getId().orElseThrow())
                .containsExactly("dash-chart-my-attainment-by-month");
        assertThat($(EChart.class).id("dash-chart-my-attainment-by-month").getOptionJson())
                .contains("\"Targets set\"", "\"Targets met\"", "\"Jan 2026\"");
    }

    @Test
    void a_sales_supervisor_sees_the_sales_charts_and_the_team_targets_of_the_last_six_months() {
        f.sue.login();
        home();
        assertThat($(EChart.class).all()).extracting(c -> c.getId().orElseThrow()).containsExactly(
                "dash-chart-pipeline-by-stage", "dash-chart-won-by-month", "dash-chart-team-attainment-by-month");
    }

    @Test
    void a_tile_hidden_from_its_menu_stays_hidden_after_reopening_and_customise_shows_it_again() {
        f.anna.login();
        home();

        new MenuBarTester<>($(MenuBar.class).from(tile("win-rate")).single()).clickItem(0, 0);

        assertThat(tileIds()).doesNotContain("dash-tile-win-rate").hasSize(5);
        home();
        assertThat(tileIds()).as("remembered").doesNotContain("dash-tile-win-rate");
        assertThat(f.ben.run(() -> dashboard.tiles())).extracting(DashboardTile::key).as("Ben's own dashboard")
                .contains("win-rate");

        test($(Button.class).id("dash-customise")).click();
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> shown = $(CheckboxGroup.class).id("dash-customise-tiles");
        assertThat(shown.getValue()).doesNotContain("win-rate").contains("pipeline-open");
        test(shown).deselectAll();
        assertThat(tileIds()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("dash-all-hidden").isVisible()).isTrue();
        test($(Button.class).id("dash-show-all")).click();
        assertThat(tileIds()).hasSize(6).contains("dash-tile-win-rate");
        assertThat(shown.getValue()).containsExactlyInAnyOrder("pipeline-open", "pipeline-weighted", "won-month",
                "win-rate", "no-next-activity", "my-attainment");
        test(shown).selectItem("Win rate this quarter");
        test(shown).deselectItem("Win rate this quarter");
        assertThat(f.anna.run(() -> dashboard.hiddenTiles())).containsExactly("win-rate");
    }

    @Test
    void a_tiles_link_opens_its_list_filtered_to_the_figure() {
        f.sue.login();
        DashboardTile noNext = tileOf("no-next-activity");
        openUrl(noNext.url());
        assertThat($(Checkbox.class).id("deals-no-next-activity").getValue()).isTrue();
        assertThat(test(grid("crm-deals-grid")).size()).as("the list shows the tile's figure")
                .isEqualTo(noNext.value().intValueExact()).isEqualTo(1);

        openUrl(tileOf("pipeline-open").url());
        assertThat($(DatePicker.class).id("pipeline-close-from").getValue()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat($(DatePicker.class).id("pipeline-close-to").getValue()).isEqualTo(LocalDate.parse("2026-06-30"));

        DashboardTile inProgress = tileOf("items-in-progress");
        openUrl(inProgress.url());
        assertThat($(Select.class).id("improvement-items-status").getValue()).hasToString("IN_PROGRESS");
        assertThat(test(grid("improvement-items-grid")).size()).isEqualTo(inProgress.value().intValueExact()).isEqualTo(1);

        DashboardTile overdue = tileOf("items-overdue");
        openUrl(overdue.url());
        assertThat($(Checkbox.class).id("improvement-items-overdue").getValue()).isTrue();
        assertThat(test(grid("improvement-items-grid")).size()).isEqualTo(overdue.value().intValueExact());

        DashboardTile dueThisWeek = tileOf("runs-due-week");
        openUrl(dueThisWeek.url());
        assertThat($(DatePicker.class).id("runs-due-from").getValue()).isEqualTo(LocalDate.parse("2026-06-15"));
        assertThat($(DatePicker.class).id("runs-due-to").getValue()).isEqualTo(LocalDate.parse("2026-06-21"));
        assertThat(test(grid("runs-grid")).size()).isEqualTo(dueThisWeek.value().intValueExact()).isEqualTo(1);

        openUrl(tileOf("runs-overdue").url());
        assertThat($(Checkbox.class).id("runs-overdue").getValue()).isTrue();
        DashboardTile missed = tileOf("runs-missed");
        openUrl(missed.url());
        assertThat($(ComboBox.class).id("runs-status").getValue()).hasToString("MISSED");
        assertThat(test(grid("runs-grid")).size()).isEqualTo(missed.value().intValueExact());

        openUrl(tileOf("savings-hard").url());
        assertThat($(Select.class).id("savings-year").getValue()).isEqualTo(2026);

        DashboardTile feedback = tileOf("team-feedback");
        openUrl(feedback.url());
        assertThat($(DatePicker.class).id("feedback-log-from").getValue()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat($(DatePicker.class).id("feedback-log-to").getValue()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(test(grid("feedback-log-grid")).size()).isEqualTo(feedback.value().intValueExact());

        f.olga.login();
        openUrl("compliance/findings?severity=LOW");
        assertThat($(ComboBox.class).id("findings-severity").getValue()).hasToString("LOW");
    }

    /** Opens an address with query parameters as a browser would (browserless navigate takes a path only). */
    private void openUrl(String url) {
        int query = url.indexOf('?');
        UI.getCurrent().navigate(url.substring(0, query), QueryParameters.fromString(url.substring(query + 1)));
        roundTrip();
    }

    private DashboardTile tileOf(String key) {
        return dashboard.tiles().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return $(Grid.class).id(id);
    }

}

package app.tandem.crm;

import app.tandem.base.DashboardChart;
import app.tandem.base.DashboardContributor;
import app.tandem.base.DashboardFocus;
import app.tandem.base.DashboardTile;
import app.tandem.base.DashboardTile.Group;
import app.tandem.base.DashboardTile.Unit;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM's tiles and charts on the home dashboard, for staff, supervisors, managers and administrators: the open
 * pipeline of this quarter (plain and weighted, as the pipeline board's open columns), the win rate of this
 * quarter against the last, and the open deals without a next activity; each from {@link DealService}, in the
 * reader's record scope. Charts for the sales focus: the open pipeline by stage and the won amount per month.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CrmDashboard implements DashboardContributor {

    private static final int CHART_MONTHS = 12;
    private static final Map<String, Integer> PLACES = Map.of("pipeline-open", 10, "pipeline-weighted", 20,
            "win-rate", 40, "no-next-activity", 50);

    private final DealService deals;
    private final CurrentUser currentUser;
    private final Clock clock;

    CrmDashboard(DealService deals, CurrentUser currentUser, Clock clock) {
        this.deals = deals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, Integer> places() {
        return PLACES;
    }

    @Override
    public List<String> availableTiles() {
        boolean sales = Set.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN).stream()
                .anyMatch(currentUser::hasRole);
        return sales ? PLACES.keySet().stream().sorted((a, b) -> PLACES.get(a) - PLACES.get(b)).toList() : List.of();
    }

    @Override
    public List<DashboardTile> tiles(Collection<String> keys) {
        LocalDate quarterStart = quarterStart(LocalDate.now(clock));
        Supplier<List<StageTotals>> pipeline = DashboardContributor.once(() -> openStages(quarterStart));
        List<DashboardTile> tiles = new ArrayList<>();
        for (String key : keys) {
            switch (key) {
                case "pipeline-open" -> tiles.add(pipelineTile(key, pipeline.get(), StageTotals::amount, quarterStart));
                case "pipeline-weighted" -> tiles.add(pipelineTile(key, pipeline.get(), StageTotals::weighted,
                        quarterStart));
                case "win-rate" -> tiles.add(winRate(quarterStart));
                case "no-next-activity" -> tiles.add(new DashboardTile(key, Group.SALES, Unit.COUNT,
                        BigDecimal.valueOf(deals.countWithoutNextActivity()), null, null, Map.of(), true,
                        "crm/deals", Map.of("noNextActivity", "true")));
                default -> {
                    // not a CRM tile
                }
            }
        }
        return tiles;
    }

    @Override
    public List<DashboardChart> charts(DashboardFocus focus) {
        return focus == DashboardFocus.SALES ? List.of(pipelineByStage(), wonByMonth()) : List.of();
    }

    private static DashboardTile pipelineTile(String key, List<StageTotals> open,
            Function<StageTotals, BigDecimal> figure, LocalDate quarterStart) {
        BigDecimal sum = open.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DashboardTile(key, Group.SALES, Unit.MONEY, sum, null, null, Map.of(), false, "crm/pipeline",
                DashboardTile.parameters("closeFrom", quarterStart.toString(), "closeTo",
                        quarterStart.plusMonths(3).minusDays(1).toString()));
    }

    private DashboardTile winRate(LocalDate quarterStart) {
        ClosedDeals now = closed(quarterStart, quarterStart.plusMonths(3));
        ClosedDeals before = closed(quarterStart.minusMonths(3), quarterStart);
        return new DashboardTile("win-rate", Group.SALES, Unit.PERCENT, now.winRate(), before.winRate(), null,
                Map.of(), false, "crm/deals", Map.of());
    }

    /** The deals closed in [from, to), days in the application's zone. */
    private ClosedDeals closed(LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        return deals.closedDeals(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
    }

    private List<StageTotals> openStages(LocalDate quarterStart) {
        Set<Long> open = deals.stages().stream().filter(s -> !s.closed()).map(StageInfo::id)
                .collect(Collectors.toSet());
        return deals.pipelineTotals(quarterFilter(quarterStart)).stream().filter(t -> open.contains(t.stageId()))
                .toList();
    }

    private DashboardChart pipelineByStage() {
        Map<Long, StageTotals> totals = new LinkedHashMap<>();
        deals.pipelineTotals(quarterFilter(quarterStart(LocalDate.now(clock))))
                .forEach(t -> totals.put(t.stageId(), t));
        List<String> names = new ArrayList<>();
        List<BigDecimal> amount = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        for (StageInfo stage : deals.stages()) {
            if (!stage.closed()) {
                StageTotals t = totals.get(stage.id());
                names.add(stage.name());
                amount.add(t == null ? BigDecimal.ZERO : t.amount());
                weighted.add(t == null ? BigDecimal.ZERO : t.weighted());
            }
        }
        return new DashboardChart("pipeline-by-stage", false, names, List.of(
                new DashboardChart.Series("amount", false, amount),
                new DashboardChart.Series("weighted", false, weighted)));
    }

    private DashboardChart wonByMonth() {
        YearMonth first = YearMonth.now(clock).minusMonths(CHART_MONTHS - 1);
        List<String> months = new ArrayList<>();
        List<BigDecimal> won = new ArrayList<>();
        for (int m = 0; m < CHART_MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            months.add(month.toString());
            won.add(closed(month.atDay(1), month.plusMonths(1).atDay(1)).wonAmount());
        }
        return new DashboardChart("won-by-month", true, months,
                List.of(new DashboardChart.Series("won", false, won)));
    }

    private static PipelineFilter quarterFilter(LocalDate quarterStart) {
        return new PipelineFilter(null, null, quarterStart, quarterStart.plusMonths(3).minusDays(1));
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}

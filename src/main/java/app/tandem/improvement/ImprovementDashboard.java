package app.tandem.improvement;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process improvement's tiles and charts on the home dashboard, for supervisors, managers, administrators and
 * compliance officers: items in progress and overdue (the item list's counts) and this year's hard and soft
 * savings against last year's (the savings page's sums), in the reader's record scope. Charts for the operations
 * focus: the savings per month of this year and the items by status.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ImprovementDashboard implements DashboardContributor {

    private static final Map<String, Integer> PLACES = Map.of("items-in-progress", 60, "items-overdue", 70,
            "savings-hard", 80, "savings-soft", 90);

    private final ImprovementService improvements;
    private final SavingsService savings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ImprovementDashboard(ImprovementService improvements, SavingsService savings, CurrentUser currentUser,
            Clock clock) {
        this.improvements = improvements;
        this.savings = savings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<String, Integer> places() {
        return PLACES;
    }

    @Override
    public List<String> availableTiles() {
        boolean operations = Set.of(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN, Role.COMPLIANCE_OFFICER).stream()
                .anyMatch(currentUser::hasRole);
        return operations ? PLACES.keySet().stream().sorted((a, b) -> PLACES.get(a) - PLACES.get(b)).toList()
                : List.of();
    }

    @Override
    public List<DashboardTile> tiles(Collection<String> keys) {
        int year = LocalDate.now(clock).getYear();
        Supplier<SavingsFigures[]> years = DashboardContributor.once(() -> new SavingsFigures[] {
                savings.figures(year), savings.figures(year - 1)});
        List<DashboardTile> tiles = new ArrayList<>();
        for (String key : keys) {
            switch (key) {
                case "items-in-progress" -> tiles.add(new DashboardTile(key, Group.OPERATIONS, Unit.COUNT,
                        BigDecimal.valueOf(improvements.count(items(ItemStatus.IN_PROGRESS, false))), null, null,
                        Map.of(), false, "improvement/items", Map.of("status", ItemStatus.IN_PROGRESS.name())));
                case "items-overdue" -> tiles.add(new DashboardTile(key, Group.OPERATIONS, Unit.COUNT,
                        BigDecimal.valueOf(improvements.count(items(null, true))), null, null, Map.of(), true,
                        "improvement/items", Map.of("overdue", "true")));
                case "savings-hard" -> tiles.add(savingsTile(key, years.get(), SavingsFigures.Savings::hard, year));
                case "savings-soft" -> tiles.add(savingsTile(key, years.get(), SavingsFigures.Savings::soft, year));
                default -> {
                    // not an improvement tile
                }
            }
        }
        return tiles;
    }

    @Override
    public List<DashboardChart> charts(DashboardFocus focus) {
        return focus == DashboardFocus.OPERATIONS ? List.of(savingsByMonth(), itemsByStatus()) : List.of();
    }

    private static ItemFilter items(@Nullable ItemStatus status, boolean overdue) {
        return new ItemFilter(null, status, null, null, null, null, overdue, null, null);
    }

    private static DashboardTile savingsTile(String key, SavingsFigures[] years,
            Function<SavingsFigures.Savings, BigDecimal> kind, int year) {
        return new DashboardTile(key, Group.OPERATIONS, Unit.MONEY, realised(years[0], kind),
                realised(years[1], kind), null, Map.of(), false, "improvement/savings",
                Map.of("year", Integer.toString(year)));
    }

    /** The annualised savings of the items completed in the year, hard or soft, as the savings page sums them. */
    static BigDecimal realised(SavingsFigures figures, Function<SavingsFigures.Savings, BigDecimal> kind) {
        return figures.byMonth().stream().map(kind).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The annualised savings of the items completed in each month of this year so far, hard and soft. */
    private DashboardChart savingsByMonth() {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, SavingsFigures.Savings> byMonth = new LinkedHashMap<>();
        savings.figures(today.getYear()).byMonth().forEach(m -> byMonth.put(Integer.valueOf(m.label()), m));
        List<String> months = new ArrayList<>();
        List<@Nullable BigDecimal> hard = new ArrayList<>();
        List<@Nullable BigDecimal> soft = new ArrayList<>();
        for (int m = 1; m <= today.getMonthValue(); m++) {
            SavingsFigures.Savings month = byMonth.get(m);
            months.add(YearMonth.of(today.getYear(), m).toString());
            hard.add(month == null ? BigDecimal.ZERO : month.hard());
            soft.add(month == null ? BigDecimal.ZERO : month.soft());
        }
        return new DashboardChart("savings-by-month", true, months, List.of(
                new DashboardChart.Series("hard", false, hard), new DashboardChart.Series("soft", false, soft)));
    }

    /** How many of the items the user may read are in each status, as the item list counts them. */
    private DashboardChart itemsByStatus() {
        List<String> statuses = new ArrayList<>();
        List<@Nullable BigDecimal> counts = new ArrayList<>();
        for (ItemStatus status : ItemStatus.values()) {
            statuses.add(status.name());
            counts.add(BigDecimal.valueOf(improvements.count(items(status, false))));
        }
        return new DashboardChart("items-by-status", false, statuses,
                List.of(new DashboardChart.Series("items", false, counts)), "improvement.status.");
    }
}

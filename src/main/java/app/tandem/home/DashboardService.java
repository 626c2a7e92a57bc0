package app.tandem.home;

import app.tandem.base.DashboardChart;
import app.tandem.base.DashboardContributor;
import app.tandem.base.DashboardFocus;
import app.tandem.base.DashboardTile;
import app.tandem.base.DomainException;
import app.tandem.home.domain.DashboardHiddenTiles;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.WorkingTeam;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home dashboard, gathered from the features' {@link DashboardContributor}s: the tiles the logged-in user's
 * roles call for (each feature decides its own and computes them in the user's record scope), in the order of their
 * places; the charts of the user's focus; and the tiles each user has hidden.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DashboardService {

    private final List<DashboardContributor> contributors;
    private final WorkingTeam workingTeam;
    private final DashboardHiddenTiles hidden;
    private final CurrentUser currentUser;

    DashboardService(List<DashboardContributor> contributors, WorkingTeam workingTeam, DashboardHiddenTiles hidden,
            CurrentUser currentUser) {
        this.contributors = contributors;
        this.workingTeam = workingTeam;
        this.hidden = hidden;
        this.currentUser = currentUser;
    }

    /** Every tile of every feature, in the dashboard's order. */
    public List<String> allTiles() {
        Map<String, Integer> places = places();
        return places.keySet().stream().sorted(Comparator.comparing(places::get)).toList();
    }

    /** The tiles the user's roles call for, hidden ones included, in the dashboard's order. */
    public List<String> availableTiles() {
        Map<String, Integer> places = places();
        return contributors.stream().flatMap(c -> c.availableTiles().stream())
                .sorted(Comparator.comparing(places::get)).toList();
    }

    /** The user's tiles that are not hidden, with their figures, computed in SQL within the user's record scope. */
    public List<DashboardTile> tiles() {
        Set<String> hiddenTiles = hidden.of(currentUser.id());
        Map<String, Integer> places = new HashMap<>();
        List<DashboardTile> tiles = new ArrayList<>();
        for (DashboardContributor contributor : contributors) {
            places.putAll(contributor.places());
            List<String> shown = contributor.availableTiles().stream().filter(k -> !hiddenTiles.contains(k)).toList();
            if (!shown.isEmpty()) {
                tiles.addAll(contributor.tiles(shown));
            }
        }
        tiles.sort(Comparator.comparing(t -> places.get(t.key())));
        return tiles;
    }

    /** The tiles this user has hidden. */
    public Set<String> hiddenTiles() {
        return hidden.of(currentUser.id());
    }

    /** Hides one of the user's tiles, for them only, until they show it again. */
    @Transactional
    public void hideTile(String key) {
        hidden.hide(currentUser.id(), known(key));
    }

    @Transactional
    public void showTile(String key) {
        hidden.show(currentUser.id(), known(key));
    }

    @Transactional
    public void showAllTiles() {
        hidden.showAll(currentUser.id());
    }

    /**
     * The charts of the user's focus, each feature's in its order (at most three in all). The focus is decided in
     * this order:
     * <ol>
     * <li><b>compliance</b>: compliance officers (the score trend and this month's completion rate per team);</li>
     * <li><b>sales</b>: managers and admins (they see every module; sales is what they steer by) and staff or
     * supervisors of a {@link TeamKind#SALES} team (the open pipeline by stage, the won amount per month);</li>
     * <li><b>operations</b>: staff or supervisors of an {@link TeamKind#OPERATIONS} team, whose main work is
     * improvement (savings per month, items by status);</li>
     * <li><b>people</b>: other staff and supervisors (targets set and met per month).</li>
     * </ol>
     * The team is the {@link WorkingTeam}. Supervisors also get their team's attainment (performance decides).
     */
    public List<DashboardChart> charts() {
        DashboardFocus focus = focus();
        return contributors.stream().sorted(Comparator.comparingInt(DashboardContributor::order))
                .flatMap(c -> c.charts(focus).stream()).toList();
    }

    private DashboardFocus focus() {
        if (currentUser.hasRole(Role.COMPLIANCE_OFFICER)) {
            return DashboardFocus.COMPLIANCE;
        }
        if (currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN)) {
            return DashboardFocus.SALES;
        }
        if (!currentUser.hasRole(Role.STAFF) && !currentUser.hasRole(Role.SUPERVISOR)) {
            return DashboardFocus.NONE;
        }
        TeamKind kind = workingTeam.mine().map(TeamRef::kind).orElse(TeamKind.OTHER);
        return switch (kind) {
            case SALES -> DashboardFocus.SALES;
            case OPERATIONS -> DashboardFocus.OPERATIONS;
            default -> DashboardFocus.PEOPLE;
        };
    }

    private Map<String, Integer> places() {
        Map<String, Integer> places = new HashMap<>();
        contributors.forEach(c -> places.putAll(c.places()));
        return places;
    }

    private String known(String key) {
        if (!places().containsKey(key)) {
            throw new DomainException("dash.tile.unknown");
        }
        return key;
    }
}

package app.tandem.performance.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The performance feature's entry points: targets, team, scorecards and KPI administration. */
@Component
public class PerformanceNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.PERFORMANCE, 10, "nav.perf.me", VaadinIcon.TRENDING_UP,
                        MyPerformanceView.class),
                new NavigationEntry(Module.PERFORMANCE, 20, "nav.perf.team", VaadinIcon.USERS, TeamView.class),
                new NavigationEntry(Module.PERFORMANCE, 30, "nav.perf.targets", VaadinIcon.BULLSEYE,
                        TargetsView.class),
                new NavigationEntry(Module.PERFORMANCE, 40, "nav.perf.scorecard", VaadinIcon.CLIPBOARD_USER,
                        ScorecardView.class),
                new NavigationEntry(Module.ADMINISTRATION, 50, "nav.perf.kpis", VaadinIcon.CHART, KpisView.class));
    }

    /** Opens a person's scorecard, e.g. from another feature's list of people. */
    public static void openScorecard(long userId) {
        UI.getCurrent().navigate(ScorecardView.class, userId);
    }
}

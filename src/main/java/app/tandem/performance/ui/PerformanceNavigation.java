package app.tandem.performance.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import app.tandem.base.ui.RecordLinkContributor;
import app.tandem.performance.TargetStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The performance feature's entry points: targets, team, scorecards and KPI administration. */
@Component
public class PerformanceNavigation implements NavigationContributor, RecordLinkContributor {

    /** The record type other features use to link to a target (it opens the targets list). */
    public static final String TARGET = "TARGET";
    /** The targets waiting for a manager to accept them (the list filtered to PROPOSED). */
    public static final String PROPOSED_TARGETS = "PROPOSED_TARGETS";

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

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        return switch (recordType) {
            case TARGET -> Optional.of(routes.getUrl(TargetsView.class));
            case PROPOSED_TARGETS -> Optional.of(routes.getUrl(TargetsView.class) + "?" + TargetsView.STATUS + "="
                    + TargetStatus.PROPOSED.name());
            default -> Optional.empty();
        };
    }

    /** Opens a person's scorecard, e.g. from another feature's list of people. */
    public static void openScorecard(long userId) {
        UI.getCurrent().navigate(ScorecardView.class, userId);
    }
}

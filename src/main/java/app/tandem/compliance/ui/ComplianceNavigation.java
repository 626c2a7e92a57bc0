package app.tandem.compliance.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import app.tandem.base.ui.RecordLinkContributor;
import app.tandem.compliance.ComplianceWorkService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The compliance feature's entry points: its navigation entries and links other features may use. */
@Component
public class ComplianceNavigation implements NavigationContributor, RecordLinkContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.COMPLIANCE, 5, "nav.compliance.dashboard", VaadinIcon.DASHBOARD,
                        ComplianceDashboardView.class),
                new NavigationEntry(Module.COMPLIANCE, 10, "nav.compliance.my", VaadinIcon.CHECK_SQUARE_O,
                        MyChecklistsView.class),
                new NavigationEntry(Module.COMPLIANCE, 20, "nav.compliance.runs", VaadinIcon.LIST, RunsView.class),
                new NavigationEntry(Module.COMPLIANCE, 30, "nav.compliance.findings", VaadinIcon.WARNING,
                        FindingsView.class),
                new NavigationEntry(Module.COMPLIANCE, 40, "nav.compliance.schedules", VaadinIcon.CALENDAR_CLOCK,
                        SchedulesView.class),
                new NavigationEntry(Module.COMPLIANCE, 50, "nav.compliance.templates", VaadinIcon.CLIPBOARD_TEXT,
                        TemplatesView.class),
                new NavigationEntry(Module.ADMINISTRATION, 60, "nav.compliance.categories", VaadinIcon.TAGS,
                        CategoriesView.class));
    }

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        return ComplianceWorkService.RUN.equals(recordType)
                ? Optional.of(RouteConfiguration.forSessionScope().getUrl(RunPage.class,
                        new RouteParameters("id", Long.toString(id))))
                : Optional.empty();
    }

    /** Opens a checklist run's page. */
    public static void openRun(long id) {
        UI.getCurrent().navigate(RunPage.class, new RouteParameters("id", Long.toString(id)));
    }
}

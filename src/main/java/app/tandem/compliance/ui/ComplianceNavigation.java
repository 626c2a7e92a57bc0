package app.tandem.compliance.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.springframework.stereotype.Component;

/** The compliance feature's entry points: its navigation entries and links other features may use. */
@Component
public class ComplianceNavigation implements NavigationContributor {

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

    /** Opens a checklist run's page. */
    public static void openRun(long id) {
        UI.getCurrent().navigate(RunPage.class, new RouteParameters("id", Long.toString(id)));
    }
}

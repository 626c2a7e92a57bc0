package app.tandem.crm.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The CRM feature's entry points: its navigation entries and links other features may use. */
@Component
public class CrmNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.CRM, 10, "nav.crm.accounts", VaadinIcon.BUILDING, AccountsView.class),
                new NavigationEntry(Module.CRM, 15, "nav.crm.contacts", VaadinIcon.USERS, ContactsView.class),
                new NavigationEntry(Module.CRM, 20, "nav.crm.deals", VaadinIcon.HANDSHAKE, DealsView.class),
                new NavigationEntry(Module.CRM, 30, "nav.pipeline", VaadinIcon.FUNNEL, PipelineView.class),
                new NavigationEntry(Module.CRM, 40, "nav.my-activities", VaadinIcon.TASKS, MyActivitiesView.class),
                new NavigationEntry(Module.CRM, 50, "nav.crm.import", VaadinIcon.UPLOAD, ImportView.class),
                new NavigationEntry(Module.ADMINISTRATION, 30, "nav.pipeline-settings", VaadinIcon.SLIDERS,
                        PipelineSettingsView.class));
    }

    public static void openDeal(long id) {
        UI.getCurrent().navigate(DealsView.class, DealsView.parameters(Long.toString(id)));
    }

    public static void openAccount(long id) {
        UI.getCurrent().navigate(AccountsView.class, AccountsView.parameters(Long.toString(id)));
    }
}

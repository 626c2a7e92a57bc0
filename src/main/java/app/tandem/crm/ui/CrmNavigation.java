package app.tandem.crm.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import app.tandem.base.ui.RecordLinkContributor;
import app.tandem.crm.CrmImportService;
import app.tandem.security.CurrentUser;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The CRM feature's entry points: its navigation entries and links other features may use. */
@Component
public class CrmNavigation implements NavigationContributor, RecordLinkContributor {

    private final CurrentUser currentUser;

    CrmNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Record types other features use to link to CRM records. */
    public static final String DEAL = "DEAL";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String CONTACT = "CONTACT";

    @Override
    public List<NavigationEntry> entries() {
        return Stream.of(
                new NavigationEntry(Module.CRM, 10, "nav.crm.accounts", VaadinIcon.BUILDING, AccountsView.class),
                new NavigationEntry(Module.CRM, 15, "nav.crm.contacts", VaadinIcon.USERS, ContactsView.class),
                new NavigationEntry(Module.CRM, 20, "nav.crm.deals", VaadinIcon.HANDSHAKE, DealsView.class),
                new NavigationEntry(Module.CRM, 30, "nav.pipeline", VaadinIcon.FUNNEL, PipelineView.class),
                new NavigationEntry(Module.CRM, 40, "nav.my-activities", VaadinIcon.TASKS, MyActivitiesView.class),
                new NavigationEntry(Module.CRM, 50, "nav.crm.import", VaadinIcon.UPLOAD, ImportView.class),
                new NavigationEntry(Module.ADMINISTRATION, 30, "nav.pipeline-settings", VaadinIcon.SLIDERS,
                        PipelineSettingsView.class))
                // the import's rule is more than its roles (see ImportView.beforeEnter)
                .filter(e -> e.view() != ImportView.class || CrmImportService.mayImport(currentUser::hasRole))
                .toList();
    }

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        String key = Long.toString(id);
        return switch (recordType) {
            case DEAL -> Optional.of(routes.getUrl(DealsView.class, DealsView.parameters(key)));
            case ACCOUNT -> Optional.of(routes.getUrl(AccountsView.class, AccountsView.parameters(key)));
            case CONTACT -> Optional.of(routes.getUrl(ContactsView.class, ContactsView.parameters(key)));
            default -> Optional.empty();
        };
    }

    public static void openDeal(long id) {
        UI.getCurrent().navigate(DealsView.class, DealsView.parameters(Long.toString(id)));
    }

    public static void openAccount(long id) {
        UI.getCurrent().navigate(AccountsView.class, AccountsView.parameters(Long.toString(id)));
    }
}

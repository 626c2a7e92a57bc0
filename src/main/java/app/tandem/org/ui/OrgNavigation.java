package app.tandem.org.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The organisation feature's entry points: its navigation entries and links other features may use. */
@Component
public class OrgNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.ADMINISTRATION, 10, "nav.users", VaadinIcon.USERS, UsersView.class),
                new NavigationEntry(Module.ADMINISTRATION, 20, "nav.teams", VaadinIcon.GROUP, TeamsView.class));
    }

    public static void openUser(long id) {
        UI.getCurrent().navigate(UsersView.class, UsersView.parameters(Long.toString(id)));
    }

    public static void openMyAccount() {
        UI.getCurrent().navigate(MyAccountView.class);
    }
}

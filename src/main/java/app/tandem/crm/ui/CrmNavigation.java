package app.tandem.crm.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The CRM feature's entry points in the side navigation. */
@Component
public class CrmNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.CRM, 30, "nav.pipeline", VaadinIcon.FUNNEL, PipelineView.class),
                new NavigationEntry(Module.CRM, 40, "nav.my-activities", VaadinIcon.TASKS, MyActivitiesView.class));
    }
}

package app.tandem.improvement.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import app.tandem.base.ui.RecordLinkContributor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The improvement feature's entry points: its navigation entries and links other features may use. */
@Component
public class ImprovementNavigation implements NavigationContributor, RecordLinkContributor {

    /** The record type other features use to link to an improvement item. */
    public static final String ITEM = "IMPROVEMENT_ITEM";

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.IMPROVEMENT, 10, "nav.improvement.items", VaadinIcon.LIST, ItemsView.class),
                new NavigationEntry(Module.IMPROVEMENT, 15, "nav.improvement.board", VaadinIcon.GRID_BIG_O,
                        BoardView.class),
                new NavigationEntry(Module.IMPROVEMENT, 18, "nav.improvement.savings", VaadinIcon.PIGGY_BANK,
                        SavingsView.class),
                new NavigationEntry(Module.IMPROVEMENT, 20, "nav.improvement.submit", VaadinIcon.LIGHTBULB,
                        SubmitIdeaView.class),
                new NavigationEntry(Module.ADMINISTRATION, 40, "nav.improvement.areas", VaadinIcon.SITEMAP,
                        AreasView.class));
    }

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        return ITEM.equals(recordType)
                ? Optional.of(RouteConfiguration.forSessionScope().getUrl(ItemsView.class,
                        ItemsView.parameters(Long.toString(id))))
                : Optional.empty();
    }

    /** Opens an item's page, e.g. a corrective action raised from another feature. */
    public static void openItem(long id) {
        UI.getCurrent().navigate(ItemsView.class, ItemsView.parameters(Long.toString(id)));
    }
}

package app.tandem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One entry of the side navigation: a view of a module. Shown only to users who may open the view. */
public record NavigationEntry(Module module, int order, String titleKey, VaadinIcon icon,
        Class<? extends Component> view) {
}

package app.tandem.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The free-text filter above a grid: filters as the user types (after a short pause). */
public class SearchField extends TextField {

    public SearchField(String id, String placeholder, Runnable onChange) {
        setId(id);
        setPlaceholder(placeholder);
        setAriaLabel(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(e -> onChange.run());
    }
}

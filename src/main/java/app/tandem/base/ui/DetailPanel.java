package app.tandem.base.ui;

import app.tandem.base.HistoryEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The right-hand panel of a master-detail view (see docs/adr/0004): the record's title, a close button,
 * a row of record actions, and tabs with the form, the record's own tabs (e.g. an account's contacts, added
 * with {@link #addTab}) and its history (loaded when opened). A tab's content is attached only while it is
 * selected, so a lazy grid in it loads nothing until the user opens the tab.
 */
public class DetailPanel extends Div {

    private final H3 title = new H3();
    private final VerticalLayout details = new VerticalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final Tab historyTab;
    private final List<Tab> recordTabs = new ArrayList<>();
    private final HistoryGrid history;
    private Supplier<List<HistoryEntry>> historySource = List::of;

    public DetailPanel(String id, Component form, String historyFieldKeyPrefix, Runnable onClose) {
        setId(id);
        addClassName("detail");
        history = new HistoryGrid(historyFieldKeyPrefix);
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("action.close"));
        close.setTooltipText(getTranslation("action.close"));
        HorizontalLayout header = new HorizontalLayout(title, close);
        header.addClassName("detail-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        actions.addClassName("detail-actions");
        actions.setWrap(true);
        details.setPadding(false);
        details.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        details.add(form);
        tabs.add(getTranslation("detail.tab.details"), details);
        historyTab = tabs.add(getTranslation("detail.tab.history"), history);
        recordTabs.add(historyTab);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == historyTab) {
                history.show(historySource.get());
            }
        });
        add(header, actions, tabs);
        setVisible(false);
    }

    /** Shows a record; a new record (no history yet) passes null as its history source. */
    public void open(String recordTitle, @Nullable Supplier<List<HistoryEntry>> historyOrNull) {
        title.setText(recordTitle);
        historySource = historyOrNull == null ? List::of : historyOrNull;
        tabs.setSelectedIndex(0);
        recordTabs.forEach(tab -> tab.setEnabled(historyOrNull != null));
        history.show(List.of());
        actions.removeAll();
        setVisible(true);
        getParent().filter(HasStyle.class::isInstance).map(HasStyle.class::cast)
                .ifPresent(parent -> parent.addClassName("detail-open"));
    }

    public void close() {
        setVisible(false);
        getParent().filter(HasStyle.class::isInstance).map(HasStyle.class::cast)
                .ifPresent(parent -> parent.removeClassName("detail-open"));
    }

    /**
     * Adds a tab of the record's own (contacts, deals, activities...) before History. Like History it is
     * enabled only for a saved record, i.e. when {@link #open} gets a history source.
     */
    public Tab addTab(String label, Component content) {
        Tab tab = tabs.add(new Tab(label), content, tabs.getIndexOf(historyTab));
        recordTabs.add(tab);
        return tab;
    }

    /** Parts of the Details tab above the form (e.g. a deal's stage bar), in order. */
    public void addBeforeForm(Component... components) {
        for (int i = 0; i < components.length; i++) {
            details.addComponentAtIndex(i, components[i]);
        }
    }

    /** Parts of the Details tab below the form (e.g. a deal's stage history). */
    public void addAfterForm(Component... components) {
        details.add(components);
    }

    public void select(Tab tab) {
        tabs.setSelectedTab(tab);
    }

    /** Record actions beside the tabs (deactivate, reset password...); emptied on every open. */
    public HorizontalLayout actions() {
        return actions;
    }
}

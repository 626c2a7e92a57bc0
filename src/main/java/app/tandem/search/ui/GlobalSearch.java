package app.tandem.search.ui;

import app.tandem.base.SearchHit;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.RecordLinks;
import app.tandem.search.GlobalSearchService;
import app.tandem.search.SearchGroup;
import app.tandem.search.SearchResults;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search of the header: a button ("Search… Ctrl K") that, like Ctrl+K or Cmd+K anywhere, opens a dialog with
 * a search field. Results come as the user types (after a pause), grouped by kind; Arrow Up/Down move the
 * selection, Enter opens the selected record, a click opens the clicked one, Esc closes.
 */
class GlobalSearch extends Div {

    static final int DEBOUNCE_MS = 250;

    private final GlobalSearchService searchService;
    private final RecordLinks recordLinks;
    final Button button = new Button();
    final Dialog dialog = new Dialog();
    final TextField field = new TextField();
    final Div results = new Div();
    final Paragraph status = new Paragraph();
    /** The hits in the order shown, with their element, for moving the selection. */
    final List<Entry> entries = new ArrayList<>();
    private int selected = -1;
    private String searched = "";

    record Entry(SearchHit hit, Div row, Optional<String> url) {
    }

    GlobalSearch(GlobalSearchService searchService, RecordLinks recordLinks) {
        this.searchService = searchService;
        this.recordLinks = recordLinks;
        addClassName("global-search");

        button.setId("global-search-open");
        button.addClassName("global-search-button");
        button.setIcon(VaadinIcon.SEARCH.create());
        Span label = new Span(getTranslation("search.open"));
        label.addClassName("global-search-label");
        Span keys = new Span(getTranslation("search.keys"));
        keys.addClassName("global-search-keys");
        button.getElement().appendChild(label.getElement(), keys.getElement());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("search.open.aria"));
        button.setTooltipText(getTranslation("search.open.aria"));
        button.getElement().setAttribute("aria-keyshortcuts", "Control+K Meta+K");
        button.addClickListener(e -> open());
        add(button);
        Shortcuts.addShortcutListener(this, this::open, Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::open, Key.KEY_K, KeyModifier.META);

        dialog.setId("global-search-dialog");
        dialog.addClassName("global-search-dialog");
        dialog.setHeaderTitle(getTranslation("search.title"));
        dialog.setTop("8vh");
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100vw");
        dialog.setCloseOnEsc(true);
        dialog.setCloseOnOutsideClick(true);
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> dialog.close());
        close.setId("global-search-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("search.close"));
        dialog.getHeader().add(close);

        field.setId("global-search-field");
        field.setWidthFull();
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.title"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setAutofocus(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DEBOUNCE_MS);
        field.addValueChangeListener(e -> show(e.getValue()));
        field.getElement().setAttribute("aria-controls", "global-search-results");
        Shortcuts.addShortcutListener(field, () -> move(1), Key.ARROW_DOWN).listenOn(field);
        Shortcuts.addShortcutListener(field, () -> move(-1), Key.ARROW_UP).listenOn(field);
        Shortcuts.addShortcutListener(field, this::openSelected, Key.ENTER).listenOn(field);
        // the field's clear button would take the first Esc to empty the text; in a search dialog Esc closes
        Shortcuts.addShortcutListener(field, dialog::close, Key.ESCAPE).listenOn(field);

        results.setId("global-search-results");
        results.addClassName("global-search-results");
        results.getElement().setAttribute("role", "listbox");
        results.getElement().setAttribute("aria-label", getTranslation("search.results"));
        status.setId("global-search-status");
        status.addClassName("global-search-status");
        status.getElement().setAttribute("aria-live", "polite");
        dialog.add(field, status, results);
    }

    /** Opens the dialog with an empty field (as Ctrl+K does). */
    void open() {
        if (!dialog.isOpened()) {
            field.clear();
            show("");
            dialog.open();
        }
        field.focus();
    }

    /** Searches for the text and shows the groups; the first hit is selected, so Enter opens it. */
    void show(String text) {
        searched = text;
        results.removeAll();
        entries.clear();
        selected = -1;
        SearchResults found;
        try {
            found = searchService.search(text);
        } catch (RuntimeException e) {
            Failures.show(e);
            return;
        }
        if (!found.searched()) {
            status.setText(getTranslation("search.prompt"));
            status.setVisible(true);
            return;
        }
        if (found.isEmpty()) {
            status.setText(getTranslation("search.empty", found.text()));
            status.setVisible(true);
            return;
        }
        status.setVisible(false);
        for (SearchGroup group : found.groups()) {
            Div section = new Div();
            section.addClassName("global-search-group");
            section.getElement().setAttribute("role", "group");
            Span heading = new Span(getTranslation("search.kind." + group.kind()));
            heading.addClassName("global-search-heading");
            heading.setId("global-search-heading-" + group.kind().toLowerCase());
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            section.add(heading);
            for (SearchHit hit : group.hits()) {
                section.add(row(hit));
            }
            if (group.more()) {
                Span more = new Span(getTranslation("search.more"));
                more.addClassName("global-search-more");
                section.add(more);
            }
            results.add(section);
        }
        select(0);
    }

    private Div row(SearchHit hit) {
        Div row = new Div();
        int index = entries.size();
        row.setId("global-search-hit-" + index);
        row.addClassName("global-search-hit");
        row.getElement().setAttribute("role", "option");
        row.getElement().setAttribute("aria-selected", "false");
        Span title = new Span(hit.title());
        title.addClassName("global-search-hit-title");
        Span subtitle = new Span(hit.subtitle());
        subtitle.addClassName("global-search-hit-subtitle");
        row.add(title, subtitle);
        Optional<String> url = recordLinks.urlOf(hit.kind(), hit.id());
        url.ifPresent(u -> row.getElement().setAttribute("data-url", u));
        entries.add(new Entry(hit, row, url));
        row.addClickListener(e -> {
            select(index);
            openSelected();
        });
        return row;
    }

    private void move(int step) {
        if (!entries.isEmpty()) {
            select(Math.floorMod(selected + step, entries.size()));
        }
    }

    private void select(int index) {
        if (selected >= 0 && selected < entries.size()) {
            Div previous = entries.get(selected).row();
            previous.removeClassName("selected");
            previous.getElement().setAttribute("aria-selected", "false");
        }
        selected = index;
        if (index >= 0 && index < entries.size()) {
            Div row = entries.get(index).row();
            row.addClassName("selected");
            row.getElement().setAttribute("aria-selected", "true");
            row.scrollIntoView();
        }
    }

    /** The selected hit, if any. */
    Optional<SearchHit> selectedHit() {
        return selected >= 0 && selected < entries.size() ? Optional.of(entries.get(selected).hit())
                : Optional.empty();
    }

    private void openSelected() {
        if (!field.getValue().equals(searched)) {
            // Enter came before the pause that sends the typed text: search what is there now
            show(field.getValue());
        }
        if (selected < 0 || selected >= entries.size()) {
            return;
        }
        entries.get(selected).url().ifPresent(url -> {
            dialog.close();
            UI.getCurrent().navigate(url);
        });
    }
}

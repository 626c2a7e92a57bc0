package app.tandem.base.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The list half of a record page (see docs/adr/0004): a filter bar whose values live in the address
 * ({@link QueryFilters}), a lazy grid sorted and paged by the service, a row opening the record, an empty
 * state, and an export of exactly the grid's query. The screen adds its columns and filter fields.
 *
 * @param <L> the list item (a read-model record)
 * @param <F> the filter record the service takes
 */
public class RecordList<L, F> extends Div {

    public final Grid<L> grid = new Grid<>();
    public final HorizontalLayout toolbar = new HorizontalLayout();
    public final QueryFilters filters;
    private final Supplier<F> filter;

    /**
     * @param rows the service's list method, e.g. {@code accountService::list}
     * @param filter the filter as the fields show it, read for every page and every export
     */
    public RecordList(String gridId, Supplier<F> filter, BiFunction<F, Pageable, Stream<L>> rows, String emptyText,
            Consumer<L> open, Runnable onFilterChange) {
        this.filter = filter;
        this.filters = new QueryFilters(onFilterChange);
        addClassName("master");
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId(gridId);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.setItems(query -> rows.apply(filter.get(), toSpringPageRequest(query)));
        grid.setEmptyStateText(emptyText);
        GridNavigation.openRowsWith(grid, open);
        add(toolbar, grid);
    }

    /** Filter fields (and anything else) in the toolbar, before the New button and the export. */
    public void addToToolbar(Component... components) {
        toolbar.add(components);
    }

    /** A filter field: its placeholder is also its accessible name, and it can be cleared. */
    public <C extends Component & HasPlaceholder & HasClearButton & HasAriaLabel> C filterField(C field,
            @Nullable String id, String placeholder) {
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        field.setClearButtonVisible(true);
        if (id != null) {
            field.setId(id);
        }
        return field;
    }

    /** The primary "New ..." button; shown only to who may create. */
    public Button addNewButton(String id, String text, boolean visible, Runnable openNew) {
        Button add = new Button(text, VaadinIcon.PLUS.create(), e -> openNew.run());
        add.setId(id);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(visible);
        toolbar.add(add);
        return add;
    }

    /** CSV and XLSX of every row of the current filter and sort, written by the service. */
    public ExportMenu<F> addExport(String fileName, ExportMenu.Exporter<F> exporter) {
        ExportMenu<F> export = new ExportMenu<>(fileName, grid, filter, exporter);
        toolbar.add(export);
        return export;
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

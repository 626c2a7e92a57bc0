package app.tandem.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A small admin list (lost reasons, stages, areas, categories...) as one section of a settings page (see
 * docs/adr/0004): a title and help, actions above a grid of every row, a row selected and then acted on (so
 * every action is reachable by keyboard), a double click to edit, a confirmed delete, and a conflict that
 * reloads the list with the row still selected.
 */
public class ReferenceList<T> extends Div {

    /** What a small add/rename dialog edits: a name, with the id and version it loaded (no id: new). */
    public record Named(@Nullable Long id, long version, String name) {
    }

    public final Grid<T> grid = new Grid<>();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final Supplier<List<T>> load;
    private final ToLongFunction<T> id;
    private final List<Runnable> selectionWatchers = new ArrayList<>();
    private List<T> items = List.of();

    /**
     * @param messages the start of the section's keys: {@code <messages>} the title, {@code .help}, {@code .empty}
     * @param load every row, in the order shown
     */
    public ReferenceList(String gridId, String messages, Supplier<List<T>> load, ToLongFunction<T> id) {
        this.load = load;
        this.id = id;
        addClassName("settings-section");
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId(gridId);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(messages));
        grid.setEmptyStateText(getTranslation(messages + ".empty"));
        grid.addSelectionListener(e -> selectionWatchers.forEach(Runnable::run));
        Paragraph help = new Paragraph(getTranslation(messages + ".help"));
        help.addClassName("settings-help");
        add(new H2(getTranslation(messages)), help, toolbar, grid);
    }

    /** An action that needs no row, e.g. "New". */
    public Button action(Button button, String buttonId, String textKey, VaadinIcon icon, Runnable run) {
        button.setId(buttonId);
        button.setText(getTranslation(textKey));
        button.setIcon(icon.create());
        button.addClickListener(e -> run.run());
        toolbar.add(button);
        return button;
    }

    /** An action on the selected row; enabled only while a row is selected. */
    public Button rowAction(Button button, String buttonId, String textKey, VaadinIcon icon, Consumer<T> act) {
        action(button, buttonId, textKey, icon, () -> selected().ifPresent(act));
        onSelection(() -> button.setEnabled(selected().isPresent()));
        return button;
    }

    /** Delete of the selected row, after a confirmation naming it. */
    public Button deleteAction(Button button, String buttonId, String confirmId, Function<T, String> name,
            String titleKey, String textKey, Consumer<T> delete, Runnable onConflict) {
        rowAction(button, buttonId, "action.delete", VaadinIcon.TRASH, row -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId(confirmId);
            confirm.setHeader(getTranslation(titleKey, name.apply(row)));
            confirm.setText(getTranslation(textKey));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("action.delete"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> attempt(() -> delete.accept(row), onConflict));
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    /** Runs something when the selection changes (and after every refresh). */
    public void onSelection(Runnable watcher) {
        selectionWatchers.add(watcher);
        watcher.run();
    }

    public void onDoubleClick(Consumer<T> open) {
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
    }

    public Optional<T> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /** The rows as last loaded. */
    public List<T> items() {
        return items;
    }

    /** Loads the rows again and selects the one with that id (its version has changed). */
    public void refresh(@Nullable Long selectId) {
        show(load.get(), selectId);
    }

    /** Shows rows a change returned (e.g. after reordering), selecting that one. */
    public void show(List<T> rows, @Nullable Long selectId) {
        items = rows;
        grid.setItems(rows);
        rows.stream().filter(r -> selectId != null && id.applyAsLong(r) == selectId).findFirst()
                .ifPresentOrElse(grid::select, grid::deselectAll);
        selectionWatchers.forEach(Runnable::run);
    }

    public Optional<T> find(long rowId) {
        return items.stream().filter(r -> id.applyAsLong(r) == rowId).findFirst();
    }

    /** A change of a row: a conflict runs {@code onConflict}, a refused change is told; the rest is unexpected. */
    public static void attempt(Runnable change, Runnable onConflict) {
        Failures.attempt(change, onConflict);
    }

    public HorizontalLayout toolbar() {
        return toolbar;
    }
}

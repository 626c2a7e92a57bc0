package app.tandem.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Opening a grid's row by mouse click, Space or Enter on the focused row. */
public final class GridNavigation {

    private GridNavigation() {
    }

    public static <T> void openRowsWith(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(e -> focused.set(e.getItem().orElse(null)));
        Shortcuts.addShortcutListener(grid, () -> {
            T item = focused.get();
            if (item != null) {
                open.accept(item);
            }
        }, Key.ENTER).listenOn(grid);
    }
}

package app.tandem.improvement.ui;

import app.tandem.improvement.AreaRef;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.TeamRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The filters the item list and the board share, each labelled for screen readers and clearable. */
final class ItemFilterFields {

    private ItemFilterFields() {
    }

    static Select<ItemStatus> status(Runnable onChange) {
        return choice(ItemStatus.values(), "improvement.field.status", "improvement.filter.any-status",
                s -> "improvement.status." + s.name(), onChange);
    }

    static Select<ItemKind> kind(Runnable onChange) {
        return choice(ItemKind.values(), "improvement.field.kind", "improvement.filter.any-kind",
                k -> "improvement.kind." + k.name(), onChange);
    }

    static ComboBox<TeamRef> team(List<TeamRef> teams, Runnable onChange) {
        return picker(teams, "improvement.field.team", TeamRef::name, onChange);
    }

    static ComboBox<AreaRef> area(List<AreaRef> areas, Runnable onChange) {
        return picker(areas, "improvement.field.area", AreaRef::name, onChange);
    }

    static @Nullable Long id(@Nullable TeamRef team) {
        return team == null ? null : team.id();
    }

    static @Nullable Long id(@Nullable AreaRef area) {
        return area == null ? null : area.id();
    }

    private static <T> Select<T> choice(T[] values, String labelKey, String anyKey, Function<T, String> key,
            Runnable onChange) {
        Select<T> select = new Select<>();
        select.setAriaLabel(text(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(text(anyKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? text(anyKey) : text(key.apply(v)));
        select.addValueChangeListener(e -> onChange.run());
        return select;
    }

    private static <T> ComboBox<T> picker(List<T> items, String labelKey, Function<T, String> name,
            Runnable onChange) {
        ComboBox<T> box = new ComboBox<>();
        box.setPlaceholder(text(labelKey));
        box.setAriaLabel(text(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(name::apply);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> onChange.run());
        return box;
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}

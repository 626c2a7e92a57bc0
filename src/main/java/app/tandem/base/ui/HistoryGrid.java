package app.tandem.base.ui;

import app.tandem.base.HistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The history of one record: who changed which field from what to what, and when; newest first.
 * Field labels come from the message key {@code <prefix>.<field>}.
 */
public class HistoryGrid extends Grid<HistoryEntry> {

    private final String fieldKeyPrefix;

    public HistoryGrid(String fieldKeyPrefix) {
        this.fieldKeyPrefix = fieldKeyPrefix;
        addClassName("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        addColumn(e -> format.withLocale(getLocale()).withZone(ClientTime.zone()).format(e.changedAt()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(HistoryEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::describe).setHeader(getTranslation("history.change")).setFlexGrow(1)
                .setTooltipGenerator(this::describe);
        setEmptyStateText(getTranslation("history.empty"));
    }

    /** "Name: Stella Staff → Stella Meyer", "Email: stella@x" for a new record, "Deleted". */
    String describe(HistoryEntry entry) {
        if (entry.field().isEmpty()) {
            return getTranslation("history.kind." + entry.kind().name());
        }
        String field = getTranslation(fieldKeyPrefix + "." + entry.field());
        if (entry.kind() == HistoryEntry.Kind.CREATED || entry.from().isEmpty()) {
            return field + ": " + (entry.to().isEmpty() ? "–" : entry.to());
        }
        return field + ": " + entry.from() + " → " + (entry.to().isEmpty() ? "–" : entry.to());
    }

    public void show(List<HistoryEntry> entries) {
        setItems(entries);
    }
}

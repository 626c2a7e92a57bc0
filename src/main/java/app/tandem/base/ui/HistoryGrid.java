package app.tandem.base.ui;

import app.tandem.base.HistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The history of one record: who changed which field from what to what, and when; newest first.
 * Field labels come from the message key {@code <prefix>.<field>}.
 */
public class HistoryGrid extends Grid<HistoryEntry> {

    public HistoryGrid(String fieldKeyPrefix) {
        addClassName("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault());
        addColumn(e -> format.withLocale(getLocale()).format(e.changedAt()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(HistoryEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.field().isEmpty() ? getTranslation("history.kind." + e.kind().name())
                : getTranslation(fieldKeyPrefix + "." + e.field()))
                .setHeader(getTranslation("history.field")).setAutoWidth(true);
        addColumn(HistoryEntry::from).setHeader(getTranslation("history.from"));
        addColumn(HistoryEntry::to).setHeader(getTranslation("history.to"));
        setEmptyStateText(getTranslation("history.empty"));
    }

    public void show(List<HistoryEntry> entries) {
        setItems(entries);
    }
}

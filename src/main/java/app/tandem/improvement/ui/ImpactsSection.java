package app.tandem.improvement.ui;

import app.tandem.improvement.ImpactData;
import app.tandem.improvement.ImpactService;
import app.tandem.improvement.ItemRights;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The item's impacts with their annualised values. Once the item is completed they are locked (a badge says so);
 * only its approver or a manager still changes them.
 */
class ImpactsSection extends VerticalLayout {

    private final ImpactService service;
    private final ItemFormats formats;
    /** Tells the page that the impacts changed (the log and the list's annual target follow). */
    private final Runnable changed;
    final Grid<ImpactData> impacts = new Grid<>();
    final Button addImpact = new Button();
    final Span impactsLock = new Span();
    private @Nullable Long itemId;
    private boolean editable;

    ImpactsSection(ImpactService service, ItemFormats formats, Runnable changed) {
        this.service = service;
        this.formats = formats;
        this.changed = changed;
        setPadding(false);
        configureGrid();
        addImpact.setText(getTranslation("improvement.impact.add"));
        addImpact.setIcon(VaadinIcon.PLUS.create());
        addImpact.setId("improvement-impact-add");
        addImpact.addClickListener(e -> edit(null));
        impactsLock.setId("improvement-impacts-lock");
        impactsLock.addClassNames("status-badge", "status-inactive");
        HorizontalLayout title = new HorizontalLayout(new H4(getTranslation("improvement.impacts.title")), impactsLock);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, impacts, addImpact);
    }

    private void configureGrid() {
        impacts.setId("improvement-impacts");
        impacts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        impacts.setAllRowsVisible(true);
        impacts.addColumn(m -> getTranslation("improvement.impact.type." + m.type().name())
                + (m.description() == null ? "" : " · " + m.description()))
                .setHeader(getTranslation("improvement.impact.field.type")).setFlexGrow(1);
        impacts.addColumn(m -> getTranslation(m.hard() ? "improvement.impact.hard" : "improvement.impact.soft"))
                .setHeader(getTranslation("improvement.impact.field.hard")).setAutoWidth(true);
        impacts.addColumn(m -> getTranslation("improvement.impact.recurrence." + m.recurrence().name()))
                .setHeader(getTranslation("improvement.impact.field.recurrence")).setAutoWidth(true);
        valueColumn(ImpactData::target, "improvement.impact.field.target");
        valueColumn(ImpactData::forecast, "improvement.impact.field.forecast");
        valueColumn(ImpactData::actual, "improvement.impact.field.actual");
        valueColumn(m -> m.annualActual() != null ? m.annualActual() : m.annualTarget(), "improvement.impact.annual");
        impacts.addComponentColumn(this::rowButtons).setAutoWidth(true).setFlexGrow(0);
        impacts.setEmptyStateText(getTranslation("improvement.impacts.empty"));
    }

    private void valueColumn(Function<ImpactData, @Nullable BigDecimal> value, String headerKey) {
        impacts.addColumn(m -> formats.value(value.apply(m), m.unit())).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private Component rowButtons(ImpactData m) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(m));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("improvement.impact.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> DeleteConfirmation.open(
                getTranslation("improvement.impact.delete.title"), getTranslation("improvement.impact.delete.text",
                        getTranslation("improvement.impact.type." + m.type().name())), () -> delete(m)));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        HorizontalLayout buttons = new HorizontalLayout(edit, delete);
        buttons.setSpacing(false);
        buttons.setVisible(editable);
        return buttons;
    }

    void show(long itemId, ItemRights rights) {
        this.itemId = itemId;
        this.editable = rights.editImpacts();
        impacts.setItems(service.impacts(itemId));
        addImpact.setVisible(editable);
        impactsLock.setVisible(rights.impactsLocked());
        impactsLock.setText(getTranslation(editable ? "improvement.impacts.locked-but-yours"
                : "improvement.impacts.locked"));
    }

    private void refresh() {
        if (itemId != null) {
            impacts.setItems(service.impacts(itemId));
            changed.run();
        }
    }

    /** A failed save leaves the dialog open with the user's values; the session's error handler says why. */
    private void edit(@Nullable ImpactData existing) {
        ImpactDialog[] dialog = new ImpactDialog[1];
        dialog[0] = new ImpactDialog(existing, formats.currencyCode(), data -> {
            if (itemId != null) {
                service.saveImpact(itemId, data);
                dialog[0].close();
                refresh();
            }
        });
        dialog[0].open();
    }

    private void delete(ImpactData impact) {
        if (itemId != null && impact.id() != null) {
            service.deleteImpact(itemId, impact.id(), impact.version());
            refresh();
        }
    }
}

package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.performance.FeedbackService;
import app.tandem.performance.RecordLink;
import app.tandem.performance.RecordLinkType;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

/** An optional link to a record: first the kind of record, then the record, looked up as the user types. */
class LinkPicker extends HorizontalLayout {

    final Select<RecordLinkType> type = new Select<>();
    final ComboBox<RecordLink> record = new ComboBox<>();

    LinkPicker(FeedbackService service, String idPrefix) {
        setWrap(true);
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        type.setId(idPrefix + "-link-type");
        type.setLabel(getTranslation("feedback.field.link"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("feedback.link.none"));
        type.setItems(RecordLinkType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("feedback.link.none")
                : getTranslation("feedback.link.type." + t.name()));
        record.setId(idPrefix + "-link-record");
        record.setLabel(getTranslation("feedback.link.record"));
        record.setAriaLabel(getTranslation("feedback.link.record"));
        record.setItemLabelGenerator(RecordLink::label);
        record.setItems(query -> {
            RecordLinkType kind = type.getValue();
            return kind == null ? java.util.stream.Stream.empty()
                    : service.findLinkable(kind, query.getFilter().orElse(null), toSpringPageRequest(query)).stream();
        });
        record.setEnabled(false);
        record.setClearButtonVisible(true);
        type.addValueChangeListener(e -> {
            record.clear();
            record.setEnabled(e.getValue() != null);
            record.getDataProvider().refreshAll();
        });
        add(type, record);
        setFlexGrow(1, record);
    }

    @Nullable RecordLink getValue() {
        return type.getValue() == null ? null : record.getValue();
    }

    void setValue(@Nullable RecordLink link) {
        type.setValue(link == null ? null : link.type());
        if (link != null) {
            record.setValue(link);
        }
    }

    /** A type chosen without a record is an incomplete link: marks the record field. */
    boolean isComplete() {
        boolean complete = type.getValue() == null || record.getValue() != null;
        record.setErrorMessage(getTranslation("feedback.link.record-required"));
        record.setInvalid(!complete);
        return complete;
    }
}

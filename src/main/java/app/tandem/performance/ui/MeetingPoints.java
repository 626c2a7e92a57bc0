package app.tandem.performance.ui;

import app.tandem.performance.MeetingData;
import app.tandem.performance.OneOnOneService;
import app.tandem.performance.TalkingPointItem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** The meeting's shared talking points: tick them off, add one while the meeting is open. */
class MeetingPoints extends MeetingSection {

    final Div points = new Div();
    final TextField newPoint = new TextField();
    final Button addPoint = new Button();
    private final HorizontalLayout form;

    MeetingPoints(OneOnOneService service) {
        super(service, "oneonone.points.title", "oneonone.points.help");
        points.setId("oneonone-points");
        newPoint.setId("oneonone-point-new");
        newPoint.setPlaceholder(getTranslation("oneonone.point.placeholder"));
        newPoint.setAriaLabel(getTranslation("oneonone.point.placeholder"));
        newPoint.setMaxLength(500);
        newPoint.setWidthFull();
        addPoint.setId("oneonone-point-add");
        addPoint.setText(getTranslation("oneonone.point.add"));
        addPoint.addClickListener(e -> addPoint());
        addPoint.addClickShortcut(Key.ENTER).listenOn(newPoint);
        form = new HorizontalLayout(newPoint, addPoint);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setId("oneonone-point-form");
        add(points, form);
    }

    @Override
    void refresh() {
        MeetingData data = meeting;
        if (data == null) {
            return;
        }
        form.setVisible(!data.held());
        points.removeAll();
        List<TalkingPointItem> items = service.points(data.id());
        for (TalkingPointItem item : items) {
            Checkbox done = tickBox("oneonone-point-" + item.id(), item.text(), item.done(),
                    ticked -> service.tickPoint(item.id(), ticked));
            done.setReadOnly(data.held());
            Span meta = new Span(item.authorName());
            meta.addClassName("feedback-meta");
            if (item.carriedOver()) {
                Span carried = new Span(getTranslation("oneonone.point.carried"));
                carried.addClassNames("status-badge", "status-planned");
                meta.add(new Span(" "), carried);
            }
            Div row = new Div(done, meta);
            row.addClassName("oneonone-row");
            points.add(row);
        }
        if (items.isEmpty()) {
            points.add(empty("oneonone.points.empty"));
        }
    }

    private void addPoint() {
        if (meeting == null) {
            return;
        }
        if (newPoint.getValue().isBlank()) {
            newPoint.setErrorMessage(getTranslation("oneonone.point.required"));
            newPoint.setInvalid(true);
            return;
        }
        service.addPoint(meeting.id(), newPoint.getValue());
        newPoint.clear();
        newPoint.setInvalid(false);
        refresh();
    }
}

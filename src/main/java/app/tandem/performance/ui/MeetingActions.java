package app.tandem.performance.ui;

import app.tandem.org.UserRef;
import app.tandem.performance.MeetingActionItem;
import app.tandem.performance.MeetingData;
import app.tandem.performance.OneOnOneService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** The meeting's action items: tick them off, add one (with owner and due date) while the meeting is open. */
class MeetingActions extends MeetingSection {

    final Div actions = new Div();
    final TextField newAction = new TextField();
    final Select<UserRef> newActionOwner = new Select<>();
    final DatePicker newActionDue = new DatePicker();
    final Button addAction = new Button();
    private final HorizontalLayout form;

    MeetingActions(OneOnOneService service) {
        super(service, "oneonone.actions.title", null);
        actions.setId("oneonone-actions");
        newAction.setId("oneonone-action-new");
        newAction.setPlaceholder(getTranslation("oneonone.action.placeholder"));
        newAction.setAriaLabel(getTranslation("oneonone.action.placeholder"));
        newAction.setMaxLength(500);
        newAction.setWidthFull();
        newActionOwner.setId("oneonone-action-owner");
        newActionOwner.setAriaLabel(getTranslation("oneonone.action.owner"));
        newActionOwner.setPlaceholder(getTranslation("oneonone.action.owner"));
        newActionOwner.setItemLabelGenerator(u -> u == null ? "" : u.displayName());
        newActionDue.setId("oneonone-action-due");
        newActionDue.setPlaceholder(getTranslation("oneonone.action.due"));
        newActionDue.setAriaLabel(getTranslation("oneonone.action.due"));
        addAction.setId("oneonone-action-add");
        addAction.setText(getTranslation("oneonone.action.add"));
        addAction.addClickListener(e -> addAction());
        form = new HorizontalLayout(newActionOwner, newActionDue, addAction);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(actions, newAction, form);
    }

    @Override
    void show(MeetingData data) {
        newAction.setVisible(!data.held());
        form.setVisible(!data.held());
        newActionOwner.setItems(List.of(new UserRef(data.leadId(), "", data.leadName()),
                new UserRef(data.reportId(), "", data.reportName())));
        super.show(data);
    }

    @Override
    void refresh() {
        if (meeting == null) {
            return;
        }
        actions.removeAll();
        List<MeetingActionItem> items = service.actions(meeting.id());
        for (MeetingActionItem item : items) {
            Checkbox done = tickBox("oneonone-action-" + item.id(), item.text(), item.done(),
                    ticked -> service.tickAction(item.id(), ticked));
            String due = item.dueDate() == null ? "" : " · " + getTranslation("oneonone.action.due-on",
                    FeedbackTexts.date(getLocale(), item.dueDate()));
            Span meta = new Span(item.ownerName() + due);
            meta.addClassName("feedback-meta");
            Div row = new Div(done, meta);
            row.addClassName("oneonone-row");
            actions.add(row);
        }
        if (items.isEmpty()) {
            actions.add(empty("oneonone.actions.empty"));
        }
    }

    private void addAction() {
        if (meeting == null) {
            return;
        }
        boolean ok = true;
        if (newAction.getValue().isBlank()) {
            newAction.setErrorMessage(getTranslation("oneonone.action.required"));
            newAction.setInvalid(true);
            ok = false;
        }
        if (newActionOwner.getValue() == null) {
            newActionOwner.setErrorMessage(getTranslation("oneonone.action.owner-required"));
            newActionOwner.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        service.addAction(meeting.id(), newAction.getValue(), newActionOwner.getValue().id(), newActionDue.getValue());
        newAction.clear();
        newAction.setInvalid(false);
        newActionOwner.clear();
        newActionOwner.setInvalid(false);
        newActionDue.clear();
        refresh();
    }
}

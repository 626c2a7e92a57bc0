package app.tandem.performance.ui;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.org.UserRef;
import app.tandem.performance.MeetingActionItem;
import app.tandem.performance.MeetingData;
import app.tandem.performance.OneOnOneService;
import app.tandem.performance.SeriesItem;
import app.tandem.performance.TalkingPointItem;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * My 1:1s ({@code /performance/one-on-ones}): the series I lead or take part in, with their next meeting; and
 * the meeting page ({@code /performance/one-on-ones/7}): shared talking points, action items, my private note,
 * and "Hold meeting", which creates the next meeting with the unticked points carried over.
 */
@Route(value = "performance/one-on-ones/:meetingId?", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class OneOnOnesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEETING_ID = "meetingId";

    private final OneOnOneService service;
    // the list
    final Div list = new Div();
    final Button startSeries = new Button();
    final Grid<SeriesItem> series = new Grid<>();
    // the meeting page
    final Div page = new Div();
    final H2 title = new H2();
    final Paragraph subtitle = new Paragraph();
    final Span status = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Button hold = new Button();
    final Div points = new Div();
    final TextField newPoint = new TextField();
    final Button addPoint = new Button();
    final Div actions = new Div();
    final TextField newAction = new TextField();
    final Select<UserRef> newActionOwner = new Select<>();
    final DatePicker newActionDue = new DatePicker();
    final Button addAction = new Button();
    final TextArea note = new TextArea();
    final Button saveNote = new Button();
    private @Nullable MeetingData meeting;

    OneOnOnesView(OneOnOneService service) {
        this.service = service;
        addClassName("one-on-ones-view");
        buildList();
        buildPage();
        add(list, page);
    }

    // --- the list of series ---------------------------------------------------------------------------

    private void buildList() {
        list.setId("oneonone-list");
        startSeries.setId("oneonone-start-series");
        startSeries.setText(getTranslation("oneonone.series.new"));
        startSeries.setIcon(VaadinIcon.PLUS.create());
        startSeries.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startSeries.addClickListener(e -> new SeriesDialog(service, this::openMeeting).open());
        series.setId("oneonone-series");
        series.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        series.setAllRowsVisible(true);
        series.addColumn(SeriesItem::partnerName).setHeader(getTranslation("oneonone.series.with"))
                .setAutoWidth(true).setFlexGrow(1);
        series.addColumn(s -> s.lead() ? getTranslation("oneonone.series.role.lead") : s.partnerName())
                .setHeader(getTranslation("oneonone.series.role")).setAutoWidth(true);
        series.addColumn(s -> getTranslation("oneonone.cadence." + s.cadence().name()))
                .setHeader(getTranslation("oneonone.series.cadence")).setAutoWidth(true);
        series.addColumn(s -> FeedbackTexts.date(getLocale(), s.nextDate()))
                .setHeader(getTranslation("oneonone.series.next")).setAutoWidth(true);
        series.addColumn(s -> FeedbackTexts.date(getLocale(), s.lastHeld()))
                .setHeader(getTranslation("oneonone.series.last")).setAutoWidth(true);
        series.setEmptyStateText(getTranslation("oneonone.series.empty"));
        GridNavigation.openRowsWith(series, s -> {
            if (s.nextMeetingId() != null) {
                openMeeting(s.nextMeetingId());
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(startSeries);
        toolbar.addClassName("toolbar");
        list.add(toolbar, series);
    }

    private void showList() {
        meeting = null;
        page.setVisible(false);
        list.setVisible(true);
        startSeries.setVisible(service.mayStartSeries());
        series.setItems(service.mySeries());
    }

    // --- the meeting page ------------------------------------------------------------------------------

    private void buildPage() {
        page.setId("oneonone-meeting");
        page.addClassName("oneonone-meeting");
        Button back = new Button(getTranslation("oneonone.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(OneOnOnesView.class)));
        back.setId("oneonone-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.setId("oneonone-previous");
        previous.setText(getTranslation("oneonone.previous"));
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.addClickListener(e -> Optional.ofNullable(meeting).map(MeetingData::previousMeetingId)
                .ifPresent(this::openMeeting));
        next.setId("oneonone-next");
        next.setText(getTranslation("oneonone.next"));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(e -> Optional.ofNullable(meeting).map(MeetingData::nextMeetingId)
                .ifPresent(this::openMeeting));
        hold.setId("oneonone-hold");
        hold.setText(getTranslation("oneonone.hold"));
        hold.setIcon(VaadinIcon.CHECK_CIRCLE.create());
        hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hold.addClickListener(e -> confirmHold());
        HorizontalLayout nav = new HorizontalLayout(back, previous, next, hold);
        nav.setWrap(true);
        nav.addClassName("toolbar");
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        title.setId("oneonone-title");
        subtitle.setId("oneonone-subtitle");
        subtitle.addClassName("feedback-meta");
        status.setId("oneonone-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);

        Div sections = new Div(pointsSection(), actionsSection(), noteSection());
        sections.addClassName("oneonone-sections");
        page.add(nav, heading, subtitle, sections);
    }

    private Div pointsSection() {
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
        HorizontalLayout add = new HorizontalLayout(newPoint, addPoint);
        add.setWidthFull();
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        add.setId("oneonone-point-form");
        return card("oneonone.points.title", "oneonone.points.help", points, add);
    }

    private Div actionsSection() {
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
        HorizontalLayout add = new HorizontalLayout(newActionOwner, newActionDue, addAction);
        add.setWrap(true);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        return card("oneonone.actions.title", null, actions, newAction, add);
    }

    private Div noteSection() {
        note.setId("oneonone-note");
        note.setAriaLabel(getTranslation("oneonone.note.title"));
        note.setWidthFull();
        note.setMinHeight("8rem");
        note.setMaxLength(10000);
        saveNote.setId("oneonone-note-save");
        saveNote.setText(getTranslation("oneonone.note.save"));
        saveNote.addClickListener(e -> {
            if (meeting == null) {
                return;
            }
            try {
                service.saveMyNote(meeting.id(), note.getValue());
                Notices.success(getTranslation("oneonone.note.saved"));
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
        });
        Div section = card("oneonone.note.title", "oneonone.note.help", note, saveNote);
        section.addClassName("oneonone-private");
        return section;
    }

    private Div card(String titleKey, @Nullable String helpKey, com.vaadin.flow.component.Component... content) {
        Div card = new Div();
        card.addClassNames("card-section", "oneonone-card");
        card.add(new H3(getTranslation(titleKey)));
        if (helpKey != null) {
            Paragraph help = new Paragraph(getTranslation(helpKey));
            help.addClassName("feedback-meta");
            card.add(help);
        }
        card.add(content);
        return card;
    }

    private void showMeeting(long id) {
        MeetingData data = service.meeting(id);
        meeting = data;
        list.setVisible(false);
        page.setVisible(true);
        title.setText(getTranslation("oneonone.meeting.title", data.leadName(), data.reportName()));
        subtitle.setText(getTranslation("oneonone.meeting.subtitle", FeedbackTexts.date(getLocale(),
                data.scheduledDate()), getTranslation("oneonone.cadence." + data.cadence().name())));
        status.setText(data.held() ? getTranslation("oneonone.meeting.held-on", FeedbackTexts.day(getLocale(),
                data.heldAt())) : getTranslation("oneonone.meeting.open"));
        status.setClassName("status-badge " + (data.held() ? "status-inactive" : "status-active"));
        previous.setEnabled(data.previousMeetingId() != null);
        next.setEnabled(data.nextMeetingId() != null);
        hold.setVisible(!data.held());
        newPoint.getParent().ifPresent(p -> p.setVisible(!data.held()));
        newAction.setVisible(!data.held());
        addAction.getParent().ifPresent(p -> p.setVisible(!data.held()));
        newActionOwner.setItems(List.of(new UserRef(data.leadId(), "", data.leadName()),
                new UserRef(data.reportId(), "", data.reportName())));
        showPoints();
        showActions();
        note.setValue(service.myNote(id));
    }

    private void showPoints() {
        if (meeting == null) {
            return;
        }
        MeetingData data = meeting;
        points.removeAll();
        List<TalkingPointItem> items = service.points(data.id());
        for (TalkingPointItem item : items) {
            Checkbox done = new Checkbox(item.text(), item.done());
            done.setId("oneonone-point-" + item.id());
            done.setReadOnly(data.held());
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        service.tickPoint(item.id(), e.getValue());
                    } catch (RuntimeException ex) {
                        Failures.show(ex);
                        showPoints();
                    }
                }
            });
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
            Span empty = new Span(getTranslation("oneonone.points.empty"));
            empty.addClassName("empty-state");
            points.add(empty);
        }
    }

    private void showActions() {
        if (meeting == null) {
            return;
        }
        actions.removeAll();
        List<MeetingActionItem> items = service.actions(meeting.id());
        for (MeetingActionItem item : items) {
            Checkbox done = new Checkbox(item.text(), item.done());
            done.setId("oneonone-action-" + item.id());
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        service.tickAction(item.id(), e.getValue());
                    } catch (RuntimeException ex) {
                        Failures.show(ex);
                        showActions();
                    }
                }
            });
            String due = item.dueDate() == null ? "" : " · " + getTranslation("oneonone.action.due-on",
                    FeedbackTexts.date(getLocale(), item.dueDate()));
            Span meta = new Span(item.ownerName() + due);
            meta.addClassName("feedback-meta");
            Div row = new Div(done, meta);
            row.addClassName("oneonone-row");
            actions.add(row);
        }
        if (items.isEmpty()) {
            Span empty = new Span(getTranslation("oneonone.actions.empty"));
            empty.addClassName("empty-state");
            actions.add(empty);
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
        try {
            service.addPoint(meeting.id(), newPoint.getValue());
            newPoint.clear();
            newPoint.setInvalid(false);
            showPoints();
        } catch (RuntimeException ex) {
            Failures.show(ex);
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
        try {
            service.addAction(meeting.id(), newAction.getValue(), newActionOwner.getValue().id(),
                    newActionDue.getValue());
            newAction.clear();
            newAction.setInvalid(false);
            newActionOwner.clear();
            newActionOwner.setInvalid(false);
            newActionDue.clear();
            showActions();
        } catch (RuntimeException ex) {
            Failures.show(ex);
        }
    }

    private void confirmHold() {
        if (meeting == null) {
            return;
        }
        MeetingData data = meeting;
        long open = service.points(data.id()).stream().filter(p -> !p.done()).count();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("oneonone.hold.title"),
                getTranslation("oneonone.hold.text", open, FeedbackTexts.date(getLocale(),
                        data.cadence().after(data.scheduledDate()))),
                getTranslation("oneonone.hold"), e -> {
                    try {
                        long nextId = service.hold(data.id(), data.version());
                        Notices.success(getTranslation("oneonone.held"));
                        openMeeting(nextId);
                    } catch (RuntimeException ex) {
                        Failures.show(ex);
                    }
                });
        confirm.setId("oneonone-hold-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    static RouteParameters parameters(String meetingId) {
        return new RouteParameters(MEETING_ID, meetingId);
    }

    private void openMeeting(long id) {
        getUI().ifPresent(ui -> ui.navigate(OneOnOnesView.class, parameters(Long.toString(id))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(MEETING_ID);
        if (id.isEmpty()) {
            showList();
        } else if (id.get().matches("\\d{1,18}")) {
            try {
                showMeeting(Long.parseLong(id.get()));
            } catch (RecordNotFoundException e) {
                Notices.error(getTranslation("error.not-found"));
                showList();
                event.forwardTo(OneOnOnesView.class);
            }
        } else {
            event.forwardTo(OneOnOnesView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oneonone.nav.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.performance.ui;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.Notices;
import app.tandem.performance.MeetingData;
import app.tandem.performance.OneOnOneService;
import app.tandem.performance.SeriesItem;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * My 1:1s ({@code /performance/one-on-ones}): the series I lead or take part in, with their next meeting; and
 * the meeting page ({@code /performance/one-on-ones/7}): shared talking points, action items, my private note,
 * and "Hold meeting", which creates the next meeting with the unticked points carried over.
 */
@Route("performance/one-on-ones/:meetingId?")
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
    final MeetingPoints points;
    final MeetingActions actions;
    final MeetingNote note;
    private @Nullable MeetingData meeting;

    OneOnOnesView(OneOnOneService service) {
        this.service = service;
        points = new MeetingPoints(service);
        actions = new MeetingActions(service);
        note = new MeetingNote(service);
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

        Div sections = new Div(points, actions, note);
        sections.addClassName("oneonone-sections");
        page.add(nav, heading, subtitle, sections);
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
        points.show(data);
        actions.show(data);
        note.show(data);
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
                    long nextId = service.hold(data.id(), data.version());
                    Notices.success(getTranslation("oneonone.held"));
                    openMeeting(nextId);
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

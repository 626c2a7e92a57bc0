package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.Notices;
import app.tandem.performance.FeedbackData;
import app.tandem.performance.FeedbackListItem;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * My feedback ({@code /performance/feedback/42}): what I received (by the visibility rules), what I gave, and
 * requests for feedback to and by me; giving and requesting feedback; the feedback page as the detail, with
 * editing (the giver, within 24 hours), acknowledging a formal warning, follow-up notes and the history.
 */
@Route("performance/feedback/:feedbackId?")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class FeedbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter and value that open the requests tab, e.g. from "My work". */
    static final String TAB = "tab";
    static final String REQUESTS = "requests";

    static final String FEEDBACK_ID = "feedbackId";

    private final FeedbackService service;
    final Grid<FeedbackListItem> received = new Grid<>();
    final Grid<FeedbackListItem> given = new Grid<>();
    final FeedbackRequests requests;
    final TabSheet tabs = new TabSheet();
    final Tab receivedTab;
    final Tab givenTab;
    final Tab requestsTab;
    final Button give = new Button();
    final Button request = new Button();
    final Paragraph warnings = new Paragraph();
    final DetailPanel detail;
    final Div typeBadge = new Div();
    final Paragraph meta = new Paragraph();
    final Paragraph acknowledgement = new Paragraph();
    final Paragraph body = new Paragraph();
    final Div link = new Div();
    final Paragraph editableNote = new Paragraph();
    final FeedbackNotes notes;
    private @Nullable Long openId;

    FeedbackView(FeedbackService service) {
        this.service = service;
        notes = new FeedbackNotes(service);
        addClassNames("master-detail", "feedback-view");

        give.setText(getTranslation("feedback.give.title"));
        give.setIcon(VaadinIcon.COMMENT.create());
        give.setId("feedback-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> FeedbackDialog.give(service, null, this::saved).open());
        request.setText(getTranslation("feedback.request.title"));
        request.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        request.setId("feedback-request");
        request.addClickListener(e -> new RequestDialog(service, this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(give, request);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        warnings.setId("feedback-warnings");
        warnings.addClassName("feedback-warning-banner");

        feedbackGrid(received, "feedback-received", true);
        feedbackGrid(given, "feedback-given", false);
        receivedTab = tabs.add(getTranslation("feedback.tab.received"), received);
        givenTab = tabs.add(getTranslation("feedback.tab.given"), given);
        requests = new FeedbackRequests(service, this::saved, this::refresh);
        requestsTab = tabs.add(getTranslation("feedback.tab.requests"), requests);
        tabs.setId("feedback-tabs");
        tabs.setSizeFull();
        Div master = new Div(toolbar, warnings, tabs);
        master.addClassName("master");

        VerticalLayout content = new VerticalLayout(typeBadge, meta, acknowledgement, body, link, editableNote,
                notes);
        content.setPadding(false);
        content.setSpacing(false);
        typeBadge.setId("feedback-detail-type");
        meta.setId("feedback-detail-meta");
        meta.addClassName("feedback-meta");
        acknowledgement.setId("feedback-detail-acknowledgement");
        body.setId("feedback-detail-text");
        body.addClassName("feedback-text");
        link.setId("feedback-detail-link");
        link.addClassName("feedback-link-row");
        editableNote.setId("feedback-detail-editable");
        editableNote.addClassName("feedback-meta");
        detail = new DetailPanel("feedback-detail", content, "feedback.field", this::showList);
        add(master, detail);
    }

    private void feedbackGrid(Grid<FeedbackListItem> grid, String id, boolean receivedList) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        if (receivedList) {
            grid.addColumn(FeedbackListItem::giverName).setHeader(getTranslation("feedback.field.giver"))
                    .setSortProperty("g.displayName").setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(FeedbackListItem::recipientName).setHeader(getTranslation("feedback.field.recipient"))
                    .setSortProperty("r.displayName").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(f -> {
            Span badge = FeedbackTexts.typeBadge(this, f.type());
            if (f.needsAcknowledgement()) {
                Span open = new Span(getTranslation("feedback.acknowledge.open"));
                open.addClassNames("status-badge", "status-locked");
                return new HorizontalLayout(badge, open);
            }
            return badge;
        }).setHeader(getTranslation("feedback.field.type")).setSortProperty("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> FeedbackTexts.excerpt(f.text())).setHeader(getTranslation("feedback.field.text"))
                .setTooltipGenerator(FeedbackListItem::text).setFlexGrow(1).setWidth("16rem");
        var given = grid.addColumn(f -> FeedbackTexts.day(getLocale(), f.givenAt()))
                .setHeader(getTranslation("feedback.field.givenAt")).setSortProperty("givenAt").setAutoWidth(true)
                .setFlexGrow(0);
        var readers = grid.addColumn(f -> FeedbackTexts.visibility(this, f.type(), f.visibility()))
                .setHeader(getTranslation("feedback.field.visibility")).setAutoWidth(true).setFlexGrow(0);
        FeedbackTexts.hideOnPhone(grid, given, readers);
        grid.setItems(query -> (receivedList ? service.received(toSpringPageRequest(query))
                : service.given(toSpringPageRequest(query))).stream());
        grid.setEmptyStateText(getTranslation(receivedList ? "feedback.received.empty" : "feedback.given.empty"));
        GridNavigation.openRowsWith(grid, row -> open(row.id()));
        grid.setSizeFull();
    }

    // --- the feedback page ------------------------------------------------------------------------------

    private void openDetail(long id) {
        FeedbackData data = service.load(id);
        openId = id;
        detail.open(getTranslation("feedback.detail.title", getTranslation("feedback.type." + data.type().name()),
                data.recipientName()), () -> service.history(id));
        typeBadge.removeAll();
        typeBadge.add(FeedbackTexts.typeBadge(this, data.type()));
        meta.setText(getTranslation("feedback.detail.meta", data.giverName(), data.recipientName(),
                FeedbackTexts.when(getLocale(), data.givenAt()),
                FeedbackTexts.visibility(this, data.type(), data.visibility())));
        acknowledgement.setVisible(data.type() == FeedbackType.FORMAL_WARNING);
        acknowledgement.setText(data.acknowledgedAt() == null ? getTranslation("feedback.acknowledge.pending")
                : getTranslation("feedback.acknowledge.done", FeedbackTexts.when(getLocale(), data.acknowledgedAt())));
        acknowledgement.setClassName("status-badge " + (data.acknowledgedAt() == null ? "status-locked"
                : "status-active"));
        body.setText(data.text());
        link.removeAll();
        if (data.link() != null) {
            link.add(new Span(getTranslation("feedback.field.link") + ": "), FeedbackTexts.link(data.link()));
        }
        link.setVisible(data.link() != null);
        editableNote.setVisible(data.mayEdit());
        editableNote.setText(getTranslation("feedback.edit.until", FeedbackTexts.when(getLocale(),
                data.editableUntil())));
        if (data.mayEdit()) {
            Button edit = new Button(getTranslation("feedback.edit.action"), VaadinIcon.EDIT.create(),
                    e -> FeedbackDialog.edit(service, data, this::saved).open());
            edit.setId("feedback-edit");
            detail.actions().add(edit);
        }
        if (data.mayAcknowledge()) {
            Button acknowledge = new Button(getTranslation("feedback.acknowledge.action"),
                    VaadinIcon.CHECK.create(), e -> confirmAcknowledge(id));
            acknowledge.setId("feedback-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.actions().add(acknowledge);
        }
        notes.show(id);
    }

    private void confirmAcknowledge(long id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("feedback.acknowledge.title"),
                getTranslation("feedback.acknowledge.text"), getTranslation("feedback.acknowledge.action"), e -> {
                    service.acknowledge(id);
                    Notices.success(getTranslation("feedback.acknowledged"));
                    refresh();
                    openDetail(id);
                });
        confirm.setId("feedback-acknowledge-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void saved(long id) {
        refresh();
        open(id);
        if (openId != null && openId == id) {
            openDetail(id);
        }
    }

    private void refresh() {
        received.getDataProvider().refreshAll();
        given.getDataProvider().refreshAll();
        requests.refresh();
        showWarnings();
    }

    private void showWarnings() {
        long open = service.unacknowledgedWarnings();
        warnings.setText(getTranslation("feedback.warnings.open", open));
        warnings.setVisible(open > 0);
    }

    static RouteParameters parameters(String feedbackId) {
        return new RouteParameters(FEEDBACK_ID, feedbackId);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(FeedbackView.class, parameters(Long.toString(id))));
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(FeedbackView.class));
    }

    private void closeDetail() {
        openId = null;
        detail.close();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showWarnings();
        if (event.getLocation().getQueryParameters().getSingleParameter(TAB).filter(REQUESTS::equals).isPresent()) {
            tabs.setSelectedTab(requestsTab);
        }
        DetailRoute.dispatch(event, FEEDBACK_ID, this::closeDetail, () -> {
            closeDetail();
            FeedbackDialog.give(service, null, this::saved).open();
        }, this::openDetail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.nav.title") + " | " + getTranslation("app.name");
    }
}

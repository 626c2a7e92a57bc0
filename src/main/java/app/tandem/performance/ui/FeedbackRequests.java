package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Notices;
import app.tandem.performance.FeedbackRequestItem;
import app.tandem.performance.FeedbackRequestStatus;
import app.tandem.performance.FeedbackService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.LongConsumer;

/** The requests tab: requests for feedback from me (answer or decline them) and the requests I made. */
class FeedbackRequests extends VerticalLayout {

    private final FeedbackService service;
    private final LongConsumer answered;
    private final Runnable changed;
    final Grid<FeedbackRequestItem> toMe = new Grid<>();
    final Grid<FeedbackRequestItem> byMe = new Grid<>();

    /**
     * @param answered gets the id of the feedback that answered a request
     * @param changed  runs when a request was declined
     */
    FeedbackRequests(FeedbackService service, LongConsumer answered, Runnable changed) {
        this.service = service;
        this.answered = answered;
        this.changed = changed;
        setPadding(false);
        toMe.setId("feedback-requests-to-me");
        toMe.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        toMe.setAllRowsVisible(true);
        toMe.addColumn(r -> FeedbackTexts.day(getLocale(), r.requestedAt()))
                .setHeader(getTranslation("feedback.request.requestedAt")).setAutoWidth(true).setFlexGrow(0);
        toMe.addColumn(FeedbackRequestItem::requesterName).setHeader(getTranslation("feedback.request.from"))
                .setAutoWidth(true).setFlexGrow(0);
        toMe.addColumn(FeedbackRequestItem::subject).setHeader(getTranslation("feedback.request.subject"))
                .setFlexGrow(1);
        toMe.addComponentColumn(r -> FeedbackTexts.link(r.link()))
                .setHeader(getTranslation("feedback.field.link")).setAutoWidth(true).setFlexGrow(0);
        toMe.addComponentColumn(this::requestActions).setAutoWidth(true).setFlexGrow(0);
        toMe.setItems(query -> service.requestsToMe(toSpringPageRequest(query)).stream());
        toMe.setEmptyStateText(getTranslation("feedback.requests.to-me.empty"));

        byMe.setId("feedback-requests-by-me");
        byMe.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        byMe.setAllRowsVisible(true);
        byMe.addColumn(r -> FeedbackTexts.day(getLocale(), r.requestedAt()))
                .setHeader(getTranslation("feedback.request.requestedAt")).setAutoWidth(true).setFlexGrow(0);
        byMe.addColumn(FeedbackRequestItem::askedName).setHeader(getTranslation("feedback.request.whom"))
                .setAutoWidth(true).setFlexGrow(0);
        byMe.addColumn(FeedbackRequestItem::subject).setHeader(getTranslation("feedback.request.subject"))
                .setFlexGrow(1);
        byMe.addColumn(this::requestStatus).setHeader(getTranslation("feedback.request.status"))
                .setAutoWidth(true).setFlexGrow(0);
        byMe.setItems(query -> service.requestsByMe(toSpringPageRequest(query)).stream());
        byMe.setEmptyStateText(getTranslation("feedback.requests.by-me.empty"));
        add(new H4(getTranslation("feedback.requests.to-me")), toMe, new H4(getTranslation("feedback.requests.by-me")),
                byMe);
    }

    void refresh() {
        toMe.getDataProvider().refreshAll();
        byMe.getDataProvider().refreshAll();
    }

    private String requestStatus(FeedbackRequestItem r) {
        String status = getTranslation("feedback.request.status." + r.status().name());
        return r.status() == FeedbackRequestStatus.DECLINED && r.declineReason() != null
                ? status + ": " + r.declineReason() : status;
    }

    private Component requestActions(FeedbackRequestItem r) {
        Button answer = new Button(getTranslation("feedback.answer.action"),
                e -> FeedbackDialog.answer(service, r, answered).open());
        answer.setId("feedback-answer-" + r.id());
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("feedback.decline.action"), e -> askDeclineReason(r));
        decline.setId("feedback-decline-" + r.id());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(answer, decline);
        buttons.setSpacing(false);
        buttons.addClassName("feedback-request-actions");
        return buttons;
    }

    private void askDeclineReason(FeedbackRequestItem r) {
        Dialog dialog = new Dialog();
        dialog.setId("feedback-decline-dialog");
        dialog.setHeaderTitle(getTranslation("feedback.decline.title", r.requesterName()));
        TextArea reason = new TextArea(getTranslation("feedback.decline.reason"));
        reason.setId("feedback-decline-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("feedback.decline.action"), e -> {
            service.declineRequest(r.id(), reason.getValue());
            dialog.close();
            Notices.success(getTranslation("feedback.declined"));
            changed.run();
        });
        confirm.setId("feedback-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }
}

package app.tandem.crm.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.ActivityService;
import app.tandem.crm.DueActivity;
import app.tandem.crm.Recurrence;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The logged-in user's activities due today or overdue, to complete or reschedule. Each is a card whose
 * buttons wrap below the text on a narrow screen, so a phone needs no sideways scrolling.
 */
@Route("crm/my-activities")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF})
class MyActivitiesView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityService activityService;
    private final DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    final Grid<DueActivity> grid = new Grid<>();

    MyActivitiesView(ActivityService activityService) {
        this.activityService = activityService;
        addClassName("my-activities-view");
        setSizeFull();
        grid.setId("my-activities");
        grid.addClassName("due-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card);
        grid.setEmptyStateText(getTranslation("activity.none-due"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Component card(DueActivity activity) {
        Span due = new Span(format.withLocale(getLocale()).format(activity.dueAt()));
        due.addClassName("due-when");
        Icon icon = ActivityTimeline.icon(activity.type()).create();
        icon.addClassName("activity-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span type = new Span(icon, new Span(getTranslation("activity.type." + activity.type().name())));
        type.addClassName("due-type");
        Div when = new Div(due, type);
        if (activity.overdue()) {
            Span overdue = new Span(getTranslation("activity.overdue"));
            overdue.addClassNames("status-badge", "status-locked");
            when.addComponentAsFirst(overdue);
        }
        when.addClassName("due-line");
        Span subject = new Span(activity.subject());
        subject.addClassName("activity-subject");
        RouterLink account = new RouterLink(activity.accountName(), AccountsView.class,
                AccountsView.parameters(Long.toString(activity.accountId())));
        account.addClassName("due-account");
        Div info = new Div(when, subject, account);
        if (activity.recurrence() != Recurrence.NONE) {
            Span repeats = new Span(getTranslation("activity.recurrence." + activity.recurrence().name()));
            repeats.addClassName("due-repeats");
            info.add(repeats);
        }
        info.addClassName("due-info");
        Div card = new Div(info, actions(activity));
        card.addClassName("due-card");
        return card;
    }

    private Component actions(DueActivity activity) {
        Button complete = new Button(getTranslation("activity.complete"), VaadinIcon.CHECK.create(), e -> {
            try {
                activityService.complete(activity.id()).ifPresentOrElse(
                        next -> Notices.success(getTranslation("activity.completed.next",
                                format.withLocale(getLocale()).format(next.dueAt()))),
                        () -> Notices.success(getTranslation("activity.completed")));
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
            refresh();
        });
        complete.setId("my-activity-done-" + activity.id());
        complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button reschedule = new Button(getTranslation("activity.reschedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> reschedule(activity));
        reschedule.setId("my-activity-reschedule-" + activity.id());
        reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(complete, reschedule);
        actions.addClassName("due-actions");
        return actions;
    }

    private void reschedule(DueActivity activity) {
        Dialog dialog = new Dialog();
        dialog.setId("my-activity-reschedule-dialog");
        dialog.setHeaderTitle(getTranslation("activity.reschedule.title", activity.subject()));
        DateTimePicker when = new DateTimePicker(getTranslation("activity.due"));
        when.setId("my-activity-reschedule-when");
        when.setWidthFull();
        LocalDateTime tomorrow = LocalDate.now(ClientTime.zone()).plusDays(1).atTime(activity.dueAt().toLocalTime());
        LocalDateTime nextDay = activity.dueAt().plusDays(1);
        when.setValue(nextDay.isBefore(tomorrow) ? tomorrow : nextDay);
        when.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (when.getValue() == null) {
                when.setErrorMessage(getTranslation("activity.due.required"));
                when.setInvalid(true);
                return;
            }
            try {
                activityService.reschedule(activity.id(), when.getValue());
                dialog.close();
                Notices.success(getTranslation("activity.rescheduled"));
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
            refresh();
        });
        save.setId("my-activity-reschedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(when);
        dialog.setWidth("min(26rem, 100vw)");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(activityService.myDueActivities());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-activities") + " | " + getTranslation("app.name");
    }
}

package app.tandem.crm.ui;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.crm.ActivityService;
import app.tandem.crm.DueActivity;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The logged-in user's activities due today or overdue, to complete or reschedule. */
@Route(value = "crm/my-activities", layout = MainLayout.class)
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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::due).setHeader(getTranslation("activity.due")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> getTranslation("activity.type." + a.type().name()))
                .setHeader(getTranslation("activity.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DueActivity::subject).setHeader(getTranslation("activity.subject")).setFlexGrow(1);
        grid.addColumn(DueActivity::accountName).setHeader(getTranslation("activity.account")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("activity.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("activity.none-due"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Component due(DueActivity activity) {
        Span due = new Span(format.withLocale(getLocale()).format(activity.dueAt()));
        if (activity.overdue()) {
            due.addClassNames("status-badge", "status-locked");
            due.getElement().setAttribute("title", getTranslation("activity.overdue"));
        }
        return due;
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
        complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button reschedule = new Button(getTranslation("activity.reschedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> reschedule(activity));
        reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(complete, reschedule);
    }

    private void reschedule(DueActivity activity) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("activity.reschedule.title", activity.subject()));
        DateTimePicker when = new DateTimePicker(getTranslation("activity.due"));
        when.setValue(activity.dueAt().plusDays(1));
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
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(when);
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

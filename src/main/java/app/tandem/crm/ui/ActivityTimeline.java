package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.AccountRef;
import app.tandem.crm.ActivityEntry;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealService;
import app.tandem.crm.Recurrence;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.TandemUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The activities of an account or of a deal, newest first, read page by page from the database as the user
 * scrolls: type, subject, when, owner and status of each. Who may change a planned one completes or cancels it
 * here; "Log activity" and "Plan activity" open the {@link ActivityDialog}.
 */
class ActivityTimeline extends VerticalLayout {

    final Button log = new Button();
    final Button plan = new Button();
    final Grid<ActivityEntry> grid = new Grid<>();

    private final ActivityService activityService;
    private final ContactService contactService;
    private final DealService dealService;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);
    private @Nullable AccountRef account;
    private @Nullable DealChoice deal;
    private Runnable onChange = () -> {
    };

    ActivityTimeline(String id, ActivityService activityService, ContactService contactService,
            DealService dealService, UserService userService, CurrentUser currentUser) {
        this.activityService = activityService;
        this.contactService = contactService;
        this.dealService = dealService;
        this.userService = userService;
        this.currentUser = currentUser;
        setId(id);
        addClassName("activity-timeline");
        setPadding(false);

        log.setText(getTranslation("activity.log"));
        log.setIcon(VaadinIcon.EDIT.create());
        log.setId(id + "-log");
        log.addClickListener(e -> openDialog(ActivityDialog.Mode.LOG));
        plan.setText(getTranslation("activity.plan"));
        plan.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        plan.setId(id + "-plan");
        plan.addClickListener(e -> openDialog(ActivityDialog.Mode.PLAN));
        boolean mayCreate = activityService.mayCreate();
        log.setVisible(mayCreate);
        plan.setVisible(mayCreate);
        HorizontalLayout toolbar = new HorizontalLayout(log, plan);
        toolbar.setWrap(true);

        grid.setId(id + "-grid");
        grid.addClassName("timeline-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::entry);
        grid.setEmptyStateText(getTranslation("activity.timeline.empty"));
        grid.setHeight("min(34rem, 65vh)");
        add(toolbar, grid);
    }

    /** Shows this account's activities. */
    void showAccount(AccountRef account) {
        this.account = account;
        this.deal = null;
        grid.setItems(q -> activityService.timelineOfAccount(account.id(), toSpringPageRequest(q)).stream());
    }

    /** Shows this deal's activities; what is logged or planned here is for the deal. */
    void showDeal(AccountRef account, DealChoice deal) {
        this.account = account;
        this.deal = deal;
        grid.setItems(q -> activityService.timelineOfDeal(deal.id(), toSpringPageRequest(q)).stream());
    }

    /** Called after an activity was logged, planned, completed or cancelled here (e.g. to update counts). */
    void onChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private void openDialog(ActivityDialog.Mode mode) {
        AccountRef at = account;
        if (at == null) {
            return;
        }
        TandemUser me = currentUser.require();
        new ActivityDialog(mode, at, deal, new UserRef(me.id(), me.getUsername(), me.displayName()),
                activityService, contactService, dealService, userService, saved -> changed()).open();
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        onChange.run();
    }

    private Component entry(ActivityEntry a) {
        Icon icon = icon(a.type()).create();
        icon.addClassName("activity-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span subject = new Span(a.subject());
        subject.addClassName("activity-subject");
        Div head = new Div(subject, status(a));
        head.addClassName("activity-head");
        Div body = new Div(head, meta(a));
        body.addClassName("activity-body");
        String links = links(a);
        if (!links.isEmpty()) {
            Span linked = new Span(links);
            linked.addClassName("activity-links");
            body.add(linked);
        }
        if (a.details() != null) {
            Span details = new Span(a.details());
            details.addClassName("activity-details");
            details.getElement().setAttribute("title", a.details());
            body.add(details);
        }
        Div card = new Div(icon, body);
        card.addClassNames("activity-entry", "activity-" + a.status().name().toLowerCase(Locale.ROOT));
        if (a.planned() && a.editable()) {
            card.add(actions(a));
        }
        return card;
    }

    private Span meta(ActivityEntry a) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("activity.type." + a.type().name()));
        parts.add(format.withLocale(getLocale()).format(a.dueAt()));
        if (a.durationMinutes() != null) {
            parts.add(getTranslation("activity.minutes", a.durationMinutes()));
        }
        parts.add(a.ownerName());
        if (a.recurrence() != Recurrence.NONE) {
            parts.add(getTranslation("activity.recurrence." + a.recurrence().name()));
        }
        Span meta = new Span(String.join(" · ", parts));
        meta.addClassName("activity-meta");
        return meta;
    }

    private String links(ActivityEntry a) {
        List<String> parts = new ArrayList<>();
        if (a.contactName() != null) {
            parts.add(a.contactName());
        }
        if (a.dealName() != null && deal == null) {
            parts.add(a.dealName());
        }
        return String.join(" · ", parts);
    }

    private Span status(ActivityEntry a) {
        String key = a.overdue() ? "activity.overdue" : "activity.status." + a.status().name();
        Span badge = new Span(getTranslation(key));
        badge.addClassName("status-badge");
        badge.addClassName(a.overdue() ? "status-locked" : switch (a.status()) {
            case PLANNED -> "status-planned";
            case DONE -> "status-active";
            case CANCELLED -> "status-inactive";
        });
        return badge;
    }

    private Component actions(ActivityEntry a) {
        Button done = new Button(getTranslation("activity.complete"), VaadinIcon.CHECK.create(), e -> complete(a));
        done.setId("activity-done-" + a.id());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button cancel = new Button(getTranslation("activity.cancel"), VaadinIcon.BAN.create(), e -> confirmCancel(a));
        cancel.setId("activity-cancel-" + a.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(done, cancel);
        actions.addClassName("activity-actions");
        return actions;
    }

    private void complete(ActivityEntry a) {
        try {
            activityService.complete(a.id()).ifPresentOrElse(
                    next -> Notices.success(getTranslation("activity.completed.next",
                            format.withLocale(getLocale()).format(next.dueAt()))),
                    () -> Notices.success(getTranslation("activity.completed")));
        } catch (RuntimeException ex) {
            Failures.show(ex);
        }
        changed();
    }

    private void confirmCancel(ActivityEntry a) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("activity-cancel-confirm");
        confirm.setHeader(getTranslation("activity.cancel.title", a.subject()));
        confirm.setText(getTranslation("activity.cancel.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("activity.cancel.keep"));
        confirm.setConfirmText(getTranslation("activity.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                activityService.cancel(a.id());
                Notices.success(getTranslation("activity.cancelled", a.subject()));
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
            changed();
        });
        confirm.open();
    }

    static VaadinIcon icon(ActivityType type) {
        return switch (type) {
            case CALL -> VaadinIcon.PHONE;
            case MEETING -> VaadinIcon.GROUP;
            case TASK -> VaadinIcon.CHECK_SQUARE_O;
            case EMAIL -> VaadinIcon.ENVELOPE_O;
            case NOTE -> VaadinIcon.NOTEBOOK;
        };
    }
}

package app.tandem.notification.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.RecordLinks;
import app.tandem.notification.KindPreference;
import app.tandem.notification.NotificationItem;
import app.tandem.base.NotificationKind;
import app.tandem.notification.NotificationService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * All my notifications (unread or all, newest first, loaded page by page), opening one goes to its record and
 * marks it read; below, what I want to be told: each kind in the app, and by e-mail when mail is on.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<Boolean> filter = new RadioButtonGroup<>();
    final Grid<NotificationItem> grid = new Grid<>();
    final Button markAll = new Button();
    final Map<NotificationKind, Checkbox> inApp = new EnumMap<>(NotificationKind.class);
    final Map<NotificationKind, Checkbox> email = new EnumMap<>(NotificationKind.class);

    private final NotificationService service;
    private final RecordLinks links;
    private final Clock clock;

    NotificationsView(NotificationService service, RecordLinks links, Clock clock) {
        this.service = service;
        this.links = links;
        this.clock = clock;
        addClassName("notifications-view");
        setWidthFull();

        filter.setId("notifications-filter");
        filter.setAriaLabel(getTranslation("notify.filter"));
        filter.setItems(true, false);
        filter.setItemLabelGenerator(unread -> getTranslation(unread ? "notify.filter.unread" : "notify.filter.all"));
        filter.setValue(true);
        filter.addValueChangeListener(e -> refresh());
        markAll.setText(getTranslation("notify.mark-all"));
        markAll.setId("notifications-mark-all");
        markAll.setIcon(com.vaadin.flow.component.icon.VaadinIcon.CHECK.create());
        markAll.addClickListener(e -> markAllRead());
        HorizontalLayout toolbar = new HorizontalLayout(filter, markAll);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("notifications-toolbar");

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::line)).setHeader(getTranslation("notify.column.what"))
                .setFlexGrow(1);
        grid.addColumn(n -> NotificationTexts.ago(this, n.createdAt(), clock.instant()))
                .setHeader(getTranslation("notify.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notify.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        // a height of its own: the page scrolls to the preferences below, also on a phone
        grid.setHeight("min(36rem, 65vh)");

        add(toolbar, grid, preferences());
        refresh();
    }

    private Div line(NotificationItem n) {
        Span text = new Span(NotificationTexts.text(this, n));
        text.addClassName("notification-text");
        Div line = new Div(NotificationTexts.icon(n.kind()), text);
        line.addClassNames("notification-line", n.read() ? "read" : "unread");
        return line;
    }

    private VerticalLayout preferences() {
        H3 title = new H3(getTranslation("notify.prefs.title"));
        Paragraph intro = new Paragraph(getTranslation(service.mailEnabled() ? "notify.prefs.intro-mail"
                : "notify.prefs.intro"));
        intro.addClassName("notification-prefs-intro");
        Div rows = new Div();
        rows.addClassName("notification-prefs");
        rows.setId("notification-prefs");
        for (KindPreference p : service.preferences()) {
            Span kind = new Span(getTranslation("notify.kind." + p.kind().name()));
            kind.addClassName("notification-pref-kind");
            Checkbox app = new Checkbox(getTranslation("notify.prefs.in-app"), p.inApp());
            app.setId("pref-in-app-" + p.kind().name());
            app.setAriaLabel(getTranslation("notify.prefs.in-app-of", getTranslation("notify.kind." + p.kind().name())));
            inApp.put(p.kind(), app);
            Div row = new Div(NotificationTexts.icon(p.kind()), kind, app);
            row.addClassName("notification-pref");
            if (service.mailEnabled()) {
                Checkbox mail = new Checkbox(getTranslation("notify.prefs.email"), p.email());
                mail.setId("pref-email-" + p.kind().name());
                mail.setAriaLabel(getTranslation("notify.prefs.email-of",
                        getTranslation("notify.kind." + p.kind().name())));
                email.put(p.kind(), mail);
                mail.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        choose(p.kind());
                    }
                });
                row.add(mail);
            }
            app.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    choose(p.kind());
                }
            });
            rows.add(row);
        }
        VerticalLayout section = new VerticalLayout(title, intro, rows);
        section.setPadding(false);
        section.addClassName("notification-prefs-section");
        return section;
    }

    private void choose(NotificationKind kind) {
        Checkbox mail = email.get(kind);
        service.choose(kind, inApp.get(kind).getValue(), mail != null && mail.getValue());
        Notices.success(getTranslation("notify.prefs.saved"));
    }

    void open(NotificationItem n) {
        try {
            service.markRead(n.id());
        } catch (RecordNotFoundException e) {
            Failures.show(e);
            refresh();
            return;
        }
        changed();
        links.urlOf(n.recordType(), n.recordId()).ifPresentOrElse(url -> UI.getCurrent().navigate(url),
                this::refresh);
    }

    private void markAllRead() {
        int marked = service.markAllRead();
        Notices.success(getTranslation("notify.marked", Integer.toString(marked)));
        changed();
        refresh();
    }

    private void changed() {
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NotificationsChanged(ui)));
    }

    void refresh() {
        boolean unreadOnly = Boolean.TRUE.equals(filter.getValue());
        grid.setItems(query -> service.list(unreadOnly, toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.title") + " | " + getTranslation("app.name");
    }
}

package app.tandem.compliance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.ExportMenu;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.FindingFilter;
import app.tandem.compliance.FindingListItem;
import app.tandem.compliance.FindingService;
import app.tandem.compliance.FindingStatus;
import app.tandem.compliance.Severity;
import app.tandem.improvement.ui.ImprovementNavigation;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;

/**
 * Findings of submitted runs, for compliance officers: severity, owner, due date and status; a finding opens its
 * run or its corrective action. Closed only by a later passing run (the effectiveness check).
 */
@Route("compliance/findings")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE_OFFICER})
class FindingsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final FindingService service;
    private final UserService userService;
    final Grid<FindingListItem> grid = new Grid<>();
    final ComboBox<FindingStatus> status = new ComboBox<>();
    final ComboBox<Severity> severity = new ComboBox<>();
    final Checkbox openOnly = new Checkbox();
    final ExportMenu<FindingFilter> exports;

    FindingsView(FindingService service, UserService userService) {
        this.service = service;
        this.userService = userService;
        addClassName("findings-view");
        status.setLabel(getTranslation("compliance.field.status"));
        status.setId("findings-status");
        status.setItems(FindingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("compliance.finding.status." + s.name()));
        status.setClearButtonVisible(true);
        severity.setLabel(getTranslation("compliance.field.severity"));
        severity.setId("findings-severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("compliance.severity." + s.name()));
        severity.setClearButtonVisible(true);
        openOnly.setLabel(getTranslation("compliance.findings.open-only"));
        openOnly.setId("findings-open-only");
        openOnly.setValue(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        severity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("findings-grid");
        grid.addColumn(FindingListItem::title).setHeader(getTranslation("compliance.field.item")).setFlexGrow(3)
                .setTooltipGenerator(FindingListItem::title);
        grid.addComponentColumn(f -> {
            Span badge = new Span(getTranslation("compliance.severity." + f.severity().name()));
            badge.addClassNames("status-badge", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
            return badge;
        }).setHeader(getTranslation("compliance.field.severity")).setSortProperty("severity");
        grid.addColumn(FindingListItem::template).setHeader(getTranslation("compliance.field.template"));
        grid.addColumn(FindingListItem::team).setHeader(getTranslation("compliance.field.team"));
        grid.addColumn(FindingListItem::owner).setHeader(getTranslation("compliance.field.owner"));
        grid.addColumn(f -> Labels.date(this, f.dueDate())).setHeader(getTranslation("compliance.field.due"))
                .setSortProperty("dueDate");
        grid.addColumn(f -> getTranslation("compliance.finding.status." + f.status().name())
                + (f.recurring() ? " · " + getTranslation("compliance.finding.recurring") : ""))
                .setHeader(getTranslation("compliance.field.status")).setSortProperty("status");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> {
            FindingFilter filter = filter();
            return service.list(filter.status(), filter.severity(), filter.teamId(), filter.openOnly(),
                    toSpringPageRequest(q)).stream();
        });
        grid.setEmptyStateText(getTranslation("compliance.findings.empty"));

        exports = new ExportMenu<>("compliance-findings", grid, this::filter, service::export);
        Div filters = new Div(status, severity, openOnly, exports);
        filters.addClassName("filter-bar");
        add(new H2(getTranslation("nav.compliance.findings")), filters, grid);
        setSizeFull();
    }

    FindingFilter filter() {
        return new FindingFilter(status.getValue(), severity.getValue(), null, openOnly.getValue());
    }

    private Div actions(FindingListItem f) {
        Button run = new Button(getTranslation("compliance.findings.open-run"),
                e -> ComplianceNavigation.openRun(f.runId()));
        run.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div box = new Div(run);
        box.addClassName("row-actions");
        if (f.correctiveActionId() != null) {
            Button action = new Button(getTranslation("compliance.findings.open-action"),
                    e -> ImprovementNavigation.openItem(f.correctiveActionId()));
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            box.add(action);
        }
        if (f.status() != FindingStatus.CLOSED) {
            Button edit = new Button(getTranslation("compliance.findings.edit"), e -> edit(f));
            edit.setId("edit-finding-" + f.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            box.add(edit);
        }
        return box;
    }

    void edit(FindingListItem f) {
        Dialog dialog = new Dialog(f.title());
        ComboBox<UserRef> owner = new ComboBox<>(getTranslation("compliance.field.owner"));
        owner.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setPlaceholder(f.owner());
        DatePicker due = new DatePicker(getTranslation("compliance.field.due"), f.dueDate());
        due.setRequired(true);
        ComboBox<FindingStatus> next = new ComboBox<>(getTranslation("compliance.field.status"));
        next.setItems(Arrays.stream(FindingStatus.values()).filter(s -> s != FindingStatus.CLOSED).toList());
        next.setItemLabelGenerator(s -> getTranslation("compliance.finding.status." + s.name()));
        next.setValue(f.status());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (due.getValue() == null) {
                due.setInvalid(true);
                due.setErrorMessage(getTranslation("compliance.findings.due-required"));
                return;
            }
            long ownerId = owner.getValue() != null ? owner.getValue().id() : ownerIdOf(f);
            service.update(f.id(), f.version(), ownerId, due.getValue(), next.getValue());
            Notices.success(getTranslation("compliance.findings.saved"));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(owner, due, next));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private long ownerIdOf(FindingListItem f) {
        return service.ownerOf(f.id());
    }

    /** Opens filtered by {@code ?severity=CRITICAL}, e.g. from the dashboard (open findings only, as by default). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("severity")
                .flatMap(name -> Arrays.stream(Severity.values()).filter(s -> s.name().equals(name)).findFirst())
                .ifPresent(severity::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.findings");
    }
}

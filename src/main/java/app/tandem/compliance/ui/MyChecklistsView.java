package app.tandem.compliance.ui;

import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunStatus;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * My checklists: the runs assigned to me that I can fill, overdue first, then due soon, then upcoming, each with
 * a large Start or Continue button.
 */
@Route("compliance/my")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class MyChecklistsView extends Div implements HasDynamicTitle {

    private final ChecklistRunService service;
    private final Clock clock;
    final Div list = new Div();

    MyChecklistsView(ChecklistRunService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("my-checklists-view");
        list.setId("my-checklists");
        list.addClassName("run-cards");
        add(new H2(getTranslation("compliance.my.title")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<RunListItem> runs = service.myRuns();
        if (runs.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("compliance.my.empty"));
            empty.setId("my-checklists-empty");
            list.add(empty);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        group("compliance.my.overdue", runs.stream().filter(RunListItem::overdue).toList(), today);
        group("compliance.my.due", runs.stream().filter(r -> !r.overdue() && !r.opensOn().isAfter(today)).toList(),
                today);
        group("compliance.my.upcoming", runs.stream().filter(r -> r.opensOn().isAfter(today)).toList(), today);
    }

    private void group(String titleKey, List<RunListItem> runs, LocalDate today) {
        if (runs.isEmpty()) {
            return;
        }
        list.add(new H3(getTranslation(titleKey)));
        for (RunListItem run : runs) {
            Div card = new Div();
            card.addClassName("run-card");
            card.setId("run-card-" + run.id());
            Span title = new Span(run.template());
            title.addClassName("run-card-title");
            Span meta = new Span(run.team() + " · " + getTranslation("compliance.due-on", Labels.date(this,
                    run.dueOn())));
            meta.addClassName("run-card-meta");
            Div text = new Div(title, meta, Labels.status(this, run.status()));
            if (run.overdue()) {
                text.add(Labels.flag(this, "compliance.flag.overdue", "flag-overdue"));
            }
            text.addClassName("run-card-text");
            card.add(text);
            if (!run.opensOn().isAfter(today)) {
                Button go = new Button(getTranslation(run.status() == RunStatus.OPEN ? "compliance.my.start"
                        : "compliance.my.continue"));
                go.setId("open-run-" + run.id());
                go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                go.addClickListener(e -> open(run));
                card.add(go);
            } else {
                card.add(new Span(getTranslation("compliance.opens-on", Labels.date(this, run.opensOn()))));
            }
            list.add(card);
        }
    }

    private void open(RunListItem run) {
        if (run.status() == RunStatus.OPEN) {
            service.start(run.id());
        }
        ComplianceNavigation.openRun(run.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.my.title");
    }
}

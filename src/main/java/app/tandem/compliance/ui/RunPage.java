package app.tandem.compliance.ui;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.MissingItem;
import app.tandem.compliance.RunEvidenceService;
import app.tandem.compliance.RunSignOffService;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.RunView;
import app.tandem.compliance.SubmitOutcome;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A checklist run: one section at a time with large touch targets (usable on a phone), each answer saved as it is
 * given ({@link RunItemCard}); submit with the list of what is missing; the review panel ({@link RunSignOffPanel})
 * and the run's history ({@link RunHistory}).
 */
@Route("compliance/runs/:id([0-9]{1,12})")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class RunPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistRunService service;
    private final RunEvidenceService evidence;
    private final RunSignOffService signOffs;
    private final Clock clock;
    private RunContext context;
    private @Nullable RunView run;
    private int section;

    private RunHeader header;
    final Div sectionNav = new Div();
    final Div items = new Div();
    final Div missing = new Div();
    final Div actions = new Div();
    RunSignOffPanel signOffPanel;
    RunHistory history;
    Div signedVersions;

    RunPage(ChecklistRunService service, RunEvidenceService evidence, RunSignOffService signOffs, Clock clock) {
        this.service = service;
        this.evidence = evidence;
        this.signOffs = signOffs;
        this.clock = clock;
        addClassName("run-page");
        sectionNav.addClassName("run-section-nav");
        items.addClassName("run-items");
        missing.setId("run-missing");
        missing.addClassName("run-missing");
        actions.addClassName("run-actions");
        open(-1);
    }

    /** Builds the page's sections for this run. */
    private void open(long runId) {
        context = new RunContext(runId, service, evidence, signOffs, clock, this::act, this::reload);
        header = new RunHeader(context);
        signOffPanel = new RunSignOffPanel(context);
        history = new RunHistory(context);
        signedVersions = history.signedVersions;
        removeAll();
        add(header, signedVersions, signOffPanel, sectionNav, items, missing, actions, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().getLong("id").orElse(-1L));
        section = 0;
        reload();
    }

    void reload() {
        try {
            run = service.load(context.runId());
        } catch (RuntimeException e) {
            // instead of an empty page: the notice says why, the page says "not found"
            Failures.show(e);
            removeAll();
            add(new H2(getTranslation("error.not-found")));
            run = null;
            return;
        }
        render();
    }

    private void render() {
        RunView r = run;
        if (r == null) {
            return;
        }
        section = Math.max(0, Math.min(section, r.sections().size() - 1));
        header.show(r);
        renderSections(r);
        renderActions(r);
        signOffPanel.show(r);
        history.show();
    }

    private boolean editable(RunView r) {
        return r.rights().fill() && r.status() == RunStatus.IN_PROGRESS;
    }

    private void renderSections(RunView r) {
        sectionNav.removeAll();
        items.removeAll();
        if (r.sections().isEmpty()) {
            return;
        }
        RunView.Section current = r.sections().get(section);
        Button previous = new Button(getTranslation("compliance.run.previous"), e -> {
            section--;
            render();
        });
        previous.setId("section-previous");
        previous.setEnabled(section > 0);
        Button next = new Button(getTranslation("compliance.run.next"), e -> {
            section++;
            render();
        });
        next.setId("section-next");
        next.setEnabled(section < r.sections().size() - 1);
        Span where = new Span(getTranslation("compliance.run.section-of", section + 1, r.sections().size()));
        for (Button b : List.of(previous, next)) {
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
        }
        sectionNav.add(previous, where, next);
        H3 title = new H3(current.title());
        title.setId("section-title");
        items.add(title);
        for (RunView.Item item : current.items()) {
            items.add(new RunItemCard(context, r, item, editable(r)));
        }
    }

    private void renderActions(RunView r) {
        actions.removeAll();
        missing.removeAll();
        if (r.rights().startFromLast()) {
            Button copy = new Button(getTranslation("compliance.run.start-from-last"), e -> {
                int copied = service.startFromLast(context.runId());
                Notices.success(getTranslation("compliance.run.copied", copied));
                reload();
            });
            copy.setId("run-start-from-last");
            copy.addThemeVariants(ButtonVariant.LUMO_LARGE);
            actions.add(copy);
        }
        if (editable(r)) {
            Button submit = new Button(getTranslation("compliance.run.submit"), e -> submit());
            submit.setId("run-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            actions.add(submit);
        }
    }

    void submit() {
        SubmitOutcome outcome = service.submit(context.runId());
        if (outcome.submitted()) {
            Notices.success(getTranslation("compliance.run.submitted"));
            reload();
            return;
        }
        showMissing(outcome.missing());
    }

    private void showMissing(List<MissingItem> list) {
        missing.removeAll();
        missing.add(new Span(getTranslation("compliance.run.missing", list.size())));
        UnorderedList lines = new UnorderedList();
        for (MissingItem m : list) {
            Button go = new Button(m.section() + " › " + m.prompt() + ": " + getTranslation(m.problem().messageKey()),
                    e -> goTo(m.itemId()));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            lines.add(new ListItem(go));
        }
        missing.add(lines);
        missing.scrollIntoView();
    }

    private void goTo(long itemId) {
        RunView r = run;
        if (r == null) {
            return;
        }
        for (int i = 0; i < r.sections().size(); i++) {
            if (r.sections().get(i).items().stream().anyMatch(it -> it.item().id() == itemId)) {
                section = i;
            }
        }
        render();
        items.getChildren().filter(c -> c.getId().orElse("").equals("item-" + itemId)).findFirst()
                .ifPresent(Component::scrollIntoView);
    }

    /** Runs a change, then shows the run as it now stands; a refusal reaches the error handler and changes nothing. */
    private void act(Runnable change) {
        try {
            change.run();
        } finally {
            reload();
        }
    }

    RunView current() {
        return Objects.requireNonNull(run);
    }

    @Override
    public String getPageTitle() {
        return run == null ? getTranslation("nav.compliance.runs") : run.template();
    }
}

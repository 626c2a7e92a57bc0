package app.tandem.compliance.ui;

import app.tandem.base.DomainException;
import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.LimitedUpload;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.ChoiceOption;
import app.tandem.compliance.EvidenceRow;
import app.tandem.compliance.EvidenceType;
import app.tandem.compliance.ItemProblem;
import app.tandem.compliance.ItemResult;
import app.tandem.compliance.MissingItem;
import app.tandem.compliance.ResponseType;
import app.tandem.compliance.RunEventKind;
import app.tandem.compliance.RunEventRow;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.RunView;
import app.tandem.compliance.SubmitOutcome;
import app.tandem.compliance.TemplateItemData;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A checklist run: one section at a time with large touch targets (usable on a phone), each answer saved as it is
 * given; notes and evidence per item; submit with the list of what is missing; the sign-off panel (sign off,
 * reopen, approve a miss) and the run's history.
 */
@Route(value = "compliance/runs/:id([0-9]{1,12})", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class RunPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistRunService service;
    private final Clock clock;
    private long runId;
    private @Nullable RunView run;
    private int section;

    final Div header = new Div();
    final Div sectionNav = new Div();
    final Div items = new Div();
    final Div missing = new Div();
    final Div actions = new Div();
    final Div signOffPanel = new Div();
    final Details history = new Details();
    final Div signedVersions = new Div();

    RunPage(ChecklistRunService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("run-page");
        header.addClassName("run-header");
        sectionNav.addClassName("run-section-nav");
        items.addClassName("run-items");
        missing.setId("run-missing");
        missing.addClassName("run-missing");
        actions.addClassName("run-actions");
        signOffPanel.setId("run-sign-off");
        signOffPanel.addClassName("run-sign-off");
        history.setId("run-history");
        history.setSummaryText(getTranslation("compliance.run.history"));
        signedVersions.setId("run-signed-versions");
        signedVersions.addClassName("run-signed-versions");
        add(header, signedVersions, signOffPanel, sectionNav, items, missing, actions, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = event.getRouteParameters().getLong("id").orElse(-1L);
        section = 0;
        reload();
    }

    void reload() {
        try {
            run = service.load(runId);
        } catch (RuntimeException e) {
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
        renderHeader(r);
        renderSections(r);
        renderActions(r);
        renderSignOff(r);
        renderHistory();
    }

    private void renderHeader(RunView r) {
        header.removeAll();
        H2 title = new H2(r.template());
        title.setId("run-title");
        Span meta = new Span(r.team() + " · " + r.assignee() + " · " + getTranslation("compliance.due-on",
                Labels.date(this, r.dueOn())) + " · " + getTranslation("compliance.run.version", r.templateVersion()));
        meta.addClassName("run-meta");
        Div badges = new Div(Labels.status(this, r.status()));
        badges.setId("run-status");
        badges.addClassName("run-badges");
        if (r.overdue()) {
            badges.add(Labels.flag(this, "compliance.flag.overdue", "flag-overdue"));
        }
        if (r.completedLate()) {
            badges.add(Labels.flag(this, "compliance.flag.late", "flag-late"));
        }
        if (r.hasExpiredEvidence()) {
            badges.add(Labels.flag(this, "compliance.flag.expired-evidence", "flag-expired"));
        }
        if (r.score() != null) {
            Span score = Labels.flag(this, "compliance.run.score", Boolean.TRUE.equals(r.criticalFailed())
                    || r.score() < r.passMark() ? "flag-failed" : "flag-passed");
            score.setText(getTranslation("compliance.run.score", r.score(), r.passMark()));
            score.setId("run-score");
            badges.add(score);
        }
        if (Boolean.TRUE.equals(r.criticalFailed())) {
            badges.add(Labels.flag(this, "compliance.run.critical-failed", "flag-failed"));
        }
        header.add(title, meta, badges, pdfLink());
        if (r.missReason() != null) {
            header.add(new Paragraph(getTranslation("compliance.run.miss-approved", r.missReason())));
        }
        if (r.status() == RunStatus.OPEN && r.rights().fill()) {
            Button start = new Button(getTranslation("compliance.my.start"), e -> act(() -> service.start(runId)));
            start.setId("run-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            header.add(start);
        }
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
            items.add(itemCard(r, item));
        }
    }

    private Component itemCard(RunView r, RunView.Item item) {
        TemplateItemData data = item.item();
        long itemId = data.id();
        Div card = new Div();
        card.addClassName("run-item");
        card.setId("item-" + itemId);
        Span prompt = new Span(data.prompt());
        prompt.addClassName("run-item-prompt");
        card.add(prompt);
        if (data.rule().critical()) {
            card.add(Labels.flag(this, "compliance.item.critical", "flag-critical"));
        }
        if (data.help() != null) {
            Paragraph help = new Paragraph(data.help());
            help.addClassName("run-item-help");
            card.add(help);
        }
        boolean edit = editable(r);
        card.add(answerField(data, item.value(), edit));
        if (item.result() != null) {
            Span result = new Span(getTranslation("compliance.result." + item.result().name()));
            result.addClassNames("status-badge", "result-" + item.result().name().toLowerCase(Locale.ROOT));
            result.setId("result-" + itemId);
            card.add(result);
        }
        if (item.reconfirm() && edit) {
            Button confirm = new Button(getTranslation("compliance.run.confirm"),
                    e -> act(() -> service.confirm(runId, itemId)));
            confirm.setId("confirm-" + itemId);
            confirm.addThemeVariants(ButtonVariant.LUMO_LARGE);
            card.add(confirm);
        }
        TextArea note = new TextArea(getTranslation("compliance.run.note"));
        note.setId("note-" + itemId);
        note.setWidthFull();
        note.setValue(item.note() == null ? "" : item.note());
        note.setReadOnly(!edit);
        note.setMaxLength(2000);
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> service.note(runId, itemId, e.getValue()));
            }
        });
        if (edit || item.note() != null) {
            card.add(note);
        }
        card.add(evidence(item, edit));
        if (!item.problems().isEmpty() && r.status().isFillable()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("run-item-problems");
            for (ItemProblem p : item.problems()) {
                problems.add(new ListItem(getTranslation(p.messageKey())));
            }
            card.add(problems);
        }
        return card;
    }

    private Component answerField(TemplateItemData data, @Nullable String value, boolean edit) {
        long itemId = data.id();
        return switch (data.rule().type()) {
            case PASS_FAIL_NA -> choices(itemId, value, edit, List.of("PASS", "FAIL", "NA"), "compliance.answer.");
            case YES_NO_NA -> choices(itemId, value, edit, List.of("YES", "NO", "NA"), "compliance.answer.");
            case CHOICE -> choices(itemId, value, edit, data.rule().options().stream().map(ChoiceOption::label)
                    .toList(), null);
            case NUMBER, TEXT -> {
                TextField field = new TextField();
                field.setId("answer-" + itemId);
                field.setValue(value == null ? "" : value);
                field.setReadOnly(!edit);
                field.setWidthFull();
                if (data.rule().type() == ResponseType.NUMBER) {
                    field.getElement().setAttribute("inputmode", "decimal");
                    if (data.unit() != null) {
                        field.setSuffixComponent(new Span(data.unit()));
                    }
                    field.setHelperText(range(data));
                } else {
                    field.setMaxLength(2000);
                }
                field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        act(() -> service.answer(runId, itemId, e.getValue()));
                    }
                });
                yield field;
            }
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.setId("answer-" + itemId);
                picker.setValue(value == null ? null : LocalDate.parse(value));
                picker.setReadOnly(!edit);
                picker.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        act(() -> service.answer(runId, itemId, e.getValue() == null ? null : e.getValue().toString()));
                    }
                });
                yield picker;
            }
        };
    }

    private String range(TemplateItemData data) {
        if (data.rule().min() != null && data.rule().max() != null) {
            return getTranslation("compliance.run.range", data.rule().min().toPlainString(),
                    data.rule().max().toPlainString());
        }
        if (data.rule().min() != null) {
            return getTranslation("compliance.run.range-min", data.rule().min().toPlainString());
        }
        return data.rule().max() == null ? "" : getTranslation("compliance.run.range-max",
                data.rule().max().toPlainString());
    }

    private Component choices(long itemId, @Nullable String value, boolean edit, List<String> options,
            @Nullable String labelPrefix) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setId("answer-" + itemId);
        group.addClassName("answer-choices");
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.setItems(options);
        group.setItemLabelGenerator(o -> labelPrefix == null ? o : getTranslation(labelPrefix + o));
        group.setValue(value);
        group.setReadOnly(!edit);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> service.answer(runId, itemId, e.getValue()));
            }
        });
        return group;
    }

    private Component evidence(RunView.Item item, boolean edit) {
        long itemId = item.item().id();
        Div box = new Div();
        box.addClassName("run-evidence");
        box.setId("evidence-" + itemId);
        for (EvidenceRow row : item.evidence()) {
            Div line = new Div();
            line.addClassName("evidence-line");
            Anchor link = new Anchor(download(row), row.fileName());
            link.setTarget("_blank");
            line.add(link, new Span(" " + getTranslation("compliance.evidence.effective", Labels.date(this,
                    row.effectiveDate()))));
            if (row.expiryDate() != null) {
                line.add(new Span(" · " + getTranslation("compliance.evidence.expires", Labels.date(this,
                        row.expiryDate()))));
            }
            if (row.expired()) {
                line.add(Labels.flag(this, "compliance.flag.expired", "flag-expired"));
            }
            if (edit) {
                Button remove = new Button(getTranslation("action.delete"), e -> confirmRemove(row));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setId("remove-evidence-" + row.id());
                line.add(remove);
            }
            box.add(line);
        }
        if (edit) {
            DatePicker effective = new DatePicker(getTranslation("compliance.evidence.effective-date"));
            effective.setValue(LocalDate.now(clock));
            effective.setId("evidence-effective-" + itemId);
            DatePicker expiry = new DatePicker(getTranslation("compliance.evidence.expiry-date"));
            expiry.setId("evidence-expiry-" + itemId);
            expiry.setClearButtonVisible(true);
            // read no further than the limit on the server: the browser's check is only a courtesy
            Upload upload = new Upload();
            upload.setUploadHandler(new LimitedUpload(EvidenceType.MAX_BYTES, (name, file) -> {
                try {
                    service.addEvidence(runId, itemId, name, Files.readAllBytes(file), effective.getValue(),
                            expiry.getValue());
                    Notices.success(getTranslation("compliance.evidence.added", name));
                    reload();
                } catch (IOException | RuntimeException e) {
                    Failures.show(e);
                } finally {
                    LimitedUpload.deleteQuietly(file);
                }
            }, name -> {
                upload.clearFileList();
                Notices.error(getTranslation("compliance.evidence.too-large", EvidenceType.MAX_BYTES / 1024 / 1024));
            }));
            upload.setId("upload-" + itemId);
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) EvidenceType.MAX_BYTES);
            upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
                    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf");
            upload.setDropAllowed(true);
            upload.addFileRejectedListener(e -> Notices.error(getTranslation("compliance.evidence.rejected",
                    e.getErrorMessage())));
            Details add = new Details(getTranslation("compliance.evidence.add"));
            Div dates = new Div(effective, expiry);
            dates.addClassName("evidence-dates");
            add.add(dates, upload);
            box.add(add);
        }
        return box;
    }

    /** The run as a PDF report, in the user's language and time zone. */
    private Anchor pdfLink() {
        Anchor link = new Anchor(pdf(), "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("compliance.export.pdf")));
        link.setId("run-pdf");
        link.addClassName("export-link");
        link.getElement().setAttribute("title", getTranslation("compliance.export.pdf-hint"));
        return link;
    }

    DownloadHandler pdf() {
        long id = runId;
        ZoneId zone = ClientTime.zone();
        Locale locale = getLocale();
        return event -> {
            event.setFileName("checklist-run-" + id + ".pdf");
            event.setContentType("application/pdf");
            try {
                service.writePdf(id, event.getOutputStream(), zone, locale);
            } catch (DomainException e) {
                event.getResponse().setStatus(503);
                event.getUI().access(() -> Failures.show(e));
            } catch (RuntimeException e) {
                event.getUI().access(() -> Failures.show(e));
                throw e;
            }
        };
    }

    private DownloadHandler download(EvidenceRow row) {
        long evidenceId = row.id();
        String name = row.fileName();
        String type = row.contentType();
        return event -> {
            event.setFileName(name);
            event.setContentType(type);
            service.writeEvidence(evidenceId, event.getOutputStream());
        };
    }

    private void confirmRemove(EvidenceRow row) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("compliance.evidence.remove-title"),
                getTranslation("compliance.evidence.remove-text", row.fileName()), getTranslation("action.delete"),
                e -> act(() -> service.removeEvidence(runId, row.id())), getTranslation("action.cancel"), e -> {
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void renderActions(RunView r) {
        actions.removeAll();
        missing.removeAll();
        if (r.rights().startFromLast()) {
            Button copy = new Button(getTranslation("compliance.run.start-from-last"), e -> {
                try {
                    int copied = service.startFromLast(runId);
                    Notices.success(getTranslation("compliance.run.copied", copied));
                    reload();
                } catch (RuntimeException ex) {
                    Failures.show(ex);
                }
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
        try {
            SubmitOutcome outcome = service.submit(runId);
            if (outcome.submitted()) {
                Notices.success(getTranslation("compliance.run.submitted"));
                reload();
                return;
            }
            showMissing(outcome.missing());
        } catch (RuntimeException e) {
            Failures.show(e);
        }
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

    private void renderSignOff(RunView r) {
        signOffPanel.removeAll();
        if (r.rights().signOff()) {
            Button sign = new Button(getTranslation("compliance.signoff.action"), e -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("compliance.signoff.title"),
                        getTranslation("compliance.signoff.text"), getTranslation("compliance.signoff.action"),
                        ev -> act(() -> service.signOff(runId, r.version())), getTranslation("action.cancel"), ev -> {
                        });
                dialog.setId("sign-off-dialog");
                dialog.open();
            });
            sign.setId("run-sign-off-button");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
            signOffPanel.add(new H3(getTranslation("compliance.signoff.title")), sign);
        }
        if (r.rights().reopen()) {
            signOffPanel.add(reasonAction("compliance.reopen.title", "compliance.reopen.action", "run-reopen",
                    reason -> service.reopen(runId, reason)));
        }
        if (r.rights().approveMiss()) {
            signOffPanel.add(reasonAction("compliance.miss.title", "compliance.miss.action", "run-approve-miss",
                    reason -> service.approveMiss(runId, reason)));
        }
    }

    private Component reasonAction(String titleKey, String actionKey, String id,
            java.util.function.Consumer<String> action) {
        TextArea reason = new TextArea(getTranslation("compliance.reason"));
        reason.setId(id + "-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        Button go = new Button(getTranslation(actionKey), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("compliance.reason-required"));
                return;
            }
            act(() -> action.accept(reason.getValue()));
        });
        go.setId(id);
        go.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return new Div(new H3(getTranslation(titleKey)), reason, go);
    }

    private void renderHistory() {
        history.removeAll();
        signedVersions.removeAll();
        List<RunEventRow> events;
        try {
            events = service.history(runId);
        } catch (RuntimeException e) {
            return;
        }
        renderSignedVersions(events);
        if (events.isEmpty()) {
            history.add(new Paragraph(getTranslation("compliance.run.history-empty")));
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        ZoneId zone = clock.getZone();
        UnorderedList lines = new UnorderedList();
        for (RunEventRow e : events) {
            String text = format.format(e.happenedAt().atZone(zone)) + " · " + e.actorName() + " · "
                    + getTranslation("compliance.event." + e.kind().name())
                    + (e.text() == null ? "" : ": " + e.text());
            ListItem line = new ListItem(text);
            if (e.superseded()) {
                line.add(Labels.flag(this, "compliance.event.superseded", "flag-superseded"));
            }
            lines.add(line);
        }
        history.add(lines);
    }

    /** A reopened run keeps what each earlier sign-off signed: one button per superseded sign-off opens it. */
    private void renderSignedVersions(List<RunEventRow> events) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (RunEventRow e : events) {
            if (e.kind() == RunEventKind.SIGNED_OFF && e.superseded()) {
                Button open = new Button(getTranslation("compliance.signed.open",
                        format.format(e.happenedAt().atZone(ClientTime.zone())), e.actorName()),
                        VaadinIcon.CHECK_SQUARE_O.create(), click -> {
                            try {
                                new SignedRunDialog(service, runId, service.signedVersion(runId, e.id())).open();
                            } catch (RuntimeException ex) {
                                Failures.show(ex);
                            }
                        });
                open.setId("signed-version-" + e.id());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                signedVersions.add(open);
            }
        }
    }

    /** Runs a change, then shows the run as it now stands; a refusal is shown and nothing else changes. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
        reload();
    }

    RunView current() {
        return java.util.Objects.requireNonNull(run);
    }

    @Override
    public String getPageTitle() {
        return run == null ? getTranslation("nav.compliance.runs") : run.template();
    }
}

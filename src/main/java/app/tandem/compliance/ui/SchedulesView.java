package app.tandem.compliance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.ChecklistScheduleService;
import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.Recurrence;
import app.tandem.compliance.RecurrenceRule;
import app.tandem.compliance.ScheduleData;
import app.tandem.compliance.ScheduleListItem;
import app.tandem.compliance.TemplateRef;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** Schedules of checklists: which template which team's assignee runs how often, with a preview of the dates. */
@Route("compliance/schedules")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE_OFFICER})
class SchedulesView extends Div implements HasDynamicTitle {

    private final ChecklistScheduleService service;
    private final ChecklistTemplateService templates;
    private final TeamService teamService;
    private final UserService userService;
    private final Clock clock;
    final Grid<ScheduleListItem> grid = new Grid<>();
    final Button create = new Button();
    @Nullable Dialog dialog;

    SchedulesView(ChecklistScheduleService service, ChecklistTemplateService templates, TeamService teamService,
            UserService userService, Clock clock) {
        this.service = service;
        this.templates = templates;
        this.teamService = teamService;
        this.userService = userService;
        this.clock = clock;
        addClassName("schedules-view");
        create.setText(getTranslation("compliance.schedule.new"));
        create.setId("schedule-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));
        grid.setId("schedules-grid");
        grid.addColumn(ScheduleListItem::template).setHeader(getTranslation("compliance.field.template"))
                .setFlexGrow(2);
        grid.addColumn(ScheduleListItem::team).setHeader(getTranslation("compliance.field.team"));
        grid.addColumn(ScheduleListItem::assignee).setHeader(getTranslation("compliance.field.assignee"));
        grid.addColumn(s -> getTranslation("compliance.recurrence." + s.recurrence().name()))
                .setHeader(getTranslation("compliance.field.recurrence")).setSortProperty("recurrence");
        grid.addColumn(s -> getTranslation("compliance.schedule.window-days", s.windowDays()))
                .setHeader(getTranslation("compliance.field.window"));
        grid.addColumn(s -> Labels.date(this, s.startDate()) + (s.endDate() == null ? ""
                : " – " + Labels.date(this, s.endDate()))).setHeader(getTranslation("compliance.field.period"))
                .setSortProperty("startDate");
        grid.addColumn(s -> getTranslation(s.active() ? "compliance.category.active" : "compliance.schedule.paused"))
                .setHeader(getTranslation("compliance.field.status"));
        grid.setItems(q -> service.list(null, null, false, toSpringPageRequest(q)).stream());
        grid.setEmptyStateText(getTranslation("compliance.schedules.empty"));
        GridNavigation.openRowsWith(grid, row -> open(row.id()));
        add(new H2(getTranslation("nav.compliance.schedules")), create, grid);
        setSizeFull();
    }

    void open(@Nullable Long id) {
        ScheduleData data = id == null ? null : service.load(id);
        Dialog d = new Dialog(getTranslation(id == null ? "compliance.schedule.new" : "compliance.schedule.edit"));
        d.setId("schedule-dialog");
        ComboBox<TemplateRef> template = new ComboBox<>(getTranslation("compliance.field.template"));
        template.setId("schedule-template");
        List<TemplateRef> published = templates.published();
        template.setItems(published);
        template.setItemLabelGenerator(TemplateRef::name);
        template.setRequired(true);
        ComboBox<TeamRef> team = new ComboBox<>(getTranslation("compliance.field.team"));
        team.setId("schedule-team");
        List<TeamRef> teams = teamService.findTeams(null, PageRequest.of(0, 500)).getContent();
        team.setItems(teams);
        team.setItemLabelGenerator(TeamRef::name);
        team.setRequired(true);
        ComboBox<UserRef> assignee = new ComboBox<>(getTranslation("compliance.field.assignee"));
        assignee.setId("schedule-assignee");
        assignee.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        assignee.setItemLabelGenerator(UserRef::displayName);
        assignee.setRequired(true);
        ComboBox<Recurrence> recurrence = new ComboBox<>(getTranslation("compliance.field.recurrence"));
        recurrence.setId("schedule-recurrence");
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("compliance.recurrence." + r.name()));
        recurrence.setValue(Recurrence.WEEKLY);
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("compliance.field.weekdays"));
        days.setId("schedule-weekdays");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, Labels.locale()));
        IntegerField dayOfMonth = new IntegerField(getTranslation("compliance.field.day-of-month"));
        dayOfMonth.setId("schedule-day-of-month");
        dayOfMonth.setMin(1);
        dayOfMonth.setMax(31);
        dayOfMonth.setHelperText(getTranslation("compliance.schedule.day-help"));
        IntegerField window = new IntegerField(getTranslation("compliance.field.window"));
        window.setId("schedule-window");
        window.setMin(0);
        window.setMax(ChecklistScheduleService.MAX_WINDOW_DAYS);
        window.setValue(3);
        window.setHelperText(getTranslation("compliance.schedule.window-help"));
        DatePicker start = new DatePicker(getTranslation("compliance.field.start"), LocalDate.now(clock));
        start.setId("schedule-start");
        start.setRequired(true);
        DatePicker end = new DatePicker(getTranslation("compliance.field.end"));
        end.setId("schedule-end");
        end.setClearButtonVisible(true);
        Checkbox active = new Checkbox(getTranslation("compliance.category.active"), true);
        Paragraph preview = new Paragraph();
        preview.setId("schedule-preview");
        preview.addClassName("schedule-preview");
        if (data != null) {
            long templateId = data.templateId();
            long teamId = data.teamId();
            template.setValue(published.stream().filter(t -> t.id() == templateId).findFirst().orElse(null));
            team.setValue(teams.stream().filter(t -> t.id() == teamId).findFirst().orElse(null));
            String name = userService.displayNames(List.of(data.assigneeId())).getOrDefault(data.assigneeId(), "");
            assignee.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
            assignee.setValue(new UserRef(data.assigneeId(), "", name));
            recurrence.setValue(data.rule().recurrence());
            days.setValue(data.rule().weekdays());
            dayOfMonth.setValue(data.rule().dayOfMonth());
            window.setValue(data.windowDays());
            start.setValue(data.rule().start());
            end.setValue(data.rule().end());
            active.setValue(data.active());
        }
        Runnable layout = () -> {
            Recurrence r = recurrence.getValue();
            days.setVisible(r == Recurrence.WEEKLY);
            dayOfMonth.setVisible(r == Recurrence.MONTHLY || r == Recurrence.QUARTERLY);
            updatePreview(preview, recurrence.getValue(), days.getValue(), dayOfMonth.getValue(), start.getValue(),
                    end.getValue());
        };
        recurrence.addValueChangeListener(e -> layout.run());
        days.addValueChangeListener(e -> layout.run());
        dayOfMonth.addValueChangeListener(e -> layout.run());
        start.addValueChangeListener(e -> layout.run());
        end.addValueChangeListener(e -> layout.run());
        layout.run();

        FormLayout form = new FormLayout(template, team, assignee, recurrence, days, dayOfMonth, window, start, end,
                active, preview);
        form.setColspan(days, 2);
        form.setColspan(preview, 2);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (template.isEmpty() || team.isEmpty() || assignee.isEmpty() || recurrence.isEmpty() || start.isEmpty()
                    || window.isEmpty()) {
                for (var field : List.of(template, team, assignee)) {
                    field.setInvalid(field.isEmpty());
                    field.setErrorMessage(getTranslation("compliance.required"));
                }
                window.setInvalid(window.isEmpty());
                start.setInvalid(start.isEmpty());
                Notices.error(getTranslation("compliance.schedule.fill-required"));
                return;
            }
            service.save(new ScheduleData(id, data == null ? 0 : data.version(), template.getValue().id(),
                    team.getValue().id(), assignee.getValue().id(), rule(recurrence.getValue(), days.getValue(),
                            dayOfMonth.getValue(), start.getValue(), end.getValue()), window.getValue(),
                    active.getValue()));
            Notices.success(getTranslation("compliance.schedule.saved"));
            d.close();
            grid.getDataProvider().refreshAll();
        });
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(form);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.setWidth("min(48rem, 100vw)");
        dialog = d;
        d.open();
    }

    private static RecurrenceRule rule(Recurrence recurrence, Set<DayOfWeek> days, @Nullable Integer day,
            LocalDate start, @Nullable LocalDate end) {
        return new RecurrenceRule(recurrence, days, day, start, end);
    }

    private void updatePreview(Paragraph preview, @Nullable Recurrence recurrence, Set<DayOfWeek> days,
            @Nullable Integer day, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (recurrence == null || start == null) {
            preview.setText("");
            return;
        }
        try {
            List<LocalDate> next = service.preview(rule(recurrence, days, day, start, end), 5);
            preview.setText(next.isEmpty() ? getTranslation("compliance.schedule.preview-none")
                    : getTranslation("compliance.schedule.preview", next.stream().map(x -> Labels.date(this, x))
                            .collect(Collectors.joining(", "))));
        } catch (RuntimeException e) {
            // a rule still being typed is explained in the preview line, not as an error
            preview.setText(Failures.describe(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.schedules");
    }
}

package app.tandem.performance.ui;

import app.tandem.base.ui.Notices;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.TargetData;
import app.tandem.performance.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Creates a target (metric, a person or a team, period, value) or changes an existing target's value; a
 * supervisor's target is a proposal until a manager accepts it.
 */
class TargetDialog extends Dialog {

    enum For {
        PERSON, TEAM
    }

    /** What the Binder edits. */
    static final class Draft {
        private @Nullable MetricRef metric;
        private For whose = For.PERSON;
        private @Nullable TeamRef team;
        private @Nullable UserRef person;
        private @Nullable BigDecimal value;

        @Nullable MetricRef getMetric() {
            return metric;
        }

        void setMetric(@Nullable MetricRef metric) {
            this.metric = metric;
        }

        For getWhose() {
            return whose;
        }

        void setWhose(For whose) {
            this.whose = whose;
        }

        @Nullable TeamRef getTeam() {
            return team;
        }

        void setTeam(@Nullable TeamRef team) {
            this.team = team;
        }

        @Nullable UserRef getPerson() {
            return person;
        }

        void setPerson(@Nullable UserRef person) {
            this.person = person;
        }

        @Nullable BigDecimal getValue() {
            return value;
        }

        void setValue(@Nullable BigDecimal value) {
            this.value = value;
        }
    }

    private final TargetService targetService;
    private final @Nullable TargetData existing;
    private final Runnable onSaved;
    final Select<MetricRef> metric = new Select<>();
    final RadioButtonGroup<For> whose = new RadioButtonGroup<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final ComboBox<UserRef> person = new ComboBox<>();
    final PeriodPicker period;
    final BigDecimalField value = new BigDecimalField();
    final Button save = new Button();
    private final Binder<Draft> binder = new Binder<>();

    /** A dialog for a new target (existing null) or for changing one's value. */
    TargetDialog(TargetService targetService, List<MetricRef> metrics, Figures figures, Period initialPeriod,
            @Nullable TargetData existing, String subjectLabel, Runnable onSaved) {
        this.targetService = targetService;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("target-dialog");
        setHeaderTitle(getTranslation(existing == null ? "perf.target.new" : "perf.target.edit"));
        metric.setLabel(getTranslation("perf.metric"));
        metric.setId("target-metric");
        metric.setItems(metrics);
        metric.setItemLabelGenerator(figures::nameWithUnit);
        whose.setLabel(getTranslation("perf.target.for"));
        whose.setId("target-for");
        whose.setItems(For.values());
        whose.setItemLabelGenerator(f -> getTranslation("perf.target.for." + f.name()));
        team.setLabel(getTranslation("perf.team"));
        team.setId("target-team");
        team.setItems(targetService.teams());
        team.setItemLabelGenerator(TeamRef::name);
        person.setLabel(getTranslation("perf.person"));
        person.setId("target-person");
        person.setItemLabelGenerator(UserRef::displayName);
        period = new PeriodPicker(this, initialPeriod, "target");
        value.setLabel(getTranslation("perf.target.value"));
        value.setId("target-value");

        binder.forField(metric).asRequired(getTranslation("perf.target.metric.required"))
                .bind(Draft::getMetric, Draft::setMetric);
        binder.forField(whose).bind(Draft::getWhose, Draft::setWhose);
        if (existing == null) {
            binder.forField(team).asRequired(getTranslation("perf.target.team.required"))
                    .bind(Draft::getTeam, Draft::setTeam);
            binder.forField(person).withValidator(p -> p != null || whose.getValue() != For.PERSON,
                    getTranslation("perf.target.person.required")).bind(Draft::getPerson, Draft::setPerson);
        }
        binder.forField(value).asRequired(getTranslation("perf.target.value.required"))
                .withValidator(v -> v.signum() >= 0, getTranslation("perf.target.value.range"))
                .bind(Draft::getValue, Draft::setValue);
        team.addValueChangeListener(e -> {
            person.clear();
            person.setItems(e.getValue() == null ? List.of() : targetService.members(e.getValue().id()));
        });
        whose.addValueChangeListener(e -> person.setVisible(e.getValue() == For.PERSON));

        Draft draft = new Draft();
        if (existing != null) {
            draft.setMetric(existing.metric());
            draft.setWhose(existing.userId() == null ? For.TEAM : For.PERSON);
            draft.setValue(existing.value());
            period.setValue(existing.period());
        } else if (!metrics.isEmpty()) {
            draft.setMetric(metrics.getFirst());
        }
        binder.readBean(draft);
        if (existing != null) {
            metric.setReadOnly(true);
            whose.setReadOnly(true);
            team.setVisible(false);
            person.setVisible(false);
            period.setEnabled(false);
            value.setHelperText(subjectLabel);
        } else {
            team.getListDataView().getItems().findFirst().ifPresent(team::setValue);
        }
        FormLayout form = new FormLayout(metric, whose, team, person, period, value);
        form.setColspan(period, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate();
            return;
        }
        TargetData data;
        if (existing != null) {
            data = new TargetData(existing.id(), existing.version(), existing.metric(), existing.userId(),
                    existing.teamId(), existing.period(), draft.getValue());
        } else {
            boolean forPerson = draft.getWhose() == For.PERSON;
            data = new TargetData(null, 0, draft.getMetric(), forPerson ? draft.getPerson().id() : null,
                    forPerson ? null : draft.getTeam().id(), period.getValue(), draft.getValue());
        }
        targetService.save(data);
        Notices.success(getTranslation(targetService.managesTargets() ? "perf.target.saved"
                : "perf.target.proposed"));
        close();
        onSaved.run();
    }
}

package app.tandem.performance.ui;

import app.tandem.base.ui.Notices;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.BulkTargets;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Targets for all members of a team in one period: one value per member (empty fields are left out), or the same
 * value for everyone. A member's existing target of that metric and period gets the new value.
 */
class BulkTargetsDialog extends Dialog {

    private final TargetService targetService;
    private final Runnable onSaved;
    final Select<TeamRef> team = new Select<>();
    final Select<MetricRef> metric = new Select<>();
    final PeriodPicker period;
    final Checkbox sameForAll = new Checkbox();
    final BigDecimalField sameValue = new BigDecimalField();
    final Div memberFields = new Div();
    final Map<Long, BigDecimalField> perMember = new LinkedHashMap<>();
    final Button save = new Button();

    BulkTargetsDialog(TargetService targetService, List<MetricRef> metrics, Figures figures, Period initialPeriod,
            Runnable onSaved) {
        this.targetService = targetService;
        this.onSaved = onSaved;
        setId("bulk-dialog");
        setHeaderTitle(getTranslation("perf.bulk.title"));
        team.setLabel(getTranslation("perf.team"));
        team.setId("bulk-team");
        team.setItems(targetService.teams());
        team.setItemLabelGenerator(TeamRef::name);
        metric.setLabel(getTranslation("perf.metric"));
        metric.setId("bulk-metric");
        metric.setItems(metrics);
        metric.setItemLabelGenerator(figures::nameWithUnit);
        metric.setValue(metrics.getFirst());
        period = new PeriodPicker(this, initialPeriod, "bulk");
        sameForAll.setLabel(getTranslation("perf.bulk.same"));
        sameForAll.setId("bulk-same");
        sameValue.setLabel(getTranslation("perf.target.value"));
        sameValue.setId("bulk-same-value");
        sameValue.setVisible(false);
        sameForAll.addValueChangeListener(e -> {
            sameValue.setVisible(e.getValue());
            memberFields.setVisible(!e.getValue());
        });
        team.addValueChangeListener(e -> members(e.getValue()));
        FormLayout form = new FormLayout(team, metric, period, sameForAll, sameValue);
        form.setColspan(period, 2);
        memberFields.addClassName("perf-bulk-members");
        add(form, memberFields);
        team.getListDataView().getItems().findFirst().ifPresent(team::setValue);
        save.setText(getTranslation("perf.bulk.save"));
        save.setId("bulk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void members(TeamRef selected) {
        memberFields.removeAll();
        perMember.clear();
        if (selected == null) {
            return;
        }
        FormLayout fields = new FormLayout();
        for (UserRef member : targetService.members(selected.id())) {
            BigDecimalField field = new BigDecimalField(member.displayName());
            field.setId("bulk-member-" + member.id());
            perMember.put(member.id(), field);
            fields.add(field);
        }
        memberFields.add(fields);
    }

    private void save() {
        TeamRef selected = team.getValue();
        if (selected == null || metric.getValue() == null) {
            return;
        }
        if (sameForAll.getValue() && sameValue.getValue() == null) {
            sameValue.setErrorMessage(getTranslation("perf.target.value.required"));
            sameValue.setInvalid(true);
            return;
        }
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        boolean invalid = false;
        for (var entry : perMember.entrySet()) {
            BigDecimal v = entry.getValue().getValue();
            entry.getValue().setInvalid(false);
            if (v != null && v.signum() < 0) {
                entry.getValue().setErrorMessage(getTranslation("perf.target.value.range"));
                entry.getValue().setInvalid(true);
                invalid = true;
            } else if (v != null) {
                values.put(entry.getKey(), v);
            }
        }
        if (invalid) {
            return;
        }
        int count = targetService.bulkCreate(new BulkTargets(selected.id(), metric.getValue(), period.getValue(),
                sameForAll.getValue() ? sameValue.getValue() : null, values));
        Notices.success(getTranslation("perf.bulk.saved", count));
        close();
        onSaved.run();
    }
}

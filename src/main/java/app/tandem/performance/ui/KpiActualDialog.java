package app.tandem.performance.ui;

import app.tandem.base.ui.Notices;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.KpiActualData;
import app.tandem.performance.KpiData;
import app.tandem.performance.KpiService;
import app.tandem.performance.Period;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enter or correct a manual KPI's value for the team or one of its members in the period, with a comment. Choosing
 * the KPI and whose value loads what was entered before.
 */
class KpiActualDialog extends Dialog {

    /** Whose value: the team (user id null) or a member. */
    record Whose(@Nullable Long userId, @Nullable Long teamId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the Binder edits. */
    static final class Draft {
        private @Nullable BigDecimal value;
        private String comment = "";

        @Nullable BigDecimal getValue() {
            return value;
        }

        void setValue(@Nullable BigDecimal value) {
            this.value = value;
        }

        String getComment() {
            return comment;
        }

        void setComment(String comment) {
            this.comment = comment == null ? "" : comment;
        }
    }

    private final KpiService kpiService;
    private final Period period;
    private final Runnable onSaved;
    final Select<KpiData> kpi = new Select<>();
    final Select<Whose> whose = new Select<>();
    final BigDecimalField value = new BigDecimalField();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    private final Binder<Draft> binder = new Binder<>();
    private @Nullable Long loadedId;
    private long loadedVersion;

    KpiActualDialog(KpiService kpiService, List<UserRef> members, TeamRef team, Period period, Runnable onSaved) {
        this.kpiService = kpiService;
        this.period = period;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("perf.actual.title", period.label()));
        setId("kpi-actual-dialog");
        kpi.setLabel(getTranslation("perf.kpi"));
        kpi.setId("kpi-actual-kpi");
        kpi.setItems(kpiService.active());
        kpi.setItemLabelGenerator(k -> k.name() + " (" + k.unit() + ")");
        List<Whose> choices = new ArrayList<>();
        choices.add(new Whose(null, team.id(), getTranslation("perf.actual.whole-team", team.name())));
        members.forEach(m -> choices.add(new Whose(m.id(), null, m.displayName())));
        whose.setLabel(getTranslation("perf.actual.whose"));
        whose.setId("kpi-actual-whose");
        whose.setItems(choices);
        value.setLabel(getTranslation("perf.actual.value"));
        value.setId("kpi-actual-value");
        comment.setLabel(getTranslation("perf.actual.comment"));
        comment.setId("kpi-actual-comment");
        comment.setMaxLength(1000);
        binder.forField(value).asRequired(getTranslation("perf.actual.value.required"))
                .bind(Draft::getValue, Draft::setValue);
        binder.forField(comment).withValidator(c -> c.length() <= 1000, getTranslation("perf.actual.comment.long"))
                .bind(Draft::getComment, Draft::setComment);
        kpi.addValueChangeListener(e -> load());
        whose.addValueChangeListener(e -> load());
        kpi.getListDataView().getItems().findFirst().ifPresent(kpi::setValue);
        whose.setValue(choices.getFirst());
        FormLayout form = new FormLayout(kpi, whose, value, comment);
        form.setColspan(comment, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("kpi-actual-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void load() {
        KpiData k = kpi.getValue();
        Whose w = whose.getValue();
        loadedId = null;
        loadedVersion = 0;
        Draft draft = new Draft();
        if (k != null && w != null) {
            kpiService.actual(k.id(), w.userId(), w.teamId(), period).ifPresent(existing -> {
                loadedId = existing.id();
                loadedVersion = existing.version();
                draft.setValue(existing.value());
                draft.setComment(existing.comment());
            });
        }
        binder.readBean(draft);
    }

    private void save() {
        Draft draft = new Draft();
        KpiData k = kpi.getValue();
        Whose w = whose.getValue();
        if (k == null || w == null || !binder.writeBeanIfValid(draft)) {
            binder.validate();
            return;
        }
        kpiService.saveActual(new KpiActualData(loadedId, loadedVersion, k.id(), w.userId(), w.teamId(), period,
                draft.getValue(), draft.getComment()));
        Notices.success(getTranslation("perf.actual.saved"));
        close();
        onSaved.run();
    }
}

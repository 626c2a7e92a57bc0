package app.tandem.improvement.ui;

import app.tandem.improvement.ImpactData;
import app.tandem.improvement.ImpactRecurrence;
import app.tandem.improvement.ImpactType;
import app.tandem.improvement.ImpactUnit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adds or changes one impact row: type, hard or soft, recurrence, unit, and target, forecast and actual values. */
class ImpactDialog extends Dialog {

    final Select<ImpactType> type = new Select<>();
    final Checkbox hard = new Checkbox();
    final Select<ImpactRecurrence> recurrence = new Select<>();
    final Select<ImpactUnit> unit = new Select<>();
    final TextField description = new TextField();
    final BigDecimalField target = new BigDecimalField();
    final BigDecimalField forecast = new BigDecimalField();
    final BigDecimalField actual = new BigDecimalField();
    final Button save = new Button();

    ImpactDialog(@Nullable ImpactData existing, String currencyCode, Consumer<ImpactData> onSave) {
        setId("improvement-impact-dialog");
        setHeaderTitle(getTranslation(existing == null ? "improvement.impact.add" : "improvement.impact.edit"));
        type.setLabel(getTranslation("improvement.impact.field.type"));
        type.setItems(ImpactType.values());
        type.setItemLabelGenerator(t -> getTranslation("improvement.impact.type." + t.name()));
        type.setId("improvement-impact-type");
        hard.setLabel(getTranslation("improvement.impact.field.hard"));
        hard.setId("improvement-impact-hard");
        recurrence.setLabel(getTranslation("improvement.impact.field.recurrence"));
        recurrence.setItems(ImpactRecurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("improvement.impact.recurrence." + r.name()));
        recurrence.setId("improvement-impact-recurrence");
        unit.setLabel(getTranslation("improvement.impact.field.unit"));
        unit.setItems(ImpactUnit.values());
        unit.setItemLabelGenerator(u -> u == ImpactUnit.MONEY ? currencyCode
                : getTranslation("improvement.impact.unit." + u.name()));
        unit.setId("improvement-impact-unit");
        description.setLabel(getTranslation("improvement.impact.field.description"));
        description.setId("improvement-impact-description");
        target.setLabel(getTranslation("improvement.impact.field.target"));
        target.setId("improvement-impact-target");
        forecast.setLabel(getTranslation("improvement.impact.field.forecast"));
        forecast.setId("improvement-impact-forecast");
        actual.setLabel(getTranslation("improvement.impact.field.actual"));
        actual.setId("improvement-impact-actual");

        Binder<ImpactEntry> binder = new Binder<>(ImpactEntry.class);
        binder.forField(type).asRequired().bind("type");
        binder.forField(hard).bind("hard");
        binder.forField(recurrence).asRequired().bind("recurrence");
        binder.forField(unit).asRequired().bind("unit");
        binder.forField(description)
                .withValidator(new StringLengthValidator(getTranslation("improvement.too-long", 200), 0, 200))
                .bind("description");
        String invalid = getTranslation("improvement.impact.value-invalid");
        binder.forField(target).withValidator(ImpactDialog::valid, invalid).bind("target");
        binder.forField(forecast).withValidator(ImpactDialog::valid, invalid).bind("forecast");
        binder.forField(actual).withValidator(ImpactDialog::valid, invalid).bind("actual");
        binder.readRecord(ImpactEntry.of(existing));

        save.setText(getTranslation("action.save"));
        save.setId("improvement-impact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            ImpactEntry entry;
            try {
                entry = binder.writeRecord();
            } catch (ValidationException ex) {
                return; // the fields show what is wrong
            }
            onSave.accept(ImpactData.of(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), entry.type(), entry.hard(), entry.recurrence(),
                    entry.unit(), entry.description(), entry.target(), entry.forecast(), entry.actual()));
        });
        FormLayout form = new FormLayout(type, unit, recurrence, hard, description, target, forecast, actual);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static boolean valid(@Nullable BigDecimal v) {
        return v == null || (v.scale() <= 2 && v.precision() - v.scale() <= 13);
    }
}

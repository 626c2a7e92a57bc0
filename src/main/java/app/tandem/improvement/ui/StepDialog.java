package app.tandem.improvement.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.improvement.ItemStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Asks what a step needs before it is taken: rejecting a reason, deferring the date to look at the item again. */
class StepDialog extends Dialog {

    /** Takes the step. */
    @FunctionalInterface
    interface Step {
        void take(ItemStatus target, @Nullable String reason, @Nullable LocalDate revisit);
    }

    final TextArea reason = new TextArea();
    final DatePicker revisit = new DatePicker();
    final Button confirm = new Button();

    StepDialog(ItemStatus target, Step step) {
        boolean reject = target == ItemStatus.REJECTED;
        String name = reject ? "reject" : "defer";
        setId("improvement-" + name + "-dialog");
        setHeaderTitle(getTranslation("improvement." + name + ".title"));
        reason.setLabel(getTranslation("improvement." + name + ".reason"));
        reason.setId("improvement-" + name + "-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        confirm.setText(getTranslation("improvement.move." + target.name()));
        confirm.setId("improvement-" + name + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (reject) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(e -> {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation("improvement.reject.reason-required"));
                    reason.setInvalid(true);
                    return;
                }
                close();
                step.take(target, reason.getValue(), null);
            });
            add(reason);
        } else {
            revisit.setLabel(getTranslation("improvement.defer.date"));
            revisit.setId("improvement-defer-date");
            revisit.setMin(LocalDate.now(ClientTime.zone()).plusDays(1));
            confirm.addClickListener(e -> {
                if (revisit.getValue() == null) {
                    revisit.setErrorMessage(getTranslation("improvement.defer.date-required"));
                    revisit.setInvalid(true);
                    return;
                }
                close();
                step.take(target, reason.getValue(), revisit.getValue());
            });
            add(new VerticalLayout(revisit, reason));
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    @Override
    public void open() {
        super.open();
        if (revisit.getParent().isPresent()) {
            revisit.focus();
        } else {
            reason.focus();
        }
    }
}

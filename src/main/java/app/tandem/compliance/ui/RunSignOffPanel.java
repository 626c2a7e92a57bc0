package app.tandem.compliance.ui;

import app.tandem.compliance.RunView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** The review of a run, as this user may: sign off a submitted run, reopen a signed-off one, approve a miss. */
class RunSignOffPanel extends Div {

    private final RunContext context;

    RunSignOffPanel(RunContext context) {
        this.context = context;
        setId("run-sign-off");
        addClassName("run-sign-off");
    }

    void show(RunView r) {
        removeAll();
        long runId = context.runId();
        if (r.rights().signOff()) {
            Button sign = new Button(getTranslation("compliance.signoff.action"), e -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("compliance.signoff.title"),
                        getTranslation("compliance.signoff.text"), getTranslation("compliance.signoff.action"),
                        ev -> context.act(() -> context.signOffs().signOff(runId, r.version())),
                        getTranslation("action.cancel"), ev -> {
                        });
                dialog.setId("sign-off-dialog");
                dialog.open();
            });
            sign.setId("run-sign-off-button");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
            add(new H3(getTranslation("compliance.signoff.title")), sign);
        }
        if (r.rights().reopen()) {
            add(reasonAction("compliance.reopen.title", "compliance.reopen.action", "run-reopen",
                    reason -> context.signOffs().reopen(runId, reason)));
        }
        if (r.rights().approveMiss()) {
            add(reasonAction("compliance.miss.title", "compliance.miss.action", "run-approve-miss",
                    reason -> context.signOffs().approveMiss(runId, reason)));
        }
    }

    private Component reasonAction(String titleKey, String actionKey, String id, Consumer<String> action) {
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
            context.act(() -> action.accept(reason.getValue()));
        });
        go.setId(id);
        go.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return new Div(new H3(getTranslation(titleKey)), reason, go);
    }
}

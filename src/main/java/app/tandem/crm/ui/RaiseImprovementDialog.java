package app.tandem.crm.ui;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.RecordLinks;
import app.tandem.crm.ImprovementRaising;
import app.tandem.improvement.IdeaDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Sales insight for operations: raises an improvement idea from a deal or an account (e.g. a deal lost for a
 * late delivery). The idea keeps the record as its origin and links back to it.
 */
class RaiseImprovementDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea problem = new TextArea();
    final Button submit = new Button();

    /** The dialog's bean. */
    static final class Draft {
        String title = "";
        String problem = "";
    }

    RaiseImprovementDialog(ImprovementRaising improvementRaising, RecordLinks links, String originType,
            long originId, String originLabel) {
        setId("crm-raise-improvement-dialog");
        setHeaderTitle(getTranslation("crm.raise-improvement.title"));
        title.setLabel(getTranslation("crm.raise-improvement.field.title"));
        title.setId("crm-raise-improvement-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        problem.setLabel(getTranslation("crm.raise-improvement.field.problem"));
        problem.setId("crm-raise-improvement-problem");
        problem.setMaxLength(10000);
        problem.setRequiredIndicatorVisible(true);
        problem.setMinHeight("8rem");

        Binder<Draft> binder = new Binder<>();
        binder.forField(title).asRequired(getTranslation("improvement.title.required"))
                .withValidator(new StringLengthValidator(getTranslation("improvement.too-long", 200), 0, 200))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(problem).asRequired(getTranslation("improvement.problem.required"))
                .bind(d -> d.problem, (d, v) -> d.problem = v);
        Draft draft = new Draft();
        binder.readBean(draft);

        submit.setText(getTranslation("crm.raise-improvement.submit"));
        submit.setId("crm-raise-improvement-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                IdeaDraft idea = new IdeaDraft(draft.title, draft.problem, null, null);
                long id = CrmNavigation.DEAL.equals(originType) ? improvementRaising.fromDeal(originId, idea)
                        : improvementRaising.fromAccount(originId, idea);
                close();
                UI ui = UI.getCurrent();
                Notices.successWithAction(getTranslation("crm.raise-improvement.done", draft.title),
                        getTranslation("crm.raise-improvement.open"), "crm-raise-improvement-open",
                        () -> links.urlOf("IMPROVEMENT_ITEM", id).ifPresent(ui::navigate));
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
        });
        Paragraph from = new Paragraph(getTranslation("improvement.origin", originLabel));
        from.addClassName("empty-state");
        FormLayout form = new FormLayout(title, problem);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(from, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
        setWidth("min(36rem, 100vw)");
    }
}

package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Notices;
import app.tandem.org.UserRef;
import app.tandem.performance.FeedbackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.jspecify.annotations.Nullable;

/** Asks a colleague for feedback on something, optionally linked to a record. */
class RequestDialog extends Dialog {

    static final class Form {
        @Nullable UserRef asked;
        String subject = "";
    }

    final ComboBox<UserRef> asked = new ComboBox<>();
    final TextArea subject = new TextArea();
    final LinkPicker link;
    final Button send = new Button();
    private final Binder<Form> binder = new Binder<>();

    RequestDialog(FeedbackService service, Runnable onSent) {
        setId("feedback-request-dialog");
        setHeaderTitle(getTranslation("feedback.request.title"));
        setWidth("min(36rem, 100vw)");
        link = new LinkPicker(service, "feedback-request");
        asked.setId("feedback-request-asked");
        asked.setLabel(getTranslation("feedback.request.asked"));
        asked.setItems(query -> service.colleagues(query.getFilter().orElse(null), toSpringPageRequest(query))
                .stream());
        asked.setItemLabelGenerator(UserRef::displayName);
        subject.setId("feedback-request-subject");
        subject.setLabel(getTranslation("feedback.request.subject"));
        subject.setPlaceholder(getTranslation("feedback.request.subject.placeholder"));
        subject.setMaxLength(1000);
        binder.forField(asked).asRequired(getTranslation("feedback.request.asked-required"))
                .bind(f -> f.asked, (f, v) -> f.asked = v);
        binder.forField(subject).asRequired(getTranslation("feedback.request.subject-required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.too-long", 1000), 1, 1000))
                .bind(f -> f.subject, (f, v) -> f.subject = v);
        binder.readBean(new Form());
        FormLayout form = new FormLayout(asked, subject, link);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        send.setId("feedback-request-send");
        send.setText(getTranslation("feedback.request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            Form bean = new Form();
            boolean linkComplete = link.isComplete();
            if (!binder.writeBeanIfValid(bean) || !linkComplete || bean.asked == null) {
                return;
            }
            service.requestFeedback(bean.asked.id(), bean.subject, link.getValue());
            Notices.success(getTranslation("feedback.request.sent", bean.asked.displayName()));
            close();
            onSent.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}

package app.tandem.performance.ui;

import app.tandem.base.ui.Notices;
import app.tandem.org.UserRef;
import app.tandem.performance.FeedbackData;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackRequestItem;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Gives feedback (to a colleague, or as the answer to a request) or edits one's own within 24 hours: recipient,
 * type, visibility, text and an optional record link. A formal warning is offered only for a recipient the user
 * may warn, and its readers are fixed (no visibility choice).
 */
class FeedbackDialog extends Dialog {

    /** The form's bean. */
    static final class Form {
        @Nullable UserRef recipient;
        FeedbackType type = FeedbackType.PRAISE;
        FeedbackVisibility visibility = FeedbackVisibility.PRIVATE_AND_MANAGER;
        String text = "";
    }

    final ComboBox<UserRef> recipient = new ComboBox<>();
    final Select<FeedbackType> type = new Select<>();
    final RadioButtonGroup<FeedbackVisibility> visibility = new RadioButtonGroup<>();
    final Paragraph warningNote = new Paragraph();
    final TextArea text = new TextArea();
    final LinkPicker link;
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final FeedbackService service;
    private final @Nullable FeedbackData editing;
    private final @Nullable FeedbackRequestItem request;
    private final LongConsumer onSaved;

    private FeedbackDialog(FeedbackService service, @Nullable FeedbackData editing,
            @Nullable FeedbackRequestItem request, @Nullable UserRef to, LongConsumer onSaved) {
        this.service = service;
        this.editing = editing;
        this.request = request;
        this.onSaved = onSaved;
        setId("feedback-dialog");
        setHeaderTitle(getTranslation(editing != null ? "feedback.edit.title"
                : request != null ? "feedback.answer.title" : "feedback.give.title"));
        setWidth("min(40rem, 100vw)");
        link = new LinkPicker(service, "feedback");

        recipient.setId("feedback-recipient");
        recipient.setLabel(getTranslation("feedback.field.recipient"));
        recipient.setItems(query -> service.colleagues(query.getFilter().orElse(null),
                app.tandem.base.ui.GridPaging.toSpringPageRequest(query)).stream());
        recipient.setItemLabelGenerator(UserRef::displayName);
        recipient.addValueChangeListener(e -> offerTypes());
        type.setId("feedback-type");
        type.setLabel(getTranslation("feedback.field.type"));
        type.setItemLabelGenerator(t -> getTranslation("feedback.type." + t.name()));
        type.addValueChangeListener(e -> showVisibility());
        visibility.setId("feedback-visibility");
        visibility.setLabel(getTranslation("feedback.field.visibility"));
        visibility.setItems(FeedbackVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("feedback.visibility." + v.name() + ".long"));
        visibility.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        warningNote.setId("feedback-warning-note");
        warningNote.addClassName("feedback-warning-note");
        warningNote.setText(getTranslation("feedback.warning.readers"));
        text.setId("feedback-text");
        text.setLabel(getTranslation("feedback.field.text"));
        text.setMaxLength(5000);
        text.setMinHeight("8rem");

        binder.forField(recipient).asRequired(getTranslation("feedback.recipient.required"))
                .bind(f -> f.recipient, (f, v) -> f.recipient = v);
        binder.forField(type).asRequired(getTranslation("feedback.type.required"))
                .bind(f -> f.type, (f, v) -> f.type = v);
        binder.forField(visibility).asRequired(getTranslation("feedback.visibility.required"))
                .bind(f -> f.visibility, (f, v) -> f.visibility = v);
        binder.forField(text).asRequired(getTranslation("feedback.text.required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.too-long", 5000), 1, 5000))
                .bind(f -> f.text, (f, v) -> f.text = v);

        FormLayout form = new FormLayout(recipient, type, visibility, warningNote, text, link);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Form bean = new Form();
        bean.recipient = to;
        if (editing != null) {
            bean.recipient = new UserRef(editing.recipientId(), "", editing.recipientName());
            bean.type = editing.type();
            bean.visibility = editing.visibility();
            bean.text = editing.text();
            recipient.setReadOnly(true);
            link.setValue(editing.link());
        }
        if (request != null) {
            bean.recipient = new UserRef(request.requesterId(), "", request.requesterName());
            bean.type = FeedbackType.COACHING;
            recipient.setReadOnly(true);
            link.setValue(request.link());
            Paragraph asked = new Paragraph(getTranslation("feedback.answer.asked", request.requesterName(),
                    request.subject()));
            asked.addClassName("feedback-request-subject");
            addComponentAsFirst(asked);
        }
        if (bean.recipient != null && recipient.isReadOnly()) {
            recipient.setItems(List.of(bean.recipient));
        }
        offerTypes();
        binder.readBean(bean);
        showVisibility();

        save.setId("feedback-save");
        save.setText(getTranslation(editing != null ? "action.save" : "feedback.give.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("feedback-cancel");
        getFooter().add(cancel, save);
    }

    static FeedbackDialog give(FeedbackService service, @Nullable UserRef to, LongConsumer onSaved) {
        return new FeedbackDialog(service, null, null, to, onSaved);
    }

    static FeedbackDialog answer(FeedbackService service, FeedbackRequestItem request, LongConsumer onSaved) {
        return new FeedbackDialog(service, null, request, null, onSaved);
    }

    static FeedbackDialog edit(FeedbackService service, FeedbackData data, LongConsumer onSaved) {
        return new FeedbackDialog(service, data, null, null, onSaved);
    }

    /** Formal warnings only for a recipient I may warn, and never by editing. */
    private void offerTypes() {
        UserRef to = recipient.getValue();
        List<FeedbackType> types = new ArrayList<>(EnumSet.of(FeedbackType.PRAISE, FeedbackType.COACHING,
                FeedbackType.CONCERN));
        if (editing == null && request == null && to != null && service.mayGiveFormalWarningTo(to.id())) {
            types.add(FeedbackType.FORMAL_WARNING);
        }
        FeedbackType current = type.getValue();
        type.setItems(types);
        type.setValue(current != null && types.contains(current) ? current : FeedbackType.PRAISE);
    }

    private void showVisibility() {
        boolean warning = type.getValue() == FeedbackType.FORMAL_WARNING;
        visibility.setVisible(!warning);
        warningNote.setVisible(warning);
    }

    private void save() {
        Form bean = new Form();
        boolean linkComplete = link.isComplete();
        if (!binder.writeBeanIfValid(bean) || !linkComplete || bean.recipient == null) {
            return;
        }
        FeedbackDraft draft = new FeedbackDraft(bean.recipient.id(), bean.type, bean.visibility, bean.text,
                link.getValue(), request == null ? null : request.id());
        long id;
        if (editing != null) {
            id = service.update(editing.id(), editing.version(), draft).id();
            Notices.success(getTranslation("feedback.saved"));
        } else {
            id = service.give(draft);
            Notices.success(getTranslation("feedback.given", bean.recipient.displayName()));
        }
        close();
        onSaved.accept(id);
    }
}

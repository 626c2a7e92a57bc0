package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;

/** Creates and edits a contact. Talks to its view through events; validates every field before saving. */
class ContactForm extends FormLayout {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField jobTitle = new TextField();
    final ComboBox<AccountRef> account = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<ContactDraft> binder = new Binder<>();
    private ContactDraft draft = new ContactDraft();

    ContactForm(AccountService accountService, UserService userService) {
        addClassName("contact-form");
        text(firstName, "firstName", "crm-contact-first-name");
        text(lastName, "lastName", "crm-contact-last-name");
        email.setLabel(getTranslation("crm.contact.field.email"));
        email.setId("crm-contact-email");
        text(phone, "phone", "crm-contact-phone");
        text(jobTitle, "jobTitle", "crm-contact-job-title");
        account.setLabel(getTranslation("crm.contact.field.account"));
        account.setId("crm-contact-account");
        account.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null, null),
                toSpringPageRequest(q)).stream().map(a -> new AccountRef(a.id(), a.name(), a.domain())));
        account.setItemLabelGenerator(AccountRef::name);
        account.setClearButtonVisible(true);
        owner.setLabel(getTranslation("crm.contact.field.owner"));
        owner.setId("crm-contact-owner");
        owner.setItems(query -> userService.findUsers(query.getFilter().orElse(null), toSpringPageRequest(query))
                .stream());
        owner.setItemLabelGenerator(UserRef::displayName);

        bindLength(firstName, 100, ContactDraft::getFirstName, ContactDraft::setFirstName);
        binder.forField(lastName).asRequired(getTranslation("contact.last-name.required"))
                .withValidator(new StringLengthValidator(getTranslation("crm.contact.too-long", 100), 1, 100))
                .bind(ContactDraft::getLastName, ContactDraft::setLastName);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("contact.email.invalid"), true))
                .withValidator(new StringLengthValidator(getTranslation("crm.contact.too-long", 200), 0, 200))
                .bind(ContactDraft::getEmail, ContactDraft::setEmail);
        binder.forField(phone)
                .withValidator(v -> v.isBlank() || v.matches("[+0-9 ()/.-]{3,50}"),
                        getTranslation("crm.contact.phone.invalid"))
                .bind(ContactDraft::getPhone, ContactDraft::setPhone);
        bindLength(jobTitle, 100, ContactDraft::getJobTitle, ContactDraft::setJobTitle);
        binder.forField(account).bind(ContactDraft::getAccount, ContactDraft::setAccount);
        binder.forField(owner).asRequired(getTranslation("crm.contact.owner.required"))
                .bind(ContactDraft::getOwner, ContactDraft::setOwner);

        save.setText(getTranslation("action.save"));
        save.setId("crm-contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("crm-contact-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(firstName, lastName, email, phone, jobTitle, account, owner);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    private void text(TextField field, String property, String id) {
        field.setLabel(getTranslation("crm.contact.field." + property));
        field.setId(id);
    }

    private void bindLength(HasValue<?, String> field, int max, ValueProvider<ContactDraft, String> getter,
            Setter<ContactDraft, String> setter) {
        binder.forField(field)
                .withValidator(new StringLengthValidator(getTranslation("crm.contact.too-long", max), 0, max))
                .bind(getter, setter);
    }

    void edit(ContactDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        firstName.focus();
    }

    /** For who may read but not change the record: every field read-only, no Save, Cancel becomes Close. */
    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        save.setEnabled(!readOnly);
        cancel.setText(getTranslation(readOnly ? "action.close" : "action.cancel"));
    }

    ContactDraft draft() {
        return draft;
    }

    /** Writes the input into the draft if valid and asks the view to save it. */
    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    static final class SaveEvent extends ComponentEvent<ContactForm> {
        private final ContactDraft draft;

        SaveEvent(ContactForm source, ContactDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ContactDraft draft() {
            return draft;
        }
    }

    static final class CloseEvent extends ComponentEvent<ContactForm> {
        CloseEvent(ContactForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}

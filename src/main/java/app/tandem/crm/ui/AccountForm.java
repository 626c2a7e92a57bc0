package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.crm.AccountStatus;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.regex.Pattern;

/** Creates and edits an account. Talks to its view through events; validates every field before saving. */
class AccountForm extends FormLayout {

    final TextField name = new TextField();
    final TextField website = new TextField();
    final TextField industry = new TextField();
    final TextField phone = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField country = new TextField();
    final ComboBox<AccountStatus> status = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private static final Pattern WEBSITE = Pattern.compile("(?i)(https?://)?[\\p{L}0-9.-]+\\.\\p{L}{2,}(/\\S*)?");

    private final Binder<AccountDraft> binder = new Binder<>();
    private AccountDraft draft = new AccountDraft();

    AccountForm(UserService userService) {
        addClassName("account-form");
        text(name, "name", "crm-account-name");
        text(website, "website", "crm-account-website");
        website.setHelperText(getTranslation("crm.account.website.help"));
        text(industry, "industry", "crm-account-industry");
        text(phone, "phone", "crm-account-phone");
        text(street, "street", "crm-account-street");
        text(postalCode, "postalCode", "crm-account-postal-code");
        text(city, "city", "crm-account-city");
        text(country, "country", "crm-account-country");
        status.setLabel(getTranslation("crm.account.field.status"));
        status.setId("crm-account-status");
        status.setItems(EnumSet.allOf(AccountStatus.class));
        status.setItemLabelGenerator(s -> getTranslation("crm.account.status." + s.name()));
        owner.setLabel(getTranslation("crm.account.field.owner"));
        owner.setId("crm-account-owner");
        owner.setItems(query -> userService.findUsers(query.getFilter().orElse(null), toSpringPageRequest(query))
                .stream());
        owner.setItemLabelGenerator(UserRef::displayName);
        notes.setLabel(getTranslation("crm.account.field.notes"));
        notes.setId("crm-account-notes");

        binder.forField(name).asRequired(getTranslation("account.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("crm.account.too-long", 200), 1, 200))
                .bind(AccountDraft::getName, AccountDraft::setName);
        binder.forField(website)
                .withValidator(v -> v.isBlank() || WEBSITE.matcher(v.trim()).matches(),
                        getTranslation("crm.account.website.invalid"))
                .withValidator(new StringLengthValidator(getTranslation("crm.account.too-long", 200), 0, 200))
                .bind(AccountDraft::getWebsite, AccountDraft::setWebsite);
        bindLength(industry, 100, AccountDraft::getIndustry, AccountDraft::setIndustry);
        binder.forField(phone)
                .withValidator(v -> v.isBlank() || v.matches("[+0-9 ()/.-]{3,50}"),
                        getTranslation("crm.account.phone.invalid"))
                .bind(AccountDraft::getPhone, AccountDraft::setPhone);
        bindLength(street, 200, AccountDraft::getStreet, AccountDraft::setStreet);
        bindLength(postalCode, 20, AccountDraft::getPostalCode, AccountDraft::setPostalCode);
        bindLength(city, 100, AccountDraft::getCity, AccountDraft::setCity);
        bindLength(country, 100, AccountDraft::getCountry, AccountDraft::setCountry);
        binder.forField(status).asRequired(getTranslation("crm.account.status.required"))
                .bind(AccountDraft::getStatus, AccountDraft::setStatus);
        binder.forField(owner).asRequired(getTranslation("crm.account.owner.required"))
                .bind(AccountDraft::getOwner, AccountDraft::setOwner);
        bindLength(notes, 10000, AccountDraft::getNotes, AccountDraft::setNotes);

        save.setText(getTranslation("action.save"));
        save.setId("crm-account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("crm-account-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(name, website, industry, phone, street, postalCode, city, country, status, owner);
        add(notes, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    private void text(TextField field, String property, String id) {
        field.setLabel(getTranslation("crm.account.field." + property));
        field.setId(id);
    }

    private void bindLength(HasValue<?, String> field, int max, ValueProvider<AccountDraft, String> getter,
            Setter<AccountDraft, String> setter) {
        binder.forField(field)
                .withValidator(new StringLengthValidator(getTranslation("crm.account.too-long", max), 0, max))
                .bind(getter, setter);
    }

    void edit(AccountDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        name.focus();
    }

    /** For who may read but not change the record: every field read-only, no Save, Cancel becomes Close. */
    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        save.setEnabled(!readOnly);
        cancel.setText(getTranslation(readOnly ? "action.close" : "action.cancel"));
    }

    AccountDraft draft() {
        return draft;
    }

    /** Writes the input into the draft if valid and asks the view to save it. */
    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    /** The user's input, kept after a failed save so nothing typed is lost. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    static final class SaveEvent extends ComponentEvent<AccountForm> {
        private final AccountDraft draft;

        SaveEvent(AccountForm source, AccountDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        AccountDraft draft() {
            return draft;
        }
    }

    static final class CloseEvent extends ComponentEvent<AccountForm> {
        CloseEvent(AccountForm source) {
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

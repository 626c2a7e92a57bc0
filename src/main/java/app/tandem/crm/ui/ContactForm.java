package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.RecordForm;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.ContactData;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.EmailValidator;

/** Creates and edits a contact: its fields and their rules; the rest is the kit's {@link RecordForm}. */
class ContactForm extends RecordForm<ContactData> {

    final TextField firstName = label(new TextField(), "firstName", "crm-contact-first-name");
    final TextField lastName = label(new TextField(), "lastName", "crm-contact-last-name");
    final EmailField email = label(new EmailField(), "email", "crm-contact-email");
    final TextField phone = label(new TextField(), "phone", "crm-contact-phone");
    final TextField jobTitle = label(new TextField(), "jobTitle", "crm-contact-job-title");
    final ComboBox<AccountRef> account = label(new ComboBox<>(), "account", "crm-contact-account");
    final ComboBox<UserRef> owner = label(new ComboBox<>(), "owner", "crm-contact-owner");

    ContactForm(AccountService accountService, UserService userService) {
        super(ContactData.class, "crm-contact", "crm.contact.field", "crm.contact.too-long");
        addClassName("contact-form");
        account.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null, null),
                toSpringPageRequest(q)).stream().map(a -> new AccountRef(a.id(), a.name(), a.domain())));
        account.setItemLabelGenerator(AccountRef::name);
        account.setClearButtonVisible(true);
        Owners.offer(owner, userService);

        optionalText(firstName, "firstName", 100);
        requiredText(lastName, "lastName", 100, "contact.last-name.required");
        optionalText(email, "email", 200, new EmailValidator(getTranslation("contact.email.invalid"), true));
        optionalText(phone, "phone", 50, blankOr(Owners.PHONE, "crm.contact.phone.invalid"));
        optionalText(jobTitle, "jobTitle", 100);
        reference(account, "accountId", AccountRef::id, id -> account(accountService, id), null);
        reference(owner, "ownerId", UserRef::id, id -> Owners.find(userService, id), "crm.contact.owner.required");

        add(firstName, lastName, email, phone, jobTitle, account, owner);
        add(buttons(), 2);
    }

    /** The contact's account; one that moved out of the user's scope keeps the link without its name. */
    static AccountRef account(AccountService accountService, long id) {
        try {
            AccountData account = accountService.load(id);
            return new AccountRef(id, account.name(), account.website());
        } catch (RecordNotFoundException e) {
            return new AccountRef(id, "#" + id, null);
        }
    }

    @Override
    protected void focusFirst() {
        firstName.focus();
    }
}

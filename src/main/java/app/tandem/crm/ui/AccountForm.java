package app.tandem.crm.ui;

import app.tandem.base.ui.RecordForm;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountStatus;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.regex.Pattern;

/** Creates and edits an account: its fields and their rules; the rest is the kit's {@link RecordForm}. */
class AccountForm extends RecordForm<AccountData> {

    final TextField name = label(new TextField(), "name", "crm-account-name");
    final TextField website = label(new TextField(), "website", "crm-account-website");
    final TextField industry = label(new TextField(), "industry", "crm-account-industry");
    final TextField phone = label(new TextField(), "phone", "crm-account-phone");
    final TextField street = label(new TextField(), "street", "crm-account-street");
    final TextField postalCode = label(new TextField(), "postalCode", "crm-account-postal-code");
    final TextField city = label(new TextField(), "city", "crm-account-city");
    final TextField country = label(new TextField(), "country", "crm-account-country");
    final ComboBox<AccountStatus> status = label(new ComboBox<>(), "status", "crm-account-status");
    final ComboBox<UserRef> owner = label(new ComboBox<>(), "owner", "crm-account-owner");
    final TextArea notes = label(new TextArea(), "notes", "crm-account-notes");

    private static final Pattern WEBSITE = Pattern.compile("(?i)(https?://)?[\\p{L}0-9.-]+\\.\\p{L}{2,}(/\\S*)?");

    AccountForm(UserService userService) {
        super(AccountData.class, "crm-account", "crm.account.field", "crm.account.too-long");
        addClassName("account-form");
        website.setHelperText(getTranslation("crm.account.website.help"));
        status.setItems(EnumSet.allOf(AccountStatus.class));
        status.setItemLabelGenerator(s -> getTranslation("crm.account.status." + s.name()));
        Owners.offer(owner, userService);

        requiredText(name, "name", 200, "account.name.required");
        optionalText(website, "website", 200, blankOr(WEBSITE, "crm.account.website.invalid"));
        optionalText(industry, "industry", 100);
        optionalText(phone, "phone", 50, blankOr(Owners.PHONE, "crm.account.phone.invalid"));
        optionalText(street, "street", 200);
        optionalText(postalCode, "postalCode", 20);
        optionalText(city, "city", 100);
        optionalText(country, "country", 100);
        binder.forField(status).asRequired(getTranslation("crm.account.status.required")).bind("status");
        reference(owner, "ownerId", UserRef::id, id -> Owners.find(userService, id), "crm.account.owner.required");
        optionalText(notes, "notes", 10000);

        add(name, website, industry, phone, street, postalCode, city, country, status, owner);
        add(notes, 2);
        add(buttons(), 2);
    }

    @Override
    protected void focusFirst() {
        name.focus();
    }
}

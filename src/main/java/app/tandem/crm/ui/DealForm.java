package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.RecordForm;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.DealData;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.IntegerRangeValidator;

/**
 * Creates and edits a deal's own fields; the stage moves through the stage bar, and what the form does not show
 * (stage, primary contact, lost reason...) is carried over unchanged. The account is chosen once, when created.
 */
class DealForm extends RecordForm<DealData> {

    final TextField name = label(new TextField(), "name", "crm-deal-name");
    final ComboBox<AccountRef> account = label(new ComboBox<>(), "account", "crm-deal-account");
    final BigDecimalField amount = label(new BigDecimalField(), "amount", "crm-deal-amount");
    final DatePicker expectedCloseDate = label(new DatePicker(), "expectedCloseDate", "crm-deal-close-date");
    final IntegerField probability = label(new IntegerField(), "probability", "crm-deal-probability");
    final ComboBox<UserRef> owner = label(new ComboBox<>(), "owner", "crm-deal-owner");

    DealForm(AccountService accountService, UserService userService) {
        super(DealData.class, "crm-deal", "crm.deal.field", "crm.account.too-long");
        addClassName("deal-form");
        account.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null, null),
                toSpringPageRequest(q)).stream().map(a -> new AccountRef(a.id(), a.name(), a.domain())));
        account.setItemLabelGenerator(AccountRef::name);
        probability.setHelperText(getTranslation("crm.deal.probability.help"));
        probability.setMin(0);
        probability.setMax(100);
        Owners.offer(owner, userService);

        requiredText(name, "name", 200, "deal.name.required");
        reference(account, "accountId", AccountRef::id, id -> ContactForm.account(accountService, id),
                "crm.deal.account.required");
        binder.forField(amount).asRequired(getTranslation("crm.deal.amount.required"))
                .withValidator(v -> v.signum() >= 0, getTranslation("deal.amount.negative"))
                .withValidator(v -> v.scale() <= 2 && v.precision() - v.scale() <= 13,
                        getTranslation("crm.deal.amount.invalid"))
                .bind("amount");
        binder.forField(expectedCloseDate).bind("expectedCloseDate");
        binder.forField(probability).asRequired(getTranslation("deal.probability.range"))
                .withValidator(new IntegerRangeValidator(getTranslation("deal.probability.range"), 0, 100))
                .bind("probability");
        reference(owner, "ownerId", UserRef::id, id -> Owners.find(userService, id), "crm.account.owner.required");
        carry("primaryContactId", "stageId", "probabilityOverridden", "source", "lostReasonId");

        add(name, account, amount, expectedCloseDate, probability, owner);
        add(buttons(), 2);
    }

    @Override
    public void edit(DealData deal) {
        super.edit(deal);
        account.setReadOnly(deal.id() != null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        account.setReadOnly(readOnly || current().id() != null);
    }

    @Override
    protected void focusFirst() {
        name.focus();
    }
}

package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;

/** Creates and edits a deal's name, account, amount, close date, probability and owner (not its stage). */
class DealForm extends FormLayout {

    final TextField name = new TextField();
    final ComboBox<AccountRef> account = new ComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker expectedCloseDate = new DatePicker();
    final IntegerField probability = new IntegerField();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<DealDraft> binder = new Binder<>();
    private DealDraft draft = new DealDraft();

    DealForm(AccountService accountService, UserService userService) {
        addClassName("deal-form");
        name.setLabel(getTranslation("crm.deal.field.name"));
        name.setId("crm-deal-name");
        account.setLabel(getTranslation("crm.deal.field.account"));
        account.setId("crm-deal-account");
        account.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null, null),
                toSpringPageRequest(q)).stream().map(a -> new AccountRef(a.id(), a.name(), a.domain())));
        account.setItemLabelGenerator(AccountRef::name);
        amount.setLabel(getTranslation("crm.deal.field.amount"));
        amount.setId("crm-deal-amount");
        expectedCloseDate.setLabel(getTranslation("crm.deal.field.expectedCloseDate"));
        expectedCloseDate.setId("crm-deal-close-date");
        probability.setLabel(getTranslation("crm.deal.field.probability"));
        probability.setId("crm-deal-probability");
        probability.setHelperText(getTranslation("crm.deal.probability.help"));
        probability.setMin(0);
        probability.setMax(100);
        owner.setLabel(getTranslation("crm.deal.field.owner"));
        owner.setId("crm-deal-owner");
        owner.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        owner.setItemLabelGenerator(UserRef::displayName);

        binder.forField(name).asRequired(getTranslation("deal.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("crm.account.too-long", 200), 1, 200))
                .bind(DealDraft::getName, DealDraft::setName);
        binder.forField(account).asRequired(getTranslation("crm.deal.account.required"))
                .bind(DealDraft::getAccount, DealDraft::setAccount);
        binder.forField(amount).asRequired(getTranslation("crm.deal.amount.required"))
                .withValidator(v -> v.signum() >= 0, getTranslation("deal.amount.negative"))
                .withValidator(v -> v.scale() <= 2 && v.precision() - v.scale() <= 13,
                        getTranslation("crm.deal.amount.invalid"))
                .bind(DealDraft::getAmount, DealDraft::setAmount);
        binder.forField(expectedCloseDate).bind(DealDraft::getExpectedCloseDate, DealDraft::setExpectedCloseDate);
        binder.forField(probability).asRequired(getTranslation("deal.probability.range"))
                .withValidator(new IntegerRangeValidator(getTranslation("deal.probability.range"), 0, 100))
                .bind(DealDraft::getProbability, DealDraft::setProbability);
        binder.forField(owner).asRequired(getTranslation("crm.account.owner.required"))
                .bind(DealDraft::getOwner, DealDraft::setOwner);

        save.setText(getTranslation("action.save"));
        save.setId("crm-deal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("crm-deal-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(name, account, amount, expectedCloseDate, probability, owner);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    void edit(DealDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        account.setReadOnly(!draft.isNew());
        name.focus();
    }

    /** For who may read but not change the deal: every field read-only, no Save, Cancel becomes Close. */
    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        account.setReadOnly(readOnly || !draft.isNew());
        save.setVisible(!readOnly);
        save.setEnabled(!readOnly);
        cancel.setText(getTranslation(readOnly ? "action.close" : "action.cancel"));
    }

    DealDraft draft() {
        return draft;
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }


    static final class SaveEvent extends ComponentEvent<DealForm> {
        private final DealDraft draft;

        SaveEvent(DealForm source, DealDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        DealDraft draft() {
            return draft;
        }
    }

    static final class CloseEvent extends ComponentEvent<DealForm> {
        CloseEvent(DealForm source) {
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

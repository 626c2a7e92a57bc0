package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * The account page's "Merge" button: pick the account to keep, confirm, merge. Both accounts are merged in the
 * versions the user saw (the open account as loaded, the kept one as shown in the confirmation); a change by
 * someone else meanwhile is a conflict the view offers to reload.
 */
class AccountMerge extends Button {

    private final AccountService accountService;
    private final AccountData merged;
    private final Consumer<AccountData> onMerged;
    private final Runnable onConflict;

    AccountMerge(AccountService accountService, AccountData merged, Consumer<AccountData> onMerged,
            Runnable onConflict) {
        super(VaadinIcon.COMPRESS.create());
        this.accountService = accountService;
        this.merged = merged;
        this.onMerged = onMerged;
        this.onConflict = onConflict;
        setText(getTranslation("crm.accounts.merge"));
        setId("crm-account-merge");
        addClickListener(e -> chooseSurvivor());
    }

    private void chooseSurvivor() {
        Dialog dialog = new Dialog();
        dialog.setId("crm-merge-dialog");
        dialog.setHeaderTitle(getTranslation("crm.accounts.merge.title", merged.name()));
        ComboBox<AccountListItem> survivor = new ComboBox<>(getTranslation("crm.accounts.merge.survivor"));
        survivor.setId("crm-merge-survivor");
        survivor.setWidthFull();
        survivor.setItemLabelGenerator(a -> a.domain() == null ? a.name() : a.name() + " (" + a.domain() + ")");
        survivor.setItems(q -> accountService.list(new AccountFilter(q.getFilter().orElse(null), null, null, null),
                toSpringPageRequest(q)).stream());
        Button next = new Button(getTranslation("crm.accounts.merge"), c -> {
            AccountListItem target = survivor.getValue();
            if (target == null) {
                survivor.setErrorMessage(getTranslation("crm.accounts.merge.survivor.required"));
                survivor.setInvalid(true);
                return;
            }
            dialog.close();
            confirm(target);
        });
        next.setId("crm-merge-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("crm.accounts.merge.text")), survivor);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), next);
        dialog.open();
        survivor.focus();
    }

    private void confirm(AccountListItem target) {
        AccountData kept = accountService.load(target.id());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("crm-merge-confirm");
        confirm.setHeader(getTranslation("crm.accounts.merge.confirm.title", merged.name(), kept.name()));
        confirm.setText(getTranslation("crm.accounts.merge.confirm.text", merged.name(), kept.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("crm.accounts.merge"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(c -> merge(kept));
        confirm.open();
    }

    private void merge(AccountData kept) {
        Long mergedId = merged.id();
        if (mergedId == null) {
            return;
        }
        Failures.attempt(() -> {
            AccountData result = accountService.merge(kept.id(), kept.version(), mergedId, merged.version());
            Notices.success(getTranslation("crm.accounts.merged", merged.name(), result.name()));
            onMerged.accept(result);
        }, onConflict);
    }
}

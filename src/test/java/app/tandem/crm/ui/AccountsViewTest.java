package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import app.tandem.security.TestUsers;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.MANAGER)
class AccountsViewTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationContext context;

    @Test
    void the_list_shows_accounts_and_typing_in_the_search_field_narrows_it_to_the_matching_ones() {
        String token = unique("zq");
        AccountData first = create("Alpha " + token, null);
        AccountData second = create("Beta", token + ".example");
        create(unique("Other"), null);
        AccountsView view = open("crm/accounts", AccountsView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);

        test(view.search).setValue(token);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(List.of(grid.getRow(0), grid.getRow(1))).extracting(AccountListItem::id)
                .containsExactly(first.id(), second.id());
        assertThat(grid.getRow(1).ownerName()).isEqualTo(currentUser.require().displayName());
    }

    @Test
    @WithTandemUser(roles = Role.STAFF)
    void staff_create_an_account_through_the_form_and_own_it() {
        String name = unique("Newco");
        AccountsView view = open("crm/accounts/new", AccountsView.class);
        assertThat(view.form.owner.getValue().id()).as("the owner defaults to me").isEqualTo(currentUser.id());

        test(view.form.name).setValue(name);
        test(view.form.website).setValue("https://www." + name.toLowerCase() + ".example/about");
        test(view.form.city).setValue("Bremen");
        test(view.form.status).selectItem(text("crm.account.status.CUSTOMER"));
        test(view.form.save).click();

        List<AccountListItem> found = find(name);
        assertThat(found).singleElement().satisfies(account -> {
            assertThat(account.domain()).isEqualTo(name.toLowerCase() + ".example");
            assertThat(account.city()).isEqualTo("Bremen");
            assertThat(account.status()).isEqualTo(AccountStatus.CUSTOMER);
            assertThat(account.ownerId()).isEqualTo(currentUser.id());
        });
        assertThat(currentPath()).isEqualTo("crm/accounts/" + found.getFirst().id());
    }

    @Test
    void saving_without_a_name_shows_the_message_and_saves_nothing() {
        AccountsView view = open("crm/accounts/new", AccountsView.class);

        test(view.form.website).setValue("nameless.example");
        test(view.form.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo(text("account.name.required"));
        assertThat(currentPath()).isEqualTo("crm/accounts/new");
    }

    @Test
    void a_new_account_with_the_domain_of_an_existing_one_asks_before_creating_a_duplicate() {
        String domain = unique("dup") + ".example";
        AccountData existing = create(unique("Existing"), domain);
        String name = unique("Different");
        AccountsView view = open("crm/accounts/new", AccountsView.class);

        test(view.form.name).setValue(name);
        test(view.form.website).setValue("www." + domain);
        test(view.form.save).click();

        ConfirmDialog warning = $(ConfirmDialog.class).single();
        assertThat(test(warning).getHeader()).isEqualTo(text("crm.accounts.duplicate.title"));
        assertThat($(Button.class).id("crm-duplicate-open-" + existing.id()).isVisible()).isTrue();
        assertThat(find(name)).as("nothing created until confirmed").isEmpty();

        test(warning).confirm();

        assertThat(find(name)).hasSize(1);
    }

    @Test
    void the_duplicate_warning_opens_the_existing_account_instead() {
        String domain = unique("dup") + ".example";
        AccountData existing = create(unique("Existing"), domain);
        AccountsView view = open("crm/accounts/new", AccountsView.class);
        test(view.form.name).setValue(unique("Another"));
        test(view.form.website).setValue(domain);
        test(view.form.save).click();

        test($(Button.class).id("crm-duplicate-open-" + existing.id())).click();

        assertThat(currentPath()).isEqualTo("crm/accounts/" + existing.id());
        assertThat(((AccountsView) getCurrentView()).form.name.getValue()).isEqualTo(existing.name());
    }

    @Test
    void saving_over_someone_elses_change_reports_a_conflict_and_keeps_the_typed_input() {
        AccountData account = create(unique("Before"), null);
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);
        test(view.form.city).setValue("Typed City");

        accountService.update(withCity(accountService.load(account.id()), "Changed Meanwhile"));
        test(view.form.save).click();

        assertThat($(Span.class).withText(text("error.conflict")).exists()).isTrue();
        assertThat(view.form.city.getValue()).isEqualTo("Typed City");
        assertThat(accountService.load(account.id()).city()).isEqualTo("Changed Meanwhile");
    }

    @Test
    void merging_moves_to_the_remaining_account_after_confirmation() {
        AccountData survivor = create(unique("Survivor"), null);
        AccountData merged = create(unique("Merged"), null);
        open("crm/accounts/" + merged.id(), AccountsView.class);

        test($(Button.class).id("crm-account-merge")).click();
        @SuppressWarnings("unchecked")
        var target = (com.vaadin.flow.component.combobox.ComboBox<AccountListItem>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("crm-merge-survivor");
        target.setValue(find(survivor.name()).getFirst());
        test($(Button.class).id("crm-merge-next")).click();
        test($(ConfirmDialog.class).id("crm-merge-confirm")).confirm();

        assertThat(currentPath()).isEqualTo("crm/accounts/" + survivor.id());
        assertThat(find(merged.name())).isEmpty();
    }

    @Test
    @WithTandemUser(roles = Role.STAFF)
    void staff_opening_an_account_of_someone_outside_their_scope_get_not_found_and_the_list() {
        TandemUser manager = new TestUsers(context).ensure(Role.MANAGER);
        AccountData foreign = app.tandem.TestUsers.runAs(manager.id(), manager.getUsername(),
                EnumSet.of(Role.MANAGER), () -> accountService.create(account(unique("Foreign"), null, manager.id())));

        open("crm/accounts/" + foreign.id(), AccountsView.class);

        assertThat(notificationTexts()).contains(text("error.not-found"));
        assertThat(currentPath()).isEqualTo("crm/accounts");
        AccountsView view = (AccountsView) getCurrentView();
        assertThat(view.detail.isVisible()).isFalse();
        assertThat(view.form.name.getValue()).isNotEqualTo(foreign.name());
    }

    @Test
    @WithTandemUser(roles = Role.COMPLIANCE_OFFICER)
    void compliance_officers_read_an_account_but_saving_a_change_is_refused_with_a_message() {
        TandemUser manager = new TestUsers(context).ensure(Role.MANAGER);
        AccountData account = app.tandem.TestUsers.runAs(manager.id(), manager.getUsername(),
                EnumSet.of(Role.MANAGER), () -> accountService.create(account(unique("Audited"), null, manager.id())));
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);
        assertThat(view.form.name.getValue()).isEqualTo(account.name());

        test(view.form.city).setValue("Somewhere");
        test(view.form.save).click();

        assertThat(notificationTexts()).contains(text("error.denied"));
        assertThat(accountService.load(account.id()).city()).isNull();
        assertThat(view.form.city.getValue()).isEqualTo("Somewhere");
    }

    private AccountData create(String name, @Nullable String website) {
        return accountService.create(account(name, website, currentUser.id()));
    }

    private static AccountData account(String name, @Nullable String website, long ownerId) {
        return new AccountData(null, 0, name, website, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, ownerId);
    }

    private static AccountData withCity(AccountData a, String city) {
        return new AccountData(a.id(), a.version(), a.name(), a.website(), a.industry(), a.phone(), a.street(),
                a.postalCode(), city, a.country(), a.status(), a.notes(), a.ownerId());
    }

    private List<AccountListItem> find(String text) {
        return accountService.list(new AccountFilter(text, null, null, null), PageRequest.of(0, 10)).getContent();
    }

    private List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    static String unique(String prefix) {
        return prefix + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0xfffffff));
    }

    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}

package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityEntry;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactData;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactRef;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealData;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import app.tandem.crm.Recurrence;
import app.tandem.crm.StageInfo;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    ContactService contactService;
    @Autowired
    DealService dealService;
    @Autowired
    ActivityService activityService;
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
    void merging_an_account_that_someone_else_changed_since_it_was_opened_shows_the_conflict_and_merges_nothing() {
        AccountData survivor = create(unique("Survivor"), null);
        AccountData merged = create(unique("Merged"), null);
        open("crm/accounts/" + merged.id(), AccountsView.class);
        accountService.update(withCity(accountService.load(merged.id()), "Changed Meanwhile"));

        test($(Button.class).id("crm-account-merge")).click();
        @SuppressWarnings("unchecked")
        var target = (com.vaadin.flow.component.combobox.ComboBox<AccountListItem>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("crm-merge-survivor");
        target.setValue(find(survivor.name()).getFirst());
        test($(Button.class).id("crm-merge-next")).click();
        test($(ConfirmDialog.class).id("crm-merge-confirm")).confirm();

        assertThat($(Span.class).withText(text("error.conflict")).exists()).isTrue();
        assertThat(find(merged.name())).hasSize(1);
        assertThat(currentPath()).isEqualTo("crm/accounts/" + merged.id());
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
    void compliance_officers_see_an_account_read_only_and_are_offered_no_change() {
        TandemUser manager = new TestUsers(context).ensure(Role.MANAGER);
        AccountData account = asManager(manager, () -> accountService.create(account(unique("Audited"), null,
                manager.id())));
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);

        assertThat(view.form.name.getValue()).isEqualTo(account.name());
        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(view.form.city.isReadOnly()).isTrue();
        assertThat(view.form.owner.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.cancel.getText()).isEqualTo(text("action.close"));
        assertThat($(com.vaadin.flow.component.html.Span.class).id("crm-read-only").isVisible()).isTrue();
        assertThat($(Button.class).withId("crm-account-merge").exists()).isFalse();
        assertThat(view.contacts.add.isVisible()).isFalse();
        assertThat(view.deals.add.isVisible()).isFalse();
        assertThat(view.timeline.log.isVisible()).isFalse();
        assertThat(view.timeline.plan.isVisible()).isFalse();
    }

    @Test
    void the_account_page_shows_its_contacts_deals_and_activities_newest_first_with_counts_in_the_tabs() {
        AccountData account = create(unique("Page"), null);
        contactService.create(new ContactData(null, 0, "Ada", "Lovelace", null, null, "CTO", account.id(),
                currentUser.id()));
        contactService.create(new ContactData(null, 0, "Alan", "Turing", null, null, null, account.id(),
                currentUser.id()));
        StageInfo first = dealService.stages().stream().filter(st -> !st.closed()).findFirst().orElseThrow();
        DealData deal = dealService.create(new DealData(null, 0, unique("Engine"), account.id(), null,
                new BigDecimal("5000.00"), first.id(), first.probability(), false, null, null, currentUser.id(),
                null));
        activityService.create(activity("Older call", LocalDateTime.now().minusDays(9), ActivityStatus.DONE,
                account.id()));
        activityService.create(activity("Next visit", LocalDateTime.now().plusDays(2), ActivityStatus.PLANNED,
                account.id()));
        activityService.create(activity("Recent call", LocalDateTime.now().minusDays(1), ActivityStatus.DONE,
                account.id()));
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);

        assertThat(view.contactsTab.getLabel()).isEqualTo(text("crm.tab.count", text("crm.account.tab.contacts"), 2));
        assertThat(view.dealsTab.getLabel()).isEqualTo(text("crm.tab.count", text("crm.account.tab.deals"), 1));
        assertThat(view.activitiesTab.getLabel())
                .isEqualTo(text("crm.tab.count", text("crm.account.tab.activities"), 3));

        select(view, view.contactsTab);
        assertThat(rows(view.contacts.grid)).extracting(ContactListItem::lastName)
                .containsExactly("Lovelace", "Turing");
        select(view, view.dealsTab);
        assertThat(rows(view.deals.grid)).extracting(DealListItem::id, DealListItem::stageName)
                .containsExactly(tuple(deal.id(), first.name()));
        select(view, view.activitiesTab);
        assertThat(rows(view.timeline.grid)).extracting(ActivityEntry::subject, ActivityEntry::status)
                .containsExactly(tuple("Next visit", ActivityStatus.PLANNED), tuple("Recent call", ActivityStatus.DONE),
                        tuple("Older call", ActivityStatus.DONE));

        select(view, view.contactsTab);
        test(view.contacts.grid).clickRow(1);
        assertThat(currentPath()).startsWith("crm/contacts/");
        assertThat(((ContactsView) getCurrentView()).form.lastName.getValue()).isEqualTo("Turing");
    }

    @Test
    void logging_a_call_from_the_account_page_adds_it_to_the_timeline_as_done() {
        AccountData account = create(unique("Logged"), null);
        ContactData ada = contactService.create(new ContactData(null, 0, "Ada", "Lovelace", null, null, null,
                account.id(), currentUser.id()));
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);
        select(view, view.activitiesTab);
        assertThat(rows(view.timeline.grid)).isEmpty();

        test(view.timeline.log).click();
        ActivityDialog dialog = (ActivityDialog) $(com.vaadin.flow.component.dialog.Dialog.class).id("activity-dialog");
        assertThat(dialog.owner.getValue().id()).as("owned by me unless I choose another").isEqualTo(currentUser.id());
        assertThat(dialog.recurrence.isVisible()).as("what happened does not repeat").isFalse();
        test(dialog.subject).setValue("Called about the renewal");
        dialog.contact.setValue(new ContactRef(ada.id(), "Ada Lovelace", null, account.name()));
        dialog.duration.setValue(20);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view.timeline.grid)).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("Called about the renewal");
            assertThat(entry.status()).isEqualTo(ActivityStatus.DONE);
            assertThat(entry.contactName()).isEqualTo("Ada Lovelace");
            assertThat(entry.durationMinutes()).isEqualTo(20);
        });
        assertThat(view.activitiesTab.getLabel())
                .isEqualTo(text("crm.tab.count", text("crm.account.tab.activities"), 1));
    }

    @Test
    void planning_a_task_that_repeats_until_before_it_is_due_shows_the_message_and_saves_nothing() {
        AccountData account = create(unique("Planned"), null);
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);
        select(view, view.activitiesTab);

        test(view.timeline.plan).click();
        ActivityDialog dialog = (ActivityDialog) $(com.vaadin.flow.component.dialog.Dialog.class).id("activity-dialog");
        test(dialog.save).click();
        assertThat(dialog.subject.isInvalid()).isTrue();
        assertThat(dialog.subject.getErrorMessage()).isEqualTo(text("activity.subject.required"));

        test(dialog.type).selectItem(text("activity.type.TASK"));
        test(dialog.subject).setValue("Weekly check");
        test(dialog.recurrence).selectItem(text("activity.recurrence.WEEKLY"));
        dialog.when.setValue(LocalDateTime.now().plusDays(7).withHour(9).withMinute(0));
        dialog.until.setValue(LocalDate.now().plusDays(3));
        test(dialog.save).click();

        assertThat(dialog.until.isInvalid()).isTrue();
        assertThat(dialog.until.getErrorMessage()).isEqualTo(text("activity.recur-until.before-due"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(activityService.timelineOfAccount(account.id(), PageRequest.of(0, 10)).getContent()).isEmpty();

        dialog.until.setValue(LocalDate.now().plusDays(40));
        test(dialog.save).click();

        assertThat(activityService.timelineOfAccount(account.id(), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.recurrence()).isEqualTo(Recurrence.WEEKLY);
                    assertThat(entry.status()).isEqualTo(ActivityStatus.PLANNED);
                });
    }

    @Test
    void new_contact_and_new_deal_from_the_account_page_start_at_that_account() {
        AccountData account = create(unique("Home"), null);
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);
        select(view, view.contactsTab);

        test(view.contacts.add).click();
        assertThat(currentPath()).isEqualTo("crm/contacts/new");
        assertThat(((ContactsView) getCurrentView()).form.account.getValue().id()).isEqualTo(account.id());

        AccountsView again = open("crm/accounts/" + account.id(), AccountsView.class);
        select(again, again.dealsTab);
        test(again.deals.add).click();
        assertThat(currentPath()).isEqualTo("crm/deals/new");
        assertThat(((DealsView) getCurrentView()).form.account.getValue().id()).isEqualTo(account.id());
    }

    private <T> T asManager(TandemUser manager, java.util.function.Supplier<T> action) {
        return app.tandem.TestUsers.runAs(manager.id(), manager.getUsername(), EnumSet.of(Role.MANAGER), action);
    }

    private ActivityData activity(String subject, LocalDateTime when, ActivityStatus status, long accountId) {
        return new ActivityData(null, 0, ActivityType.CALL, subject, null, when.withNano(0), 15, status, accountId,
                null, null, currentUser.id(), Recurrence.NONE, null);
    }

    private <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private void select(AccountsView view, com.vaadin.flow.component.tabs.Tab tab) {
        view.detail.select(tab);
        roundTrip();
    }

    // the record-page kit (base/ui ListDetailView, RecordForm, QueryFilters), shown on the accounts screen

    @Test
    void the_filters_come_from_the_address_so_a_reload_or_a_shared_link_shows_the_same_list() {
        String token = unique("zr");
        AccountData customer = create("Gamma " + token, null);
        accountService.update(withStatus(accountService.load(customer.id()), AccountStatus.CUSTOMER));
        create("Delta " + token, null);

        AccountsView view = openWithQuery("crm/accounts", "q=" + token + "&status=CUSTOMER");

        assertThat(view.search.getValue()).isEqualTo(token);
        assertThat(view.statusFilter.getValue()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(customer.id());
    }

    @Test
    void a_filter_the_user_sets_is_written_to_the_address_and_kept_while_a_record_is_open_and_closed() {
        String token = unique("zs");
        AccountData account = create("Epsilon " + token, null);
        AccountsView view = open("crm/accounts", AccountsView.class);

        test(view.search).setValue(token);
        test(view.grid).clickRow(0);
        roundTrip();

        assertThat(currentPath()).isEqualTo("crm/accounts/" + account.id());
        assertThat(currentQuery()).isEqualTo("q=" + token);
        test(((AccountsView) getCurrentView()).form.cancel).click();
        assertThat(currentPath()).isEqualTo("crm/accounts");
        assertThat(currentQuery()).isEqualTo("q=" + token);
        assertThat(((AccountsView) getCurrentView()).search.getValue()).isEqualTo(token);
    }

    @Test
    void an_unknown_filter_value_in_the_address_is_no_filter() {
        AccountsView view = openWithQuery("crm/accounts", "status=NO_SUCH_STATUS&owner=abc");

        assertThat(view.statusFilter.getValue()).isNull();
        assertThat(view.ownerFilter.getValue()).isNull();
    }

    @Test
    void an_id_that_does_not_exist_shows_not_found_and_the_list() {
        AccountsView view = open("crm/accounts/999999999999", AccountsView.class);

        assertThat(notificationTexts()).contains(text("error.not-found"));
        assertThat(currentPath()).isEqualTo("crm/accounts");
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    void reload_after_a_conflict_shows_what_the_other_user_saved() {
        AccountData account = create(unique("Before"), null);
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);
        test(view.form.city).setValue("Typed City");
        accountService.update(withCity(accountService.load(account.id()), "Changed Meanwhile"));
        test(view.form.save).click();

        test($(Button.class).id("conflict-reload")).click();

        assertThat(view.form.city.getValue()).isEqualTo("Changed Meanwhile");
        test(view.form.city).setValue("Typed Again");
        test(view.form.save).click();
        assertThat(accountService.load(account.id()).city()).isEqualTo("Typed Again");
    }

    @Test
    void enter_in_the_form_saves_and_escape_cancels() {
        AccountData account = create(unique("Keys"), null);
        AccountsView view = open("crm/accounts/" + account.id(), AccountsView.class);

        test(view.form.city).setValue("Entered");
        com.vaadin.browserless.internal.ShortcutsKt._fireShortcut(view.form, com.vaadin.flow.component.Key.ENTER);
        assertThat(accountService.load(account.id()).city()).isEqualTo("Entered");

        test(view.form.city).setValue("Escaped");
        com.vaadin.browserless.internal.ShortcutsKt._fireShortcut(view.form, com.vaadin.flow.component.Key.ESCAPE);
        assertThat(currentPath()).isEqualTo("crm/accounts");
        assertThat(accountService.load(account.id()).city()).isEqualTo("Entered");
    }

    private static AccountData withStatus(AccountData a, AccountStatus status) {
        return new AccountData(a.id(), a.version(), a.name(), a.website(), a.industry(), a.phone(), a.street(),
                a.postalCode(), a.city(), a.country(), status, a.notes(), a.ownerId());
    }

    /** Like a reload of an address with a query (the test browser's navigate takes no query in its path). */
    private AccountsView openWithQuery(String path, String query) {
        UI.getCurrent().navigate(path, com.vaadin.flow.router.QueryParameters.fromString(query));
        roundTrip();
        return (AccountsView) getCurrentView();
    }

    static String currentQuery() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString();
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

package app.tandem.crm.ui;

import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.ItemStatus;
import app.tandem.Descendants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityEntry;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ContactData;
import app.tandem.crm.ContactRef;
import app.tandem.crm.ContactRole;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealContact;
import app.tandem.crm.DealData;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import app.tandem.crm.StageInfo;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import app.tandem.security.TestUsers;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.MANAGER)
class DealsViewTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;
    @Autowired
    app.tandem.crm.DealContactService dealContactService;
    @Autowired
    ContactService contactService;
    @Autowired
    ActivityService activityService;
    @Autowired
    TeamService teamService;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationContext context;
    @Autowired
    ImprovementService improvementService;

    @Test
    void the_list_shows_deals_with_their_weighted_amount_and_the_search_narrows_it() {
        String token = unique("dq");
        AccountData account = account(unique("Acct"));
        StageInfo first = firstOpenStage();
        DealData deal = deal("Order " + token, account, first, "2000.00");
        deal(unique("Other order"), account, first, "10.00");
        DealsView view = open("crm/deals", DealsView.class);

        test(view.search).setValue(token);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(deal.id());
        assertThat(grid.getRow(0).accountName()).isEqualTo(account.name());
        assertThat(grid.getRow(0).weighted()).isEqualByComparingTo(new BigDecimal(20 * first.probability()));
    }

    @Test
    void a_deal_is_created_through_the_form_in_the_first_open_stage() {
        AccountData account = account(unique("Buyer"));
        String name = unique("Fresh deal");
        DealsView view = open("crm/deals/new", DealsView.class);

        test(view.form.name).setValue(name);
        view.form.account.setValue(new AccountRef(account.id(), account.name(), null));
        test(view.form.amount).setValue(new BigDecimal("1234.50"));
        test(view.form.expectedCloseDate).setValue(LocalDate.of(2027, 3, 31));
        test(view.form.save).click();

        List<DealListItem> found = find(name);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.accountName()).isEqualTo(account.name());
            assertThat(d.amount()).isEqualByComparingTo("1234.50");
            assertThat(d.stageName()).isEqualTo(firstOpenStage().name());
            assertThat(d.expectedCloseDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        assertThat(currentPath()).isEqualTo("crm/deals/" + found.getFirst().id());
    }

    @Test
    void clicking_a_stage_moves_the_deal_and_the_stage_history_shows_the_move() {
        StageInfo first = firstOpenStage();
        StageInfo next = dealService.stages().stream().filter(s -> !s.closed() && s.id() != first.id())
                .findFirst().orElseThrow();
        DealData deal = deal(unique("Mover"), account(unique("Acct")), first, "100.00");
        DealsView view = open("crm/deals/" + deal.id(), DealsView.class);
        assertThat(test(view.stageHistory).size()).isEqualTo(1);

        test($(Button.class).id("crm-deal-stage-" + next.id())).click();

        assertThat(dealService.load(deal.id()).stageId()).isEqualTo(next.id());
        assertThat(dealService.load(deal.id()).probability()).isEqualTo(next.probability());
        assertThat(test(view.stageHistory).size()).isEqualTo(2);
    }

    @Test
    void moving_to_a_lost_stage_asks_for_the_reason_first() {
        StageInfo lost = dealService.stages().stream().filter(StageInfo::lost).findFirst().orElseThrow();
        DealData deal = deal(unique("Loser"), account(unique("Acct")), firstOpenStage(), "100.00");
        open("crm/deals/" + deal.id(), DealsView.class);

        test($(Button.class).id("crm-deal-stage-" + lost.id())).click();
        assertThat($(Dialog.class).id("crm-lost-dialog").isOpened()).isTrue();
        test($(Button.class).id("crm-lost-confirm")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> reason = $(ComboBox.class).id("crm-lost-reason");
        assertThat(reason.isInvalid()).as("no reason chosen yet").isTrue();
        assertThat(dealService.load(deal.id()).stageId()).isNotEqualTo(lost.id());

        reason.setValue(dealService.lostReasons().getFirst());
        test($(Button.class).id("crm-lost-confirm")).click();

        DealData after = dealService.load(deal.id());
        assertThat(after.stageId()).isEqualTo(lost.id());
        assertThat(after.lostReasonId()).isEqualTo(dealService.lostReasons().getFirst().id());
    }

    @Test
    @WithTandemUser(roles = Role.STAFF)
    void staff_opening_a_deal_outside_their_scope_get_not_found_and_the_list() {
        TandemUser manager = new TestUsers(context).ensure(Role.MANAGER);
        DealData foreign = app.tandem.TestUsers.runAs(manager.id(), manager.getUsername(), EnumSet.of(Role.MANAGER),
                () -> {
                    AccountData account = accountService.create(new AccountData(null, 0, unique("Foreign"), null,
                            null, null, null, null, null, null, AccountStatus.PROSPECT, null, manager.id()));
                    StageInfo first = firstOpenStage();
                    return dealService.create(new DealData(null, 0, unique("Foreign deal"), account.id(), null,
                            BigDecimal.TEN, first.id(), first.probability(), false, null, null, manager.id(), null));
                });

        open("crm/deals/" + foreign.id(), DealsView.class);

        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains(text("error.not-found"));
        assertThat(currentPath()).isEqualTo("crm/deals");
        assertThat(((DealsView) getCurrentView()).detail.isVisible()).isFalse();
    }

    @Test
    void a_contact_of_the_account_is_added_with_a_role_becomes_primary_and_its_role_changes_in_the_list() {
        AccountData account = account(unique("Acct"));
        ContactData jane = contactService.create(new ContactData(null, 0, "Jane", unique("Doe"), null, null, "CEO",
                account.id(), currentUser.id()));
        DealData deal = deal(unique("Roles"), account, firstOpenStage(), "100.00");
        DealsView view = open("crm/deals/" + deal.id(), DealsView.class);
        view.detail.select(view.contactsTab);
        roundTrip();
        assertThat(view.contacts.items()).isEmpty();

        test(view.contacts.add).click();
        assertThat(view.contacts.contact.isInvalid()).as("nothing chosen yet").isTrue();
        view.contacts.contact.setValue(new ContactRef(jane.id(), "Jane " + jane.lastName(), null, account.name()));
        test(view.contacts.role).selectItem(text("crm.deal.contacts.role.DECISION_MAKER"));
        test(view.contacts.add).click();

        assertThat(view.contacts.items()).extracting(DealContact::contactId, DealContact::role, DealContact::primary)
                .containsExactly(tuple(jane.id(), ContactRole.DECISION_MAKER, true));
        assertThat(view.contactsTab.getLabel()).isEqualTo(text("crm.tab.count", text("crm.deal.tab.contacts"), 1));

        @SuppressWarnings("unchecked")
        Select<ContactRole> role = Descendants.byId(test(view.contacts.grid).getCellComponent(0, 1), Select.class,
                "crm-deal-contact-role-" + jane.id());
        test(role).selectItem(text("crm.deal.contacts.role.INFLUENCER"));

        assertThat(dealContactService.contacts(deal.id())).extracting(DealContact::role)
                .containsExactly(ContactRole.INFLUENCER);
        test($(TabSheet.class).first()).select(text("detail.tab.details"));
        roundTrip();
        test(view.form.name).setValue("Renamed after the contact changes");
        test(view.form.save).click();
        assertThat(dealService.load(deal.id()).name()).as("the form knows the deal's new version")
                .isEqualTo("Renamed after the contact changes");
        assertThat(dealService.load(deal.id()).primaryContactId()).isEqualTo(jane.id());
    }

    @Test
    void removing_a_contact_from_the_deal_asks_first() {
        AccountData account = account(unique("Acct"));
        ContactData joe = contactService.create(new ContactData(null, 0, "Joe", unique("User"), null, null, null,
                account.id(), currentUser.id()));
        DealData deal = deal(unique("Removal"), account, firstOpenStage(), "100.00");
        dealContactService.addContact(deal.id(), deal.version(), joe.id(), ContactRole.USER);
        DealsView view = open("crm/deals/" + deal.id(), DealsView.class);
        view.detail.select(view.contactsTab);
        roundTrip();

        test(Descendants.byId(test(view.contacts.grid).getCellComponent(0, 2), Button.class,
                "crm-deal-contact-remove-" + joe.id())).click();
        assertThat(dealContactService.contacts(deal.id())).as("not before confirming").hasSize(1);
        test($(ConfirmDialog.class).id("crm-deal-contact-remove-confirm")).confirm();

        assertThat(dealContactService.contacts(deal.id())).isEmpty();
        assertThat(view.contacts.items()).isEmpty();
    }

    @Test
    void the_won_button_closes_the_deal_as_won_and_then_won_and_lost_are_gone() {
        StageInfo won = dealService.stages().stream().filter(StageInfo::won).findFirst().orElseThrow();
        DealData deal = deal(unique("Winner"), account(unique("Acct")), firstOpenStage(), "100.00");
        DealsView view = open("crm/deals/" + deal.id(), DealsView.class);
        assertThat(view.win.isVisible()).isTrue();
        assertThat(view.lose.isVisible()).isTrue();

        test(view.win).click();

        assertThat(dealService.load(deal.id()).stageId()).isEqualTo(won.id());
        assertThat(view.win.isVisible()).isFalse();
        assertThat(view.lose.isVisible()).isFalse();
        assertThat($(Button.class).id("crm-deal-stage-" + won.id()).getElement().getAttribute("aria-current"))
                .isEqualTo("step");
    }

    @Test
    void the_lost_button_asks_for_the_reason_and_closes_the_deal_as_lost() {
        StageInfo lost = dealService.stages().stream().filter(StageInfo::lost).findFirst().orElseThrow();
        DealData deal = deal(unique("Loser"), account(unique("Acct")), firstOpenStage(), "100.00");
        open("crm/deals/" + deal.id(), DealsView.class);

        test($(Button.class).id("crm-deal-lose")).click();
        test($(Button.class).id("crm-lost-confirm")).click();
        assertThat(dealService.load(deal.id()).stageId()).as("not without a reason").isNotEqualTo(lost.id());
        @SuppressWarnings("unchecked")
        ComboBox<Object> reason = $(ComboBox.class).id("crm-lost-reason");
        reason.setValue(dealService.lostReasons().getFirst());
        test($(Button.class).id("crm-lost-confirm")).click();

        assertThat(dealService.load(deal.id()).stageId()).isEqualTo(lost.id());
        assertThat(dealService.load(deal.id()).lostReasonId()).isEqualTo(dealService.lostReasons().getFirst().id());
    }

    @Test
    void a_lost_deal_raises_an_improvement_idea_that_links_back_to_the_deal() {
        String title = unique("Faster quotes");
        DealData deal = deal(unique("Late quote"), account(unique("Acct")), firstOpenStage(), "100.00");
        DealsView view = open("crm/deals/" + deal.id(), DealsView.class);

        test(view.raiseImprovement).click();
        RaiseImprovementDialog dialog = $(RaiseImprovementDialog.class).single();
        test(dialog.title).setValue(title);
        test(dialog.submit).click();
        assertThat(dialog.problem.isInvalid()).as("the problem is required").isTrue();
        assertThat(improvementService.list(new ItemFilter(title, null, null, null, null, null, false, null, null),
                PageRequest.of(0, 5))).as("nothing saved yet").isEmpty();
        test(dialog.problem).setValue("We lost the deal because the quote took a week");
        test(dialog.submit).click();

        ItemListItem item = improvementService.list(new ItemFilter(title, null, null, null, null, null, false, null,
                null), PageRequest.of(0, 5)).getContent().getFirst();
        ItemData idea = improvementService.load(item.id());
        assertThat(idea.originType()).isEqualTo("DEAL");
        assertThat(idea.originId()).isEqualTo(deal.id());
        assertThat(idea.originLabel()).startsWith(deal.name());
        assertThat(idea.status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void planning_a_call_on_the_deal_page_links_it_to_the_deal() {
        AccountData account = account(unique("Acct"));
        DealData deal = deal(unique("Planned"), account, firstOpenStage(), "100.00");
        DealsView view = open("crm/deals/" + deal.id(), DealsView.class);
        view.detail.select(view.activitiesTab);
        roundTrip();

        test(view.timeline.plan).click();
        ActivityDialog dialog = (ActivityDialog) $(Dialog.class).id("activity-dialog");
        assertThat(dialog.deal.getValue().id()).isEqualTo(deal.id());
        assertThat(dialog.deal.isReadOnly()).isTrue();
        test(dialog.subject).setValue("Follow up the offer");
        test(dialog.save).click();

        assertThat(activityService.timelineOfDeal(deal.id(), PageRequest.of(0, 5)).getContent())
                .extracting(ActivityEntry::subject, ActivityEntry::status)
                .containsExactly(tuple("Follow up the offer", ActivityStatus.PLANNED));
        assertThat(test(view.timeline.grid).size()).isEqualTo(1);
        assertThat(view.activitiesTab.getLabel()).isEqualTo(text("crm.tab.count", text("crm.deal.tab.activities"), 1));
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "deal-page-staff")
    void staff_see_a_teammates_deal_read_only_without_stage_moves_won_lost_or_contact_changes() {
        TandemUser mate = new TestUsers(context).ensure("deal-page-mate", EnumSet.of(Role.STAFF));
        TandemUser me = currentUser.require();
        app.tandem.TestUsers.runAsAdmin("setup", () -> {
            TeamDraft team = new TeamDraft();
            team.setName(unique("Deal page team"));
            team.setKind(TeamKind.SALES);
            team.setMembers(Set.of(new UserRef(me.id(), me.getUsername(), me.displayName()),
                    new UserRef(mate.id(), mate.getUsername(), mate.displayName())));
            return teamService.create(team);
        });
        DealData mates = app.tandem.TestUsers.runAs(mate.id(), mate.getUsername(), EnumSet.of(Role.STAFF), () -> {
            AccountData account = accountService.create(new AccountData(null, 0, unique("Mate's"), null, null, null,
                    null, null, null, null, AccountStatus.PROSPECT, null, mate.id()));
            StageInfo first = firstOpenStage();
            return dealService.create(new DealData(null, 0, unique("Mate's deal"), account.id(), null,
                    BigDecimal.TEN, first.id(), first.probability(), false, null, null, mate.id(), null));
        });
        StageInfo next = dealService.stages().stream().filter(st -> !st.closed() && st.id() != mates.stageId())
                .findFirst().orElseThrow();

        DealsView view = open("crm/deals/" + mates.id(), DealsView.class);

        assertThat(view.form.name.getValue()).isEqualTo(mates.name());
        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(view.form.amount.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat($(Button.class).id("crm-deal-stage-" + next.id()).isEnabled()).isFalse();
        assertThat(view.win.isVisible()).isFalse();
        assertThat(view.lose.isVisible()).isFalse();
        assertThat(view.contacts.add.getParent().orElseThrow().isVisible()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("crm-read-only").isVisible()).isTrue();
    }

    private StageInfo firstOpenStage() {
        return dealService.stages().stream().filter(s -> !s.closed()).findFirst().orElseThrow();
    }

    private AccountData account(String name) {
        return accountService.create(new AccountData(null, 0, name, null, null, null, null, null, null, null,
                AccountStatus.PROSPECT, null, currentUser.id()));
    }

    private DealData deal(String name, AccountData account, StageInfo stage, String amount) {
        return dealService.create(new DealData(null, 0, name, account.id(), null, new BigDecimal(amount), stage.id(),
                stage.probability(), false, null, null, currentUser.id(), null));
    }

    private List<DealListItem> find(String text) {
        return dealService.list(new DealFilter(text, null, null, null, null, null), PageRequest.of(0, 10))
                .getContent();
    }

    static String unique(String prefix) {
        return prefix + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0xfffffff));
    }

    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}

package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.DealData;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import app.tandem.crm.StageInfo;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import app.tandem.security.TestUsers;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
    CurrentUser currentUser;
    @Autowired
    ApplicationContext context;

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

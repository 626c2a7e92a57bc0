package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.DealData;
import app.tandem.crm.DealService;
import app.tandem.crm.StageInfo;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithTandemUser(roles = Role.STAFF)
class PipelineViewTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void moving_a_deal_with_the_keyboard_menu_moves_it_to_that_stage_and_updates_the_column_totals() {
        List<StageInfo> stages = dealService.stages();
        StageInfo qualification = stages.get(0);
        StageInfo needsAnalysis = stages.get(1);
        DealData deal = ownDeal("Menu move " + UUID.randomUUID(), qualification, "1200.00");
        PipelineView view = open("crm/pipeline", PipelineView.class);
        String targetBefore = totals(view, needsAnalysis);

        Div card = $(Div.class).withId("deal-" + deal.id()).single();
        new MenuBarTester<>($(MenuBar.class).from(card).single()).clickItem(0, 0);

        assertThat(dealService.load(deal.id()).stageId()).isEqualTo(needsAnalysis.id());
        assertThat($(Div.class).from($(Div.class).withId("stage-" + needsAnalysis.id()).single())
                .withId("deal-" + deal.id()).all()).hasSize(1);
        assertThat(totals(view, needsAnalysis)).isNotEqualTo(targetBefore);
        assertThat(dealService.stageHistory(deal.id())).hasSize(2);
    }

    @Test
    void a_lost_move_from_the_menu_asks_for_the_reason_and_a_deal_without_one_stays() {
        List<StageInfo> stages = dealService.stages();
        DealData deal = ownDeal("Lost move " + UUID.randomUUID(), stages.get(0), "500.00");
        open("crm/pipeline", PipelineView.class);
        Div card = $(Div.class).withId("deal-" + deal.id()).single();
        int lostIndex = stages.size() - 2; // the menu lists every stage but the current one; Lost is last

        new MenuBarTester<>($(MenuBar.class).from(card).single()).clickItem(0, lostIndex);
        test($(com.vaadin.flow.component.button.Button.class).withId("lost-confirm").single()).click();

        assertThat(dealService.load(deal.id()).stageId()).isEqualTo(stages.get(0).id());
    }

    private DealData ownDeal(String name, StageInfo stage, String amount) {
        long me = currentUser.id();
        AccountData account = accountService.create(new AccountData(null, 0, "Board " + UUID.randomUUID(), null,
                null, null, null, null, null, null, AccountStatus.PROSPECT, null, me));
        return dealService.create(new DealData(null, 0, name, account.id(), null, new BigDecimal(amount), stage.id(),
                stage.probability(), false, LocalDate.now().plusDays(10), null, me, null));
    }

    private String totals(PipelineView view, StageInfo stage) {
        Div column = $(Div.class).withId("stage-" + stage.id()).single();
        return $(Span.class).from(column).withClassName("pipeline-totals").single().getText();
    }
}

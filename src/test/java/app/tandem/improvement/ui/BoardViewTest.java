package app.tandem.improvement.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.BrowserlessViewTest;
import app.tandem.base.DomainException;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemStatus;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BoardViewTest extends BrowserlessViewTest {

    @Autowired
    ImprovementService improvementService;

    @Test
    @WithTandemUser(roles = Role.MANAGER)
    void the_move_to_menu_moves_a_card_to_the_next_pdca_column() {
        long id = improvementService.submitIdea(new IdeaDraft(unique("Board move"), "Problem", null, null));
        open("improvement/board", BoardView.class);

        Div card = $(Div.class).withId("item-" + id).single();
        new MenuBarTester<>($(MenuBar.class).from(card).single()).clickItem(0, 0);

        assertThat(improvementService.load(id).status()).isEqualTo(ItemStatus.APPROVED);
        assertThat($(Div.class).from($(Div.class).withId("column-APPROVED").single()).withId("item-" + id).all())
                .hasSize(1);
    }

    @Test
    @WithTandemUser(roles = Role.STAFF)
    void a_move_the_user_may_not_take_is_explained_and_the_card_stays() {
        long id = improvementService.submitIdea(new IdeaDraft(unique("Own idea"), "Problem", null, null));
        open("improvement/board", BoardView.class);

        Div card = $(Div.class).withId("item-" + id).single();
        // the refusal reaches the session's error handler, as every failure of a click does
        assertThatThrownBy(() -> new MenuBarTester<>($(MenuBar.class).from(card).single()).clickItem(0, 0))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e)));

        assertThat(improvementService.load(id).status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat($(Div.class).from($(Div.class).withId("column-SUBMITTED").single()).withId("item-" + id).all())
                .hasSize(1);
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText())
                .contains(UI.getCurrent().getTranslation("improvement.transition.approver-only",
                        UI.getCurrent().getTranslation("improvement.status.SUBMITTED"),
                        UI.getCurrent().getTranslation("improvement.status.APPROVED"))));
    }

    static String unique(String prefix) {
        return prefix + " " + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0xfffffff));
    }
}

package app.tandem.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.base.SearchHit;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithTandemUser(roles = Role.MANAGER)
class GlobalSearchTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void ctrl_k_opens_the_search_typing_shows_the_hits_by_kind_and_arrow_down_and_enter_open_the_selected_one() {
        String token = "wmb" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff), 36);
        long alpha = create(token + " Alpha");
        long beta = create(token + " Beta");
        open("", Component.class); // the home page, whose header holds the search
        GlobalSearch search = $(GlobalSearch.class).single();

        fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        roundTrip();
        assertThat(search.dialog.isOpened()).isTrue();
        test(search.field).setValue("wm");
        assertThat(search.status.getText()).isEqualTo(getTranslation("search.prompt"));
        assertThat(search.entries).isEmpty();

        test(search.field).setValue(token);
        assertThat(search.status.isVisible()).isFalse();
        assertThat($(Span.class, search.results).withClassName("global-search-heading").all())
                .extracting(Span::getText).containsExactly(getTranslation("search.kind.ACCOUNT"));
        assertThat(search.entries).extracting(e -> e.hit().id()).containsExactly(alpha, beta);
        assertThat(search.selectedHit()).map(SearchHit::id).as("the first hit is selected").hasValue(alpha);

        ShortcutsKt._fireShortcut(search.field, Key.ARROW_DOWN);
        assertThat(search.selectedHit()).map(SearchHit::id).hasValue(beta);
        assertThat(search.entries.get(1).row().getClassNames()).contains("selected");
        ShortcutsKt._fireShortcut(search.field, Key.ARROW_DOWN);
        assertThat(search.selectedHit()).map(SearchHit::id).as("down from the last wraps").hasValue(alpha);
        ShortcutsKt._fireShortcut(search.field, Key.ARROW_UP);
        ShortcutsKt._fireShortcut(search.field, Key.ENTER);

        assertThat(search.dialog.isOpened()).isFalse();
        assertThat(path()).isEqualTo("crm/accounts/" + beta);
    }

    @Test
    void a_click_opens_a_hit_and_a_text_without_hits_says_so() {
        String token = "wmb" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff), 36);
        long alpha = create(token + " Alpha");
        open("", Component.class); // the home page, whose header holds the search
        GlobalSearch search = $(GlobalSearch.class).single();

        test(search.button).click();
        roundTrip();
        test(search.field).setValue(token + "nothing");
        assertThat(search.status.getText()).isEqualTo(getTranslation("search.empty", token + "nothing"));
        assertThat(search.entries).isEmpty();

        ShortcutsKt._fireShortcut(search.field, Key.ESCAPE);
        assertThat(search.dialog.isOpened()).as("one Esc closes, even with text in the field").isFalse();
        test(search.button).click();
        roundTrip();

        test(search.field).setValue(token);
        test(search.entries.getFirst().row()).click();

        assertThat(path()).isEqualTo("crm/accounts/" + alpha);
        assertThat(search.dialog.isOpened()).isFalse();
    }

    private long create(String name) {
        return accountService.create(new AccountData(null, 0, name, null, null, null, null, null, null, null,
                AccountStatus.PROSPECT, null, currentUser.id())).id();
    }

    private static String getTranslation(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}

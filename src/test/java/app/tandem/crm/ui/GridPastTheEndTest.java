package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A grid scrolled past the end of a list that shrank meanwhile asks for rows that are no longer there. */
@WithTandemUser(roles = Role.MANAGER)
class GridPastTheEndTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_grid_asked_for_rows_past_the_end_of_a_shrunken_list_answers_with_no_rows() {
        AccountsView view = listOfThreeAccounts();

        assertThat(fetch(view, 500, 0)).as("nothing left to show at 500").isEmpty();
        assertThat(fetch(view, 0, 0)).as("an empty range").isEmpty();
        assertThat(fetch(view, 60, 50)).as("a page past the end").isEmpty();
    }

    @Test
    void a_grid_asked_for_rows_from_an_offset_between_pages_gets_exactly_those_rows() {
        AccountsView view = listOfThreeAccounts();
        List<AccountListItem> all = fetch(view, 0, 50);
        assertThat(all).hasSize(3);

        assertThat(fetch(view, 2, 50)).containsExactly(all.get(2));
        assertThat(fetch(view, 1, 1)).containsExactly(all.get(1));
    }

    private AccountsView listOfThreeAccounts() {
        String token = "past" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("A ", "B ", "C ")) {
            accountService.create(new AccountData(null, 0, name + token, null, null, null, null, null, null, null,
                    AccountStatus.PROSPECT, null, currentUser.id()));
        }
        AccountsView view = open("crm/accounts", AccountsView.class);
        test(view.search).setValue(token);
        return view;
    }

    private static List<AccountListItem> fetch(AccountsView view, int offset, int limit) {
        return view.grid.getDataProvider().fetch(new Query<>(offset, limit, List.of(), null, null)).toList();
    }
}

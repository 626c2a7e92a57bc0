package app.tandem.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.notification.NotificationItem;
import app.tandem.base.NotificationKind;
import app.tandem.notification.NotificationService;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The notifications page: unread or all, opening one, marking all read, and choosing what to be told. */
class NotificationsViewTest extends BrowserlessViewTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    FeedbackService feedback;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    CurrentUser currentUser;

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "page-lists")
    void the_page_shows_unread_first_and_all_on_request_and_a_click_opens_the_record() {
        Person giver = person("giver");
        long first = giveMe(giver, "First.");
        giveMe(giver, "Second.");
        NotificationsView view = open("notifications", NotificationsView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.grid).clickRow(1);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("performance/feedback/" + first);
        view = open("notifications", NotificationsView.class);
        assertThat(test(view.grid).size()).as("unread only").isEqualTo(1);
        test(view.filter).selectItem(text("notify.filter.all"));
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "page-all-read")
    void mark_all_read_empties_the_unread_list_and_says_so() {
        Person giver = person("giver");
        giveMe(giver, "One.");
        NotificationsView view = open("notifications", NotificationsView.class);

        test(view.markAll).click();

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo(text("notify.empty"));
        assertThat($(NotificationBell.class).single().count.isVisible()).as("the bell counts again").isFalse();
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "page-prefs")
    void switching_a_kind_off_stops_it_and_e_mail_is_not_offered_while_mail_is_off() {
        NotificationsView view = open("notifications", NotificationsView.class);
        assertThat(view.email).isEmpty();
        assertThat($(Checkbox.class).all()).noneMatch(c -> c.getId().orElse("").startsWith("pref-email-"));
        Checkbox feedbackInApp = $(Checkbox.class).id("pref-in-app-FEEDBACK_RECEIVED");
        assertThat(feedbackInApp.getValue()).isTrue();

        test(feedbackInApp).click();

        assertThat(notifications.preferences()).filteredOn(p -> p.kind() == NotificationKind.FEEDBACK_RECEIVED)
                .singleElement().satisfies(p -> assertThat(p.inApp()).isFalse());
        giveMe(person("giver"), "Not shown.");
        assertThat(notifications.list(false, PageRequest.of(0, 5)).getContent()).isEmpty();
    }

    private long giveMe(Person giver, String text) {
        long me = currentUser.id();
        return giver.run(() -> feedback.give(new FeedbackDraft(me, FeedbackType.PRAISE, FeedbackVisibility.PRIVATE,
                text)));
    }

    private Person person(String name) {
        return new TestOrg(userService, teamService).person(name + suffix(), Role.STAFF);
    }

    private static String suffix() {
        return Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    }

    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}

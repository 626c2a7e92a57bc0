package app.tandem.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.notification.NotificationItem;
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
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The bell in the header: its count, its list, opening a notification and marking all read. */
class NotificationBellTest extends BrowserlessViewTest {

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
    @WithTandemUser(roles = Role.STAFF, username = "bell-counts")
    void the_bell_counts_the_unread_and_lists_the_newest_with_who_and_what() {
        Person giver = person("giver");
        giveMe(giver, "Great demo yesterday.");
        giveMe(giver, "Thanks for covering the phones.");

        open("notifications", NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();

        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("2");
        assertThat(bell.bell.getAriaLabel()).hasValue(text("notify.bell.unread", "2"));

        test(bell.bell).click();

        assertThat(bell.popover.isOpened()).isTrue();
        List<NativeButton> entries = $(NativeButton.class).from(bell.list).all();
        assertThat(entries).hasSize(2);
        assertThat(entries).allMatch(e -> e.hasClassName("unread"));
        assertThat(entries.getFirst().getElement().getTextRecursively())
                .contains(text("notify.text.FEEDBACK_RECEIVED", "Thanks for covering the phones.", giver.username()));
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "bell-opens")
    void opening_a_notification_marks_it_read_and_goes_to_the_record() {
        Person giver = person("giver");
        long given = giveMe(giver, "Clear and friendly call.");
        open("notifications", NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        test(bell.bell).click();
        NotificationItem item = mine().getFirst();

        test($(NativeButton.class).id("notification-" + item.id())).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("performance/feedback/" + given);
        assertThat(mine().getFirst().read()).isTrue();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.bell.getAriaLabel()).hasValue(text("notify.bell.none"));
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "bell-all-read")
    void mark_all_read_clears_the_count_and_keeps_the_list() {
        Person giver = person("giver");
        giveMe(giver, "One.");
        giveMe(giver, "Two.");
        open("notifications", NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        test(bell.bell).click();

        test(bell.markAll).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat($(NativeButton.class).from(bell.list).all()).hasSize(2).allMatch(e -> e.hasClassName("read"));
        assertThat(bell.markAll.isEnabled()).isFalse();
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "bell-polls")
    void the_count_rises_when_the_browser_asks_again_without_a_reload() {
        open("notifications", NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.count.isVisible()).isFalse();

        giveMe(person("giver"), "Nice follow-up.");
        bell.poll();

        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("1");
    }

    @Test
    @WithTandemUser(roles = Role.STAFF, username = "bell-empty")
    void without_notifications_the_list_says_so() {
        open("notifications", NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();

        test(bell.bell).click();

        assertThat($(NativeButton.class).from(bell.list).all()).isEmpty();
        assertThat(bell.list.getElement().getTextRecursively()).isEqualTo(text("notify.empty"));
    }

    private List<NotificationItem> mine() {
        return notifications.list(false, PageRequest.of(0, 20)).getContent();
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

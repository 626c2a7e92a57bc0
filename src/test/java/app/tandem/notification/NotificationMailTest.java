package app.tandem.notification;

import app.tandem.base.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.org.TeamService;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * E-mail delivery with {@code tandem.mail.enabled=true}: a mail for the kinds a user chose, sent after the commit,
 * and a mail server that fails never fails the action (a fake sender stands in for the SMTP server).
 */
@TandemServiceTest
@TestPropertySource(properties = "tandem.mail.enabled=true")
@Import(NotificationMailTest.FakeMail.class)
class NotificationMailTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;
    @Autowired
    FakeSender sender;
    @Autowired
    FeedbackService feedback;

    Person anna;
    Person max;

    @BeforeEach
    void people() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        max = org.person("max", Role.MANAGER);
        sender.reset(false);
        sender.all.clear();
    }

    @Test
    void a_kind_chosen_for_e_mail_is_mailed_to_the_user_and_still_shown_in_the_app() throws InterruptedException {
        assertThat(anna.run(() -> notifications.mailEnabled())).isTrue();
        anna.run(() -> notifications.choose(NotificationKind.ASSIGNED, true, true));

        giveAnnaAnAccount("Acme");

        assertThat(sender.attempted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sender.sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).containsExactly("anna@test.example");
            assertThat(mail.getSubject()).isEqualTo("Tandem: Assigned to me");
            assertThat(mail.getText()).startsWith("max assigned to you: Acme");
        });
        assertThat(anna.run(() -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void a_failing_mail_server_does_not_fail_the_action() throws InterruptedException {
        anna.run(() -> notifications.choose(NotificationKind.ASSIGNED, true, true));
        sender.reset(true);

        long id = giveAnnaAnAccount("Globex");

        assertThat(sender.attempted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sender.sent).isEmpty();
        assertThat(max.run(() -> accounts.load(id)).name()).isEqualTo("Globex");
        assertThat(anna.run(() -> notifications.list(false, PageRequest.of(0, 5)).getContent()))
                .extracting(NotificationItem::title).containsExactly("Globex");
    }

    @Test
    void private_feedback_and_formal_warnings_are_never_quoted_in_a_mail() throws InterruptedException {
        anna.run(() -> notifications.choose(NotificationKind.FEEDBACK_RECEIVED, true, true));

        max.run(() -> feedback.give(new FeedbackDraft(anna.id(), FeedbackType.COACHING, FeedbackVisibility.PRIVATE,
                "Your Q3 figures for Initech were padded")));
        assertThat(sender.attempted.await(10, TimeUnit.SECONDS)).isTrue();
        sender.reset(false);
        max.run(() -> feedback.give(new FeedbackDraft(anna.id(), FeedbackType.FORMAL_WARNING,
                FeedbackVisibility.PRIVATE_AND_MANAGER, "Third late arrival this month, final warning")));
        assertThat(sender.attempted.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(sender.all).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.getTo()).containsExactly("anna@test.example");
            assertThat(mail.getText()).doesNotContain("Initech", "padded", "late arrival", "final warning");
        });
        assertThat(anna.run(() -> notifications.unreadCount())).isEqualTo(2);
    }

    private long giveAnnaAnAccount(String name) {
        return max.run(() -> accounts.create(new AccountData(null, 0, name, null, null, null, null, null, null, null,
                AccountStatus.PROSPECT, null, anna.id()))).id();
    }

    /** Records what would have been sent, or fails like an unreachable server. */
    static class FakeSender extends JavaMailSenderImpl {

        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
        final List<SimpleMailMessage> all = new CopyOnWriteArrayList<>();
        volatile CountDownLatch attempted = new CountDownLatch(1);
        volatile boolean failing;

        void reset(boolean failing) {
            this.failing = failing;
            sent.clear();
            attempted = new CountDownLatch(1);
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            try {
                if (failing) {
                    throw new MailSendException("Connection refused: smtp.example:25");
                }
                sent.addAll(List.of(messages));
                all.addAll(List.of(messages));
            } finally {
                attempted.countDown();
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeMail {

        @Bean
        FakeSender fakeSender() {
            return new FakeSender();
        }
    }
}

package app.tandem.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.Recurrence;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.FeedbackService;
import app.tandem.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The "My work" page: a salesperson's overdue call and a feedback request, each a link; an empty state. */
class MyWorkViewTest extends BrowserlessViewTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accounts;
    @Autowired
    ActivityService activities;
    @Autowired
    FeedbackService feedback;
    @Autowired
    MutableClock clock;

    Person rita;
    Person sue;
    Person newcomer;
    long account;
    long call;
    long request;

    @BeforeEach
    void aCallOverdueAndAFeedbackRequest() {
        String u = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        TestOrg org = new TestOrg(userService, teamService);
        rita = org.person("writa" + u, Role.STAFF);
        sue = org.person("wsue" + u, Role.SUPERVISOR, Role.STAFF);
        newcomer = org.person("wnew" + u, Role.STAFF);
        org.team("Work " + u, TeamKind.SALES, sue, rita, newcomer, sue);
        account = rita.run(() -> accounts.create(new AccountData(null, 0, "Workshop " + u, null, null, null, null,
                null, null, null, AccountStatus.PROSPECT, null, rita.id()))).id();
        LocalDateTime yesterday = LocalDate.now(clock).minusDays(1).atTime(10, 0);
        call = rita.run(() -> activities.create(new ActivityData(null, 0, ActivityType.CALL, "Call back Workshop", null,
                yesterday, null, ActivityStatus.PLANNED, account, null, null, rita.id(), Recurrence.NONE, null))).id();
        request = sue.run(() -> feedback.requestFeedback(rita.id(), "How did the demo go?", null));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_overdue_call_and_the_request_are_listed_in_their_groups_and_open_their_records() {
        rita.login();
        MyWorkView view = open("my-work", MyWorkView.class);

        Div overdue = $(Div.class).id("my-work-overdue");
        Component callRow = $(Div.class, overdue).id("work-crm-activity-call-" + call);
        Anchor callLink = $(Anchor.class, callRow).single();
        assertThat(callLink.getText()).isEqualTo("Call back Workshop");
        assertThat(callLink.getHref()).isEqualTo("crm/accounts/" + account);
        assertThat(callRow.getElement().getTextRecursively()).contains("Call", "Workshop");

        Div thisWeekOrLater = $(Div.class).id(LocalDate.now(clock).plusDays(3).getDayOfWeek().getValue()
                < LocalDate.now(clock).getDayOfWeek().getValue() ? "my-work-later" : "my-work-this-week");
        Component ask = $(Div.class, thisWeekOrLater).id("work-performance-feedback-request-" + request);
        assertThat($(Anchor.class, ask).single().getHref()).isEqualTo("performance/feedback?tab=requests");
        assertThat(ask.getElement().getTextRecursively()).contains("Feedback requested from you",
                "How did the demo go?", "answer by");
        assertThat(view.summary.getText()).isEqualTo("2 open: 1 overdue, 0 due today");
    }

    @Test
    void a_call_marked_done_here_leaves_the_list() {
        rita.login();
        MyWorkView view = open("my-work", MyWorkView.class);

        test($(Button.class).id("work-done-crm-activity-call-" + call)).click();

        assertThat($(Div.class).withId("my-work-overdue").exists()).isFalse();
        assertThat(view.summary.getText()).isEqualTo("1 open: 0 overdue, 0 due today");
        assertThat(sue.run(() -> activities.timelineOfAccount(account, PageRequest.of(0, 5))).getContent())
                .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(ActivityStatus.DONE));
    }

    @Test
    void the_list_narrows_to_one_module_and_the_link_keeps_it() {
        rita.login();
        UI.getCurrent().navigate("my-work", QueryParameters.of(MyWorkView.MODULE, "performance"));
        roundTrip();

        assertThat($(Div.class).id("my-work-groups").getElement().getTextRecursively())
                .contains("How did the demo go?").doesNotContain("Call back Workshop");
        assertThat($(Button.class).id("my-work-filter-performance").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        test($(Button.class).id("my-work-filter-all")).click();

        assertThat($(Div.class).id("my-work-groups").getElement().getTextRecursively())
                .contains("How did the demo go?", "Call back Workshop");
    }

    @Test
    void the_home_page_says_how_much_is_waiting_and_links_to_my_work() {
        rita.login();
        HomeView home = open("", HomeView.class);

        assertThat(home.myWork.getText()).isEqualTo("My work: 2 open, 1 overdue, 0 due today");
        assertThat(home.myWork.getHref()).isEqualTo("my-work");
    }

    @Test
    void someone_with_nothing_waiting_is_told_so() {
        newcomer.login();
        open("my-work", MyWorkView.class);

        assertThat($(Paragraph.class).id("my-work-empty").getText()).startsWith("Nothing is waiting for you.");
        assertThat(open("", HomeView.class).myWork.getText()).isEqualTo("My work: nothing is waiting for you");
    }
}

package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackListItem;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = {Role.SUPERVISOR, Role.STAFF})
class FeedbackViewTest extends BrowserlessViewTest {

    @Autowired
    FeedbackService feedbackService;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_supervisor_gives_coaching_feedback_through_the_dialog_and_the_recipient_reads_it() {
        Person rita = person("rita");
        FeedbackView view = open("performance/feedback", FeedbackView.class);

        test(view.give).click();
        FeedbackDialog dialog = $(FeedbackDialog.class).single();
        test(dialog.recipient).setFilter(displayName(rita));
        test(dialog.recipient).selectItem(displayName(rita));
        test(dialog.type).selectItem(text("feedback.type.COACHING"));
        test(dialog.visibility).selectItem(text("feedback.visibility.PRIVATE_AND_MANAGER.long"));
        test(dialog.text).setValue("Open the call with the customer's goals.");
        test(dialog.save).click();

        List<FeedbackListItem> received = rita.run(() -> feedbackService.received(PageRequest.of(0, 5)).getContent());
        assertThat(received).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FeedbackType.COACHING);
            assertThat(f.visibility()).isEqualTo(FeedbackVisibility.PRIVATE_AND_MANAGER);
            assertThat(f.text()).isEqualTo("Open the call with the customer's goals.");
        });
        assertThat(view.detail.isVisible()).as("the new feedback's page is open").isTrue();
        assertThat(view.body.getText()).isEqualTo("Open the call with the customer's goals.");
        assertThat($(Button.class).id("feedback-edit").isVisible()).as("the giver may still edit it").isTrue();
        assertThat(test(view.given).size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void feedback_without_text_is_not_given_and_the_field_says_why() {
        Person rita = person("rita");
        FeedbackView view = open("performance/feedback", FeedbackView.class);

        test(view.give).click();
        FeedbackDialog dialog = $(FeedbackDialog.class).single();
        test(dialog.recipient).setFilter(displayName(rita));
        test(dialog.recipient).selectItem(displayName(rita));
        test(dialog.save).click();

        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo(text("feedback.text.required"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(rita.run(() -> feedbackService.received(PageRequest.of(0, 5)).getContent())).isEmpty();
    }

    @Test
    void a_formal_warning_is_offered_only_for_a_member_of_the_supervisors_team_and_is_acknowledged_there() {
        Person me = new Person(currentUser.id(), currentUser.username(), java.util.Set.of(Role.SUPERVISOR, Role.STAFF));
        Person rita = person("rita");
        Person walt = person("walt");
        TestOrg org = new TestOrg(userService, teamService);
        org.team("Team " + suffix(), TeamKind.SALES, me, rita);
        FeedbackView view = open("performance/feedback", FeedbackView.class);

        test(view.give).click();
        FeedbackDialog dialog = $(FeedbackDialog.class).single();
        test(dialog.recipient).setFilter(displayName(walt));
        test(dialog.recipient).selectItem(displayName(walt));
        assertThat(test(dialog.type).getSuggestionItems()).doesNotContain(FeedbackType.FORMAL_WARNING);
        test(dialog.recipient).setFilter(displayName(rita));
        test(dialog.recipient).selectItem(displayName(rita));
        test(dialog.type).selectItem(text("feedback.type.FORMAL_WARNING"));
        assertThat(dialog.visibility.isVisible()).isFalse();
        assertThat(dialog.warningNote.isVisible()).isTrue();
        test(dialog.text).setValue("Three missed customer calls this month.");
        test(dialog.save).click();

        long id = rita.run(() -> feedbackService.received(PageRequest.of(0, 5)).getContent()).getFirst().id();
        assertThat($(Button.class).all()).extracting(Button::getId).doesNotContain(java.util.Optional.of("feedback-edit"));
        rita.exec(() -> {
            UI.getCurrent().navigate("performance/feedback/" + id);
            roundTrip();
            FeedbackView ritasView = (FeedbackView) getCurrentView();
            assertThat(ritasView.warnings.isVisible()).isTrue();
            test($(Button.class).id("feedback-acknowledge")).click();
            test($(ConfirmDialog.class).id("feedback-acknowledge-confirm")).confirm();
        });
        assertThat(rita.run(() -> feedbackService.load(id).acknowledgedAt())).isNotNull();
    }

    @Test
    void the_asked_colleague_answers_a_request_from_the_requests_tab() {
        Person rita = person("rita");
        long me = currentUser.id();
        long requestId = rita.run(() -> feedbackService.requestFeedback(me, "My demo on Friday?", null));
        // as "My work" links it: the address opens the requests tab
        com.vaadin.flow.component.UI.getCurrent().navigate("performance/feedback",
                com.vaadin.flow.router.QueryParameters.of(FeedbackView.TAB, FeedbackView.REQUESTS));
        roundTrip();
        FeedbackView view = (FeedbackView) getCurrentView();
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.requestsTab);

        var grid = test(view.requests.toMe);
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id() == requestId)
                .findFirst().orElseThrow();
        var buttons = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) grid.getCellComponent(row, 4);
        Button answer = (Button) buttons.getComponentAt(0);
        assertThat(answer.getId()).hasValue("feedback-answer-" + requestId);
        test(answer).click();
        FeedbackDialog dialog = $(FeedbackDialog.class).single();
        assertThat(dialog.recipient.getValue().id()).isEqualTo(rita.id());
        test(dialog.text).setValue("Clear structure, end with a question.");
        test(dialog.save).click();

        assertThat(rita.run(() -> feedbackService.received(PageRequest.of(0, 5)).getContent()))
                .extracting(FeedbackListItem::text).containsExactly("Clear structure, end with a question.");
        assertThat(feedbackService.requestsToMe(PageRequest.of(0, 50)).getContent())
                .noneMatch(r -> r.id() == requestId);
    }

    @Test
    void a_colleague_without_the_right_gets_not_found_for_private_feedback_by_its_address() {
        Person rita = person("rita");
        Person tom = person("tom");
        long id = tom.run(() -> feedbackService.give(new FeedbackDraft(rita.id(), FeedbackType.CONCERN,
                FeedbackVisibility.PRIVATE, "Between us")));

        FeedbackView view = open("performance/feedback/" + id, FeedbackView.class);

        assertThat(view.detail.isVisible()).isFalse();
        assertThat(view.body.getText()).isEmpty();
    }

    private Person person(String name) {
        return new TestOrg(userService, teamService).person(name + suffix(), Role.STAFF);
    }

    private static String suffix() {
        return Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    }

    private static String displayName(Person p) {
        return p.username().substring(0, 1).toUpperCase() + p.username().substring(1);
    }

    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}

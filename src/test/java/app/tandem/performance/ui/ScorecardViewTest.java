package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithTandemUser(roles = Role.MANAGER)
class ScorecardViewTest extends BrowserlessViewTest {

    @Autowired
    FeedbackService feedbackService;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;

    @Test
    void the_scorecard_counts_the_feedback_a_person_received_by_type_that_the_reader_may_read() {
        TestOrg org = new TestOrg(userService, teamService);
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        Person rita = org.person("rita" + suffix, Role.STAFF);
        Person tom = org.person("tom" + suffix, Role.STAFF);
        feedbackService.give(new FeedbackDraft(rita.id(), FeedbackType.PRAISE, FeedbackVisibility.PUBLIC,
                "Great demo for the new customer"));
        feedbackService.give(new FeedbackDraft(rita.id(), FeedbackType.COACHING, FeedbackVisibility.PRIVATE_AND_MANAGER,
                "Send the summary the same day"));
        tom.run(() -> feedbackService.give(new FeedbackDraft(rita.id(), FeedbackType.PRAISE, FeedbackVisibility.PRIVATE,
                "Thanks for covering my calls")));

        ScorecardView view = open("performance/scorecard/" + rita.id(), ScorecardView.class);

        assertThat(view.feedbackTotal.getText()).as("tom's private praise is not the manager's to count").isEqualTo("2");
        assertThat(view.feedbackDetail.getText()).isEqualTo(text("feedback.type.PRAISE") + " 1 · "
                + text("feedback.type.COACHING") + " 1 · " + text("feedback.type.CONCERN") + " 0 · "
                + text("feedback.type.FORMAL_WARNING") + " 0");
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}

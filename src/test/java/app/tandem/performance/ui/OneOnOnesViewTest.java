package app.tandem.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.Cadence;
import app.tandem.performance.OneOnOneService;
import app.tandem.performance.TalkingPointItem;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithTandemUser(roles = Role.MANAGER)
class OneOnOnesViewTest extends BrowserlessViewTest {

    @Autowired
    OneOnOneService oneOnOnes;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;

    @Test
    void holding_a_1on1_opens_the_next_meeting_with_the_unticked_points_carried_over() {
        Person rita = new TestOrg(userService, teamService).person("rita" + suffix(), Role.STAFF);
        LocalDate first = LocalDate.parse("2026-06-01");
        long meetingId = oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, first);
        OneOnOnesView view = open("performance/one-on-ones/" + meetingId, OneOnOnesView.class);

        test(view.points.newPoint).setValue("Pipeline review");
        test(view.points.addPoint).click();
        test(view.points.newPoint).setValue("Training wishes");
        test(view.points.addPoint).click();
        long pipeline = oneOnOnes.points(meetingId).getFirst().id();
        test($(Checkbox.class).id("oneonone-point-" + pipeline)).click();
        test(view.actions.newAction).setValue("Book the CRM training");
        test(view.actions.newActionOwner).selectItem(rita.username().substring(0, 1).toUpperCase()
                + rita.username().substring(1));
        test(view.actions.addAction).click();
        test(view.note.note).setValue("Rita wants more responsibility.");
        test(view.note.saveNote).click();
        test(view.hold).click();
        test($(ConfirmDialog.class).id("oneonone-hold-confirm")).confirm();

        long next = oneOnOnes.mySeries().stream().filter(s -> s.partnerId() == rita.id()).findFirst().orElseThrow()
                .nextMeetingId();
        assertThat(next).isNotEqualTo(meetingId);
        OneOnOnesView nextView = (OneOnOnesView) getCurrentView();
        assertThat(nextView.subtitle.getText()).contains(FeedbackTexts.date(UI.getCurrent().getLocale(),
                first.plusWeeks(1)));
        assertThat(oneOnOnes.points(next)).extracting(TalkingPointItem::text, TalkingPointItem::carriedOver)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Training wishes", true));
        assertThat(oneOnOnes.meeting(meetingId).held()).isTrue();
        assertThat(oneOnOnes.actions(meetingId)).hasSize(1);
        assertThat(oneOnOnes.myNote(meetingId)).isEqualTo("Rita wants more responsibility.");
        assertThat(rita.run(() -> oneOnOnes.myNote(meetingId))).as("the note is the manager's alone").isEmpty();
    }

    @Test
    void a_manager_starts_a_series_from_the_list_and_lands_on_its_first_meeting() {
        Person walt = new TestOrg(userService, teamService).person("walt" + suffix(), Role.STAFF);
        String name = walt.username().substring(0, 1).toUpperCase() + walt.username().substring(1);
        OneOnOnesView view = open("performance/one-on-ones", OneOnOnesView.class);
        assertThat(view.startSeries.isVisible()).isTrue();

        test(view.startSeries).click();
        SeriesDialog dialog = $(SeriesDialog.class).single();
        test(dialog.report).setFilter(name);
        test(dialog.report).selectItem(name);
        test(dialog.cadence).selectItem(UI.getCurrent().getTranslation("oneonone.cadence.MONTHLY"));
        test(dialog.start).click();

        OneOnOnesView page = (OneOnOnesView) getCurrentView();
        assertThat(page.page.isVisible()).isTrue();
        assertThat(page.title.getText()).contains(name);
        assertThat(oneOnOnes.mySeries()).extracting(s -> s.partnerName(), s -> s.cadence())
                .contains(org.assertj.core.groups.Tuple.tuple(name, Cadence.MONTHLY));
    }

    @Test
    void someone_outside_the_series_is_told_the_meeting_does_not_exist() {
        TestOrg org = new TestOrg(userService, teamService);
        Person sue = org.person("sue" + suffix(), Role.MANAGER);
        Person rita = org.person("rita" + suffix(), Role.STAFF);
        long meetingId = sue.run(() -> oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, LocalDate.now()));

        OneOnOnesView view = open("performance/one-on-ones/" + meetingId, OneOnOnesView.class);

        assertThat(view.page.isVisible()).isFalse();
        assertThat(view.list.isVisible()).isTrue();
        assertThat(List.of(view.title.getText())).containsExactly("");
    }

    private static String suffix() {
        return Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    }
}

package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemServiceTest
class OneOnOneServiceTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-06-01");

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    OneOnOneService oneOnOnes;
    @Autowired
    MutableClock clock;

    Person sue;
    Person rita;
    Person tom;
    Person otto;
    Person walt;
    Person max;
    Person ada;

    @BeforeEach
    void twoTeamsAManagerAndAnAdmin() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        rita = org.person("rita", Role.STAFF);
        tom = org.person("tom", Role.STAFF);
        otto = org.person("otto", Role.SUPERVISOR, Role.STAFF);
        walt = org.person("walt", Role.STAFF);
        max = org.person("max", Role.MANAGER);
        ada = org.person("ada", Role.ADMIN, Role.MANAGER);
        org.team("East", TeamKind.SALES, sue, rita, tom, sue);
        org.team("West", TeamKind.SALES, otto, walt, otto);
    }

    @Test
    void a_supervisor_starts_a_series_with_their_report_only_and_a_manager_with_anyone() {
        long first = sue.run(() -> oneOnOnes.startSeries(rita.id(), Cadence.BIWEEKLY, MONDAY));

        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.startSeries(walt.id(), Cadence.WEEKLY, MONDAY)))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.series.not-your-report");
        assertThatThrownBy(() -> tom.exec(() -> oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, MONDAY)))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.series.not-your-report");
        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, MONDAY)))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.series.exists");
        max.exec(() -> oneOnOnes.startSeries(walt.id(), Cadence.MONTHLY, MONDAY));

        assertThat(rita.run(() -> oneOnOnes.mySeries())).singleElement().satisfies(s -> {
            assertThat(s.partnerName()).isEqualTo("Sue");
            assertThat(s.lead()).isFalse();
            assertThat(s.nextMeetingId()).isEqualTo(first);
            assertThat(s.nextDate()).isEqualTo(MONDAY);
        });
        assertThat(sue.run(() -> oneOnOnes.possibleReports(null, org.springframework.data.domain.PageRequest.of(0, 10))
                .getContent())).extracting(r -> r.username()).containsExactlyInAnyOrder("rita", "tom");
        assertThat(walt.run(() -> oneOnOnes.mySeries())).extracting(SeriesItem::partnerName).containsExactly("Max");
    }

    @Test
    void holding_a_meeting_schedules_the_next_one_a_cadence_later_and_carries_the_unticked_points_over() {
        long first = sue.run(() -> oneOnOnes.startSeries(rita.id(), Cadence.BIWEEKLY, MONDAY));
        sue.exec(() -> oneOnOnes.addPoint(first, "Q3 pipeline"));
        rita.exec(() -> oneOnOnes.addPoint(first, "Training budget"));
        rita.exec(() -> oneOnOnes.addPoint(first, "Holiday plan"));
        long pipeline = rita.run(() -> oneOnOnes.points(first)).getFirst().id();
        rita.exec(() -> oneOnOnes.tickPoint(pipeline, true));

        long version = sue.run(() -> oneOnOnes.meeting(first).version());
        long next = rita.run(() -> oneOnOnes.hold(first, version));

        MeetingData held = sue.run(() -> oneOnOnes.meeting(first));
        MeetingData open = sue.run(() -> oneOnOnes.meeting(next));
        assertThat(held.held()).isTrue();
        assertThat(held.nextMeetingId()).isEqualTo(next);
        assertThat(open.scheduledDate()).isEqualTo(MONDAY.plusWeeks(2));
        assertThat(open.previousMeetingId()).isEqualTo(first);
        assertThat(sue.run(() -> oneOnOnes.points(next))).extracting(TalkingPointItem::text,
                TalkingPointItem::authorName, TalkingPointItem::done, TalkingPointItem::carriedOver).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Training budget", "Rita", false, true),
                        org.assertj.core.groups.Tuple.tuple("Holiday plan", "Rita", false, true));
        assertThat(sue.run(() -> oneOnOnes.points(first))).hasSize(3);
        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.addPoint(first, "Too late")))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.meeting.held");
        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.hold(first, held.version())))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.meeting.held");
        assertThat(rita.run(() -> oneOnOnes.mySeries())).singleElement().satisfies(s -> {
            assertThat(s.nextMeetingId()).isEqualTo(next);
            assertThat(s.lastHeld()).isEqualTo(MONDAY);
        });
    }

    @Test
    void a_monthly_series_moves_by_calendar_month() {
        assertThat(Cadence.MONTHLY.after(LocalDate.parse("2026-01-31"))).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(Cadence.WEEKLY.after(MONDAY)).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void private_notes_are_read_by_their_author_only_whatever_the_role() {
        long meeting = max.run(() -> oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, MONDAY));
        max.exec(() -> oneOnOnes.saveMyNote(meeting, "Rita seems stretched; ask about workload."));
        rita.exec(() -> oneOnOnes.saveMyNote(meeting, "Ask for the sales training."));
        rita.exec(() -> oneOnOnes.saveMyNote(meeting, "Ask for the sales training in October."));

        assertThat(max.run(() -> oneOnOnes.myNote(meeting))).isEqualTo("Rita seems stretched; ask about workload.");
        assertThat(rita.run(() -> oneOnOnes.myNote(meeting))).isEqualTo("Ask for the sales training in October.");
        for (Person outsider : List.of(ada, sue, tom)) {
            assertThatThrownBy(() -> outsider.exec(() -> oneOnOnes.myNote(meeting))).as(outsider.username())
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> outsider.exec(() -> oneOnOnes.meeting(meeting))).as(outsider.username())
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(outsider.run(() -> oneOnOnes.mySeries())).as(outsider.username()).isEmpty();
        }
    }

    @Test
    void action_items_are_owned_by_one_of_the_two_and_ticked_off_also_after_the_meeting() {
        long meeting = sue.run(() -> oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, MONDAY));
        sue.exec(() -> oneOnOnes.addAction(meeting, "Book the sales training", rita.id(), MONDAY.plusDays(10)));
        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.addAction(meeting, "Tom does it", tom.id(), null)))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.action.owner-not-participant");
        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.addAction(meeting, " ", rita.id(), null)))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.action.required");
        long version = sue.run(() -> oneOnOnes.meeting(meeting).version());
        sue.exec(() -> oneOnOnes.hold(meeting, version));

        assertThatThrownBy(() -> sue.exec(() -> oneOnOnes.addAction(meeting, "Late", rita.id(), null)))
                .isInstanceOf(DomainException.class).hasMessage("oneonone.meeting.held");
        long action = rita.run(() -> oneOnOnes.actions(meeting)).getFirst().id();
        assertThat(rita.run(() -> oneOnOnes.myOpenActions())).as("rita's open items, across her meetings")
                .extracting(OpenActionItem::text, OpenActionItem::meetingId)
                .containsExactly(tuple("Book the sales training", meeting));
        assertThat(sue.run(() -> oneOnOnes.myOpenActions())).as("sue owns none").isEmpty();
        rita.exec(() -> oneOnOnes.tickAction(action, true));
        assertThat(rita.run(() -> oneOnOnes.myOpenActions())).as("done items leave the list").isEmpty();
        assertThatThrownBy(() -> tom.exec(() -> oneOnOnes.tickAction(action, false)))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(sue.run(() -> oneOnOnes.actions(meeting))).singleElement().satisfies(a -> {
            assertThat(a.ownerName()).isEqualTo("Rita");
            assertThat(a.dueDate()).isEqualTo(MONDAY.plusDays(10));
            assertThat(a.done()).isTrue();
        });
    }
}

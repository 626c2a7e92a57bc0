package app.tandem.performance.domain;

import app.tandem.base.DemoMode;
import app.tandem.performance.Cadence;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.performance.RecordLink;
import app.tandem.performance.RecordLinkType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo feedback and 1:1s, seeded once (after the demo users, CRM and improvements) into an empty module:
 * feedback of every type and visibility between the demo users and their teams, an unacknowledged formal
 * warning for {@code staff}, open feedback requests, and a 1:1 series supervisor-staff with one held meeting
 * and the next one open with the points carried over.
 */
@Component
@Conditional(DemoMode.class)
@Order(55)
class FeedbackDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

    private final FeedbackRepository feedback;
    private final FeedbackNoteRepository notes;
    private final FeedbackRequestRepository requests;
    private final OneOnOneTables tables;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FeedbackDemoData(FeedbackRepository feedback, FeedbackNoteRepository notes, FeedbackRequestRepository requests,
            OneOnOneTables tables, JdbcTemplate jdbc, Clock clock) {
        this.tables = tables;
        this.feedback = feedback;
        this.notes = notes;
        this.requests = requests;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Person(long id, String username, String name, @Nullable Long teamId) {
    }

    @Override
    @Transactional(timeout = DemoMode.SEED_TIMEOUT_SECONDS)
    public void run(ApplicationArguments args) {
        if (feedback.count() > 0 || tables.series().count() > 0) {
            return;
        }
        // the org feature's demo people, read as plain rows: people are ids here
        List<Person> people = jdbc.query("""
                select u.id, u.username, u.display_name, u.team_id from app_user u where u.active = true order by u.id
                """, (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4)));
        Optional<Person> supervisor = named(people, "supervisor");
        Optional<Person> staff = named(people, "staff");
        Optional<Person> manager = named(people, "manager");
        if (supervisor.isEmpty() || staff.isEmpty() || manager.isEmpty()) {
            return;
        }
        Person sam = supervisor.get();
        Person stella = staff.get();
        Person max = manager.get();
        Person olga = named(people, "officer").orElse(max);
        List<Person> teammates = people.stream().filter(p -> p.teamId() != null && p.teamId().equals(stella.teamId())
                && p.id() != stella.id() && p.id() != sam.id()).toList();
        Person tina = teammates.isEmpty() ? max : teammates.getFirst();
        Person tim = teammates.size() > 1 ? teammates.get(1) : tina;
        List<Person> others = people.stream().filter(p -> p.teamId() != null && !p.teamId().equals(stella.teamId())
                && !p.username().equals("officer")).toList();
        Person westSupervisor = supervisorOf(others).orElse(max);
        Person westie = others.stream().filter(p -> p.id() != westSupervisor.id()
                && p.teamId().equals(westSupervisor.teamId())).findFirst().orElse(tim);
        Instant now = clock.instant();

        RecordLink deal = link(RecordLinkType.DEAL,
                "select id, name from deal where owner_id = ? order by id limit 1", stella.id());
        RecordLink account = link(RecordLinkType.ACCOUNT,
                "select id, name from account where owner_id = ? order by id limit 1", stella.id());
        RecordLink item = link(RecordLinkType.IMPROVEMENT_ITEM,
                "select id, title from improvement_item where submitter_id = ? order by id limit 1", stella.id());

        give(sam, stella, FeedbackType.COACHING, FeedbackVisibility.PRIVATE_AND_MANAGER,
                "In the Acme call, open with the customer's goals before the product tour; "
                        + "the last two demos ran out of time before pricing.", account, now.minus(Duration.ofDays(12)));
        give(max, stella, FeedbackType.PRAISE, FeedbackVisibility.PUBLIC,
                "Great close on this deal: clear proposal, and the customer signed a week early.", deal,
                now.minus(Duration.ofDays(9)));
        give(tina, stella, FeedbackType.PRAISE, FeedbackVisibility.PUBLIC,
                "Thanks for covering my calls while I was ill, the customers did not notice a thing.", null,
                now.minus(Duration.ofDays(6)));
        give(olga, stella, FeedbackType.CONCERN, FeedbackVisibility.PRIVATE_AND_MANAGER,
                "The customer data in the improvement idea should not include private phone numbers.", item,
                now.minus(Duration.ofDays(4)));
        give(stella, tina, FeedbackType.PRAISE, FeedbackVisibility.PRIVATE,
                "Your quote template saved me an hour today.", null, now.minus(Duration.ofDays(3)));
        give(sam, tim, FeedbackType.CONCERN, FeedbackVisibility.MANAGER_ONLY,
                "Tim's pipeline has had no new deals for six weeks; to be discussed in his next 1:1.", null,
                now.minus(Duration.ofDays(8)));
        give(sam, tim, FeedbackType.COACHING, FeedbackVisibility.PUBLIC,
                "Log the calls on the same day, so the team sees who spoke to whom.", null,
                now.minus(Duration.ofDays(15)));
        give(max, sam, FeedbackType.COACHING, FeedbackVisibility.PRIVATE,
                "Delegate the weekly report to one of the team; it takes you half a day.", null,
                now.minus(Duration.ofDays(20)));
        give(westSupervisor, westie, FeedbackType.PRAISE, FeedbackVisibility.PUBLIC,
                "Best month of the year for the West team, thanks to your two new accounts.", null,
                now.minus(Duration.ofDays(5)));
        Feedback acknowledged = give(max, westie, FeedbackType.FORMAL_WARNING, FeedbackVisibility.PRIVATE_AND_MANAGER,
                "Customer discounts above 15 % were granted twice without approval.", null,
                now.minus(Duration.ofDays(30)));
        acknowledged.acknowledge(now.minus(Duration.ofDays(29)));
        feedback.save(acknowledged);
        notes.save(new FeedbackNote(acknowledged.getId(), westie.id(),
                "Understood; I did not know the approval limit had changed.", now.minus(Duration.ofDays(29))));
        notes.save(new FeedbackNote(acknowledged.getId(), max.id(),
                "Limits are now shown in the quote form. Review in one month.", now.minus(Duration.ofDays(28))));
        give(sam, stella, FeedbackType.FORMAL_WARNING, FeedbackVisibility.PRIVATE_AND_MANAGER,
                "Safety shoes were not worn in the warehouse twice this month, after a reminder.", null,
                now.minus(Duration.ofDays(1)));

        requests.save(new FeedbackRequest(stella.id(), sam.id(), "How did my pitch to the new customer go?",
                deal, now.minus(Duration.ofDays(2))));
        requests.save(new FeedbackRequest(tina.id(), stella.id(), "Was my handover note for your accounts clear?",
                null, now.minus(Duration.ofDays(1))));
        FeedbackRequest declined = new FeedbackRequest(tim.id(), stella.id(), "What did you think of my forecast?",
                null, now.minus(Duration.ofDays(10)));
        declined.decline("I was not in that meeting.", now.minus(Duration.ofDays(9)));
        requests.save(declined);

        oneOnOnes(sam, stella, max, now);
        log.info("Demo data: {} pieces of feedback, {} requests and {} 1:1 series", feedback.count(),
                requests.count(), tables.series().count());
    }

    /** Supervisor and staff meet every two weeks: one meeting held, the next open with the carried tables.points(). */
    private void oneOnOnes(Person sam, Person stella, Person max, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        OneOnOneSeries pair = tables.series().save(new OneOnOneSeries(sam.id(), stella.id(), Cadence.BIWEEKLY));
        OneOnOneMeeting held = tables.meetings().save(new OneOnOneMeeting(pair.getId(), today.minusWeeks(2)));
        TalkingPoint pipeline = new TalkingPoint(held.getId(), sam.id(), "Q3 pipeline review", false);
        pipeline.setDone(true);
        tables.points().save(pipeline);
        TalkingPoint holiday = new TalkingPoint(held.getId(), stella.id(), "Holiday plan for August", false);
        holiday.setDone(true);
        tables.points().save(holiday);
        TalkingPoint training = tables.points().save(new TalkingPoint(held.getId(), stella.id(),
                "Budget for the advanced CRM training", false));
        TalkingPoint mentoring = tables.points().save(new TalkingPoint(held.getId(), sam.id(),
                "Mentoring the new colleague in the team", false));
        MeetingAction forecast = new MeetingAction(held.getId(), "Send the updated forecast for Q3", stella.id(),
                today.minusWeeks(1));
        forecast.setDone(true);
        tables.actions().save(forecast);
        tables.actions().save(new MeetingAction(held.getId(), "Ask HR for the training budget", sam.id(),
                today.plusDays(3)));
        PrivateNote samsNote = new PrivateNote(held.getId(), sam.id());
        samsNote.setText("Stella is ready for larger accounts; propose her for the key-account pilot.");
        tables.privateNotes().save(samsNote);
        held.hold(now.minus(Duration.ofDays(14)));
        tables.meetings().save(held);

        OneOnOneMeeting next = tables.meetings().save(new OneOnOneMeeting(pair.getId(),
                Cadence.BIWEEKLY.after(held.getScheduledDate())));
        tables.points().save(training.carryTo(next.getId()));
        tables.points().save(mentoring.carryTo(next.getId()));
        tables.points().save(new TalkingPoint(next.getId(), stella.id(), "Feedback on my pitch to the new customer",
                false));

        OneOnOneSeries lead = tables.series().save(new OneOnOneSeries(max.id(), sam.id(), Cadence.MONTHLY));
        OneOnOneMeeting first = tables.meetings().save(new OneOnOneMeeting(lead.getId(), today.plusDays(7)));
        tables.points().save(new TalkingPoint(first.getId(), max.id(), "Team targets for the next quarter", false));
    }

    private Feedback give(Person from, Person to, FeedbackType type, FeedbackVisibility visibility, String text,
            @Nullable RecordLink link, Instant at) {
        Feedback given = new Feedback(from.id(), to.id(), type, null, at);
        given.setVisibility(visibility);
        given.setText(text);
        given.setLink(link);
        return feedback.save(given);
    }

    private @Nullable RecordLink link(RecordLinkType type, String sql, long ownerId) {
        return jdbc.query(sql, (rs, i) -> new RecordLink(type, rs.getLong(1), rs.getString(2)), ownerId).stream()
                .findFirst().orElse(null);
    }

    private Optional<Person> supervisorOf(List<Person> candidates) {
        return candidates.stream().filter(p -> jdbc.queryForObject(
                "select count(*) from team where supervisor_id = ?", Long.class, p.id()) > 0).findFirst();
    }

    private static Optional<Person> named(List<Person> people, String username) {
        return people.stream().filter(p -> p.username().equals(username)).findFirst();
    }
}

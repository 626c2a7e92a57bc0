package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.base.HistoryEntry;
import app.tandem.base.RecordNotFoundException;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@TandemServiceTest
class FeedbackServiceTest {

    static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");
    static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    FeedbackService feedbackService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    MutableClock clock;

    /** The readers of the visibility table, by the part they play for feedback to {@code recipient}. */
    final Map<String, Person> people = new LinkedHashMap<>();
    Person giver;
    Person recipient;
    Person teammate;
    Person supervisor;
    Person otherSupervisor;
    Person manager;
    Person admin;
    Person officer;

    @BeforeEach
    void twoTeamsWithTheirSupervisorsAManagerAnAdminAndAnOfficer() {
        clock.setInstant(NOON);
        TestOrg org = new TestOrg(userService, teamService);
        giver = org.person("gary", Role.STAFF);
        recipient = org.person("rita", Role.STAFF);
        teammate = org.person("tom", Role.STAFF);
        supervisor = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        otherSupervisor = org.person("otto", Role.SUPERVISOR, Role.STAFF);
        manager = org.person("max", Role.MANAGER);
        admin = org.person("ada", Role.ADMIN);
        officer = org.person("olga", Role.COMPLIANCE_OFFICER, Role.STAFF);
        org.team("East", TeamKind.SALES, supervisor, recipient, teammate, supervisor);
        org.team("West", TeamKind.SALES, otherSupervisor, giver, otherSupervisor);
        people.put("giver", giver);
        people.put("recipient", recipient);
        people.put("teammate", teammate);
        people.put("supervisor", supervisor);
        people.put("otherSupervisor", otherSupervisor);
        people.put("manager", manager);
        people.put("admin", admin);
        people.put("officer", officer);
    }

    // --- visibility ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} by {2}: read by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            COACHING       | PUBLIC              | giver      | giver recipient teammate supervisor manager
            COACHING       | PRIVATE             | giver      | giver recipient
            COACHING       | PRIVATE_AND_MANAGER | giver      | giver recipient supervisor manager
            COACHING       | MANAGER_ONLY        | giver      | giver supervisor manager
            PRAISE         | PUBLIC              | supervisor | giver recipient teammate supervisor manager
            CONCERN        | MANAGER_ONLY        | manager    | giver supervisor manager
            FORMAL_WARNING | PUBLIC              | supervisor | giver recipient manager
            FORMAL_WARNING | PRIVATE             | manager    | giver recipient manager
            """)
    void each_visibility_is_read_by_exactly_its_readers_in_every_list_count_and_by_id(FeedbackType type,
            FeedbackVisibility visibility, String giverRole, String readers) {
        Person by = people.get(giverRole);
        long id = by.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), type, visibility,
                "Feedback " + type + " " + visibility)));
        Set<String> expected = Arrays.stream(readers.split(" ")).collect(Collectors.toSet());

        SoftAssertions soft = new SoftAssertions();
        people.forEach((role, reader) -> {
            // "giver" in the table is whoever gave it; the person named giver is a bystander otherwise
            boolean reads = reader.equals(by) ? expected.contains("giver")
                    : !role.equals("giver") && expected.contains(role);
            boolean mayRead = reads;
            soft.assertThat(reader.run(() -> canLoad(id))).as("%s loads it by id", role).isEqualTo(mayRead);
            soft.assertThat(reader.run(() -> feedbackService.countsByType(recipient.id(), JUNE_1, JUNE_1).of(type)))
                    .as("%s counts it", role).isEqualTo(mayRead ? 1L : 0L);
            if (reader.roles().contains(Role.MANAGER) || reader.roles().contains(Role.SUPERVISOR)) {
                boolean inLog = reader.run(() -> feedbackService.log(FeedbackLogFilter.any(), PageRequest.of(0, 50))
                        .stream().anyMatch(f -> f.id() == id));
                boolean ownTeamOrManager = reader.equals(manager) || reader.equals(supervisor);
                soft.assertThat(inLog).as("%s finds it in the team log", role).isEqualTo(mayRead && ownTeamOrManager);
            }
        });
        soft.assertThat(recipient.run(() -> feedbackService.received(PageRequest.of(0, 10)).stream()
                .anyMatch(f -> f.id() == id))).as("in the recipient's received list")
                .isEqualTo(expected.contains("recipient"));
        soft.assertThat(by.run(() -> feedbackService.given(PageRequest.of(0, 10)).stream()
                .anyMatch(f -> f.id() == id))).as("in the giver's given list").isTrue();
        soft.assertAll();
    }

    @Test
    void an_admin_reads_private_feedback_only_when_also_a_manager() {
        long id = giver.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.CONCERN,
                FeedbackVisibility.PRIVATE_AND_MANAGER, "Late again")));
        Person adminManager = new TestOrg(userService, teamService).person("amy", Role.ADMIN, Role.MANAGER);

        assertThat(admin.run(() -> canLoad(id))).isFalse();
        assertThat(adminManager.run(() -> canLoad(id))).isTrue();
    }

    // --- editing ------------------------------------------------------------------------------------

    @Test
    void the_giver_edits_feedback_for_24_hours_then_it_is_fixed_and_every_change_is_in_the_history() {
        long id = giver.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.PRAISE,
                FeedbackVisibility.PRIVATE, "Great demo")));

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        giver.exec(() -> {
            FeedbackData loaded = feedbackService.load(id);
            assertThat(loaded.mayEdit()).isTrue();
            feedbackService.update(id, loaded.version(), new FeedbackDraft(recipient.id(), FeedbackType.PRAISE,
                    FeedbackVisibility.PUBLIC, "Great demo, the customer signed"));
        });
        clock.advance(Duration.ofMinutes(2));

        giver.exec(() -> {
            FeedbackData loaded = feedbackService.load(id);
            assertThat(loaded.mayEdit()).isFalse();
            assertThat(loaded.text()).isEqualTo("Great demo, the customer signed");
            assertThat(loaded.visibility()).isEqualTo(FeedbackVisibility.PUBLIC);
            assertThatThrownBy(() -> feedbackService.update(id, loaded.version(), new FeedbackDraft(recipient.id(),
                    FeedbackType.PRAISE, FeedbackVisibility.PUBLIC, "Too late")))
                    .isInstanceOf(DomainException.class).hasMessage("feedback.edit.too-late");
            assertThat(feedbackService.history(id)).extracting(HistoryEntry::field, HistoryEntry::to)
                    .contains(org.assertj.core.groups.Tuple.tuple("text", "Great demo, the customer signed"),
                            org.assertj.core.groups.Tuple.tuple("visibility", "PUBLIC"),
                            org.assertj.core.groups.Tuple.tuple("text", "Great demo"));
        });
        assertThat(giver.run(() -> feedbackService.load(id).text())).isEqualTo("Great demo, the customer signed");
    }

    @Test
    void only_the_giver_edits_and_never_into_a_formal_warning() {
        long id = giver.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.COACHING,
                FeedbackVisibility.PRIVATE_AND_MANAGER, "Prepare the call")));

        assertThatThrownBy(() -> manager.exec(() -> feedbackService.update(id, 0, new FeedbackDraft(recipient.id(),
                FeedbackType.COACHING, FeedbackVisibility.PRIVATE_AND_MANAGER, "Changed by a manager"))))
                .isInstanceOf(DomainException.class).hasMessage("feedback.edit.not-giver");
        assertThatThrownBy(() -> giver.exec(() -> feedbackService.update(id, 0, new FeedbackDraft(recipient.id(),
                FeedbackType.FORMAL_WARNING, FeedbackVisibility.PRIVATE_AND_MANAGER, "Now a warning"))))
                .isInstanceOf(DomainException.class).hasMessage("feedback.warning.not-by-edit");
        assertThat(giver.run(() -> feedbackService.load(id).text())).isEqualTo("Prepare the call");
    }

    @Test
    void nobody_gives_feedback_to_themselves_and_empty_text_is_refused() {
        assertThatThrownBy(() -> giver.exec(() -> feedbackService.give(new FeedbackDraft(giver.id(),
                FeedbackType.PRAISE, FeedbackVisibility.PUBLIC, "Well done me"))))
                .isInstanceOf(DomainException.class).hasMessage("feedback.recipient.self");
        assertThatThrownBy(() -> giver.exec(() -> feedbackService.give(new FeedbackDraft(recipient.id(),
                FeedbackType.PRAISE, FeedbackVisibility.PUBLIC, "   "))))
                .isInstanceOf(DomainException.class).hasMessage("feedback.text.required");
        assertThat(recipient.run(() -> feedbackService.received(PageRequest.of(0, 5)).getContent())).isEmpty();
    }

    // --- formal warnings ----------------------------------------------------------------------------

    @Test
    void only_the_recipients_supervisor_or_a_manager_gives_a_formal_warning() {
        FeedbackDraft warning = new FeedbackDraft(recipient.id(), FeedbackType.FORMAL_WARNING,
                FeedbackVisibility.PRIVATE, "Repeated no-shows at customer meetings");

        for (Person notAllowed : List.of(giver, teammate, otherSupervisor, admin, officer)) {
            assertThatThrownBy(() -> notAllowed.exec(() -> feedbackService.give(warning)))
                    .as(notAllowed.username()).isInstanceOf(DomainException.class)
                    .hasMessage("feedback.warning.not-allowed");
        }
        assertThat(supervisor.run(() -> feedbackService.mayGiveFormalWarningTo(recipient.id()))).isTrue();
        assertThat(otherSupervisor.run(() -> feedbackService.mayGiveFormalWarningTo(recipient.id()))).isFalse();
        long bySupervisor = supervisor.run(() -> feedbackService.give(warning));
        long byManager = manager.run(() -> feedbackService.give(warning));

        assertThat(recipient.run(() -> feedbackService.load(bySupervisor).needsAcknowledgement())).isTrue();
        assertThat(recipient.run(() -> feedbackService.load(byManager).type())).isEqualTo(FeedbackType.FORMAL_WARNING);
        assertThat(recipient.run(() -> feedbackService.unacknowledgedWarnings())).isEqualTo(2);
    }

    @Test
    void the_recipient_acknowledges_a_warning_once_and_it_is_never_edited_only_followed_by_notes() {
        long id = supervisor.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(),
                FeedbackType.FORMAL_WARNING, FeedbackVisibility.PRIVATE_AND_MANAGER, "Safety rules ignored")));
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> supervisor.exec(() -> feedbackService.update(id, 0, new FeedbackDraft(
                recipient.id(), FeedbackType.FORMAL_WARNING, FeedbackVisibility.PRIVATE_AND_MANAGER, "Softer"))))
                .isInstanceOf(DomainException.class).hasMessage("feedback.warning.fixed");
        assertThatThrownBy(() -> supervisor.exec(() -> feedbackService.acknowledge(id)))
                .isInstanceOf(DomainException.class).hasMessage("feedback.acknowledge.not-recipient");
        FeedbackData acknowledged = recipient.run(() -> feedbackService.acknowledge(id));
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(NOON.plus(Duration.ofHours(2)));
        assertThat(acknowledged.mayAcknowledge()).isFalse();
        assertThatThrownBy(() -> recipient.exec(() -> feedbackService.acknowledge(id)))
                .isInstanceOf(DomainException.class).hasMessage("feedback.acknowledge.already");

        recipient.exec(() -> feedbackService.addNote(id, "I have read the safety rules again."));
        clock.advance(Duration.ofMinutes(5));
        supervisor.exec(() -> feedbackService.addNote(id, "Thanks, we review it in four weeks."));
        assertThatThrownBy(() -> otherSupervisor.exec(() -> feedbackService.addNote(id, "Me too")))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(manager.run(() -> feedbackService.notes(id))).extracting(FeedbackNoteItem::authorName,
                FeedbackNoteItem::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Rita", "I have read the safety rules again."),
                        org.assertj.core.groups.Tuple.tuple("Sue", "Thanks, we review it in four weeks."));
        assertThat(recipient.run(() -> feedbackService.load(id).text())).isEqualTo("Safety rules ignored");
        assertThat(recipient.run(() -> feedbackService.unacknowledgedWarnings())).isZero();
    }

    // --- counts for the scorecard -------------------------------------------------------------------

    @Test
    void counts_by_type_cover_the_days_of_the_period_and_only_readable_feedback() {
        giver.exec(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.PRAISE,
                FeedbackVisibility.PUBLIC, "Nice")));
        giver.exec(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.PRAISE,
                FeedbackVisibility.PRIVATE, "Nice, privately")));
        clock.setInstant(Instant.parse("2026-06-30T23:59:00Z"));
        supervisor.exec(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.COACHING,
                FeedbackVisibility.PRIVATE_AND_MANAGER, "Close the month")));
        clock.setInstant(Instant.parse("2026-07-01T00:00:00Z"));
        supervisor.exec(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.CONCERN,
                FeedbackVisibility.PRIVATE_AND_MANAGER, "July already")));

        FeedbackCounts june = manager.run(() -> feedbackService.countsByType(recipient.id(), JUNE_1,
                LocalDate.parse("2026-06-30")));
        FeedbackCounts ownJune = recipient.run(() -> feedbackService.countsByType(recipient.id(), JUNE_1,
                LocalDate.parse("2026-06-30")));

        assertThat(june.of(FeedbackType.PRAISE)).as("the private praise is not the manager's").isEqualTo(1);
        assertThat(june.of(FeedbackType.COACHING)).isEqualTo(1);
        assertThat(june.of(FeedbackType.CONCERN)).as("July is outside June").isZero();
        assertThat(ownJune.total()).isEqualTo(3);
    }

    // --- links --------------------------------------------------------------------------------------

    @Test
    void feedback_links_a_readable_record_with_its_own_label_and_an_unknown_record_is_refused() {
        long item = recipient.run(() -> improvementService.submitIdea(new IdeaDraft("Faster quotes",
                "Quotes take two days", null, null)));
        long id = teammate.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.PRAISE,
                FeedbackVisibility.PUBLIC, "Good idea", new RecordLink(RecordLinkType.IMPROVEMENT_ITEM, item,
                        "typed by the client"), null)));

        RecordLink link = recipient.run(() -> feedbackService.load(id).link());
        assertThat(link).isEqualTo(new RecordLink(RecordLinkType.IMPROVEMENT_ITEM, item, "Faster quotes"));
        assertThat(link.path()).isEqualTo("improvement/items/" + item);
        assertThatThrownBy(() -> teammate.exec(() -> feedbackService.give(new FeedbackDraft(recipient.id(),
                FeedbackType.PRAISE, FeedbackVisibility.PUBLIC, "Ghost", new RecordLink(RecordLinkType.DEAL, 999_999,
                        "No such deal"), null)))).isInstanceOf(RecordNotFoundException.class);
        assertThat(recipient.run(() -> feedbackService.received(PageRequest.of(0, 5)).getContent())).hasSize(1);
    }

    @Test
    void the_link_picker_offers_only_records_the_giver_may_read() {
        recipient.exec(() -> improvementService.submitIdea(new IdeaDraft("Faster quotes for repeat customers",
                "Quotes take two days", null, null)));

        assertThat(teammate.run(() -> feedbackService.findLinkable(RecordLinkType.IMPROVEMENT_ITEM, "quotes",
                PageRequest.of(0, 10)).getContent())).extracting(RecordLink::label)
                .containsExactly("Faster quotes for repeat customers");
        assertThat(giver.run(() -> feedbackService.findLinkable(RecordLinkType.IMPROVEMENT_ITEM, "quotes",
                PageRequest.of(0, 10)).getContent())).as("another team's idea").isEmpty();
        assertThat(teammate.run(() -> feedbackService.findLinkable(RecordLinkType.DEAL, null,
                PageRequest.of(0, 10)).getContent())).isEmpty();
        assertThat(teammate.run(() -> feedbackService.findLinkable(RecordLinkType.ACCOUNT, "acme",
                PageRequest.of(0, 10)).getContent())).isEmpty();
    }

    // --- requests -----------------------------------------------------------------------------------

    @Test
    void a_request_stays_in_the_asked_colleagues_list_until_answered_with_feedback() {
        long requestId = recipient.run(() -> feedbackService.requestFeedback(teammate.id(),
                "How was my pitch to Acme?", null));
        assertThat(teammate.run(() -> feedbackService.requestsToMe(PageRequest.of(0, 5)).getContent()))
                .extracting(FeedbackRequestItem::subject).containsExactly("How was my pitch to Acme?");
        assertThatThrownBy(() -> giver.exec(() -> feedbackService.loadRequest(requestId)))
                .isInstanceOf(RecordNotFoundException.class);

        long answer = teammate.run(() -> feedbackService.give(new FeedbackDraft(0, FeedbackType.COACHING,
                FeedbackVisibility.PRIVATE, "Slow down on the pricing slide", null, requestId)));

        assertThat(teammate.run(() -> feedbackService.requestsToMe(PageRequest.of(0, 5)).getContent())).isEmpty();
        assertThat(recipient.run(() -> feedbackService.requestsByMe(PageRequest.of(0, 5)).getContent()))
                .extracting(FeedbackRequestItem::status).containsExactly(FeedbackRequestStatus.ANSWERED);
        assertThat(recipient.run(() -> feedbackService.load(answer).recipientId())).isEqualTo(recipient.id());
        assertThatThrownBy(() -> teammate.exec(() -> feedbackService.give(new FeedbackDraft(0, FeedbackType.PRAISE,
                FeedbackVisibility.PRIVATE, "Twice", null, requestId))))
                .isInstanceOf(DomainException.class).hasMessage("feedback.request.closed");
    }

    @Test
    void only_the_asked_colleague_declines_a_request_with_an_optional_reason() {
        long requestId = recipient.run(() -> feedbackService.requestFeedback(teammate.id(), "My report?", null));

        assertThatThrownBy(() -> recipient.exec(() -> feedbackService.declineRequest(requestId, null)))
                .isInstanceOf(DomainException.class).hasMessage("feedback.request.not-asked");
        teammate.exec(() -> feedbackService.declineRequest(requestId, "I did not read it"));

        FeedbackRequestItem declined = recipient.run(() -> feedbackService.loadRequest(requestId));
        assertThat(declined.status()).isEqualTo(FeedbackRequestStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("I did not read it");
        assertThat(teammate.run(() -> feedbackService.requestsToMe(PageRequest.of(0, 5)).getContent())).isEmpty();
    }

    private boolean canLoad(long id) {
        try {
            feedbackService.load(id);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }
}

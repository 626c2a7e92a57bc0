package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static app.tandem.compliance.ComplianceFixture.FRIDGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg.Person;
import app.tandem.notification.NotificationItem;
import app.tandem.notification.NotificationJobs;
import app.tandem.base.NotificationKind;
import app.tandem.notification.NotificationService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** The compliance module's notifications: findings opened and given to someone, runs signed off, runs falling due. */
@TandemServiceTest
class ComplianceNotificationsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    RunSignOffService signOffs;
    @Autowired
    FindingService findings;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationJobs jobs;

    ComplianceFixture f;
    long run;

    @BeforeEach
    void annasRun() {
        f = ComplianceFixture.in(context);
        run = f.annasRun("2026-06-01");
    }

    List<NotificationItem> inbox(Person who) {
        return who.run(() -> notifications.list(false, PageRequest.of(0, 50)).getContent());
    }

    void submit(String aisles, String extinguisher, String fridge) {
        f.annaAnswersAll(run, aisles, extinguisher, fridge);
        f.anna.exec(() -> runs.note(run, f.item(run, AISLES), "Checked with Ben"));
        f.anna.exec(() -> evidence.addEvidence(run, f.item(run, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), null));
        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
    }

    @Test
    void a_failed_item_tells_the_findings_owner_with_a_link_to_the_run() {
        submit("PASS", "FAIL", "11");

        assertThat(inbox(f.sue)).filteredOn(n -> n.kind() == NotificationKind.FINDING_OPENED)
                .extracting(NotificationItem::recordType, NotificationItem::recordId, NotificationItem::title,
                        NotificationItem::actorName)
                .containsExactlyInAnyOrder(tuple("CHECKLIST_RUN", run, EXTINGUISHER, "anna"),
                        tuple("CHECKLIST_RUN", run, FRIDGE, "anna"));
        assertThat(inbox(f.anna)).as("the one who submitted").isEmpty();
    }

    @Test
    void signing_off_tells_the_one_who_filled_the_run_in_and_not_the_officer() {
        submit("PASS", "PASS", "5");

        f.olga.run(() -> signOffs.signOff(run, f.version(run)));

        assertThat(inbox(f.anna)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title, NotificationItem::actorName).containsExactly(
                        tuple(NotificationKind.RUN_SIGNED_OFF, "CHECKLIST_RUN", run,
                                "Warehouse safety walk · 2026-06-01", "olga"));
        assertThat(inbox(f.olga)).isEmpty();
    }

    @Test
    void giving_a_finding_to_someone_else_tells_them() {
        submit("PASS", "FAIL", "11");
        FindingListItem finding = f.olga.run(() -> findings.ofRun(run)).stream()
                .filter(x -> x.title().equals(FRIDGE)).findFirst().orElseThrow();

        f.olga.exec(() -> findings.update(finding.id(), finding.version(), f.ben.id(), finding.dueDate(),
                FindingStatus.ACTION_PLANNED));

        assertThat(inbox(f.ben)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title)
                .containsExactly(tuple(NotificationKind.ASSIGNED, "CHECKLIST_RUN", run, FRIDGE));
    }

    @Test
    void a_run_due_tomorrow_and_then_overdue_is_told_once_each() {
        LocalDate due = f.anna.run(() -> runs.load(run)).dueOn();
        f.clock.setInstant(due.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC));

        jobs.runOnce();
        jobs.runOnce();
        assertThat(inbox(f.anna)).filteredOn(n -> n.recordId() == run).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.DUE_SOON);

        f.clock.setInstant(due.plusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC));
        jobs.runOnce();
        jobs.runOnce();
        assertThat(inbox(f.anna)).filteredOn(n -> n.recordId() == run).extracting(NotificationItem::kind)
                .containsExactlyInAnyOrder(NotificationKind.DUE_SOON, NotificationKind.OVERDUE);
    }
}

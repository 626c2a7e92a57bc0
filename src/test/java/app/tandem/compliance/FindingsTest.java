package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static app.tandem.compliance.ComplianceFixture.FRIDGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemLogService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class FindingsTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    FindingService findings;
    @Autowired
    ImprovementService improvement;
    @Autowired
    ItemLogService improvementLog;

    ComplianceFixture f;
    long first;

    @BeforeEach
    void aRunWithTwoFailures() {
        f = ComplianceFixture.in(context);
        first = f.annasRun("2026-06-01");
        f.annaAnswersAll(first, "PASS", "FAIL", "11");
        f.anna.exec(() -> evidence.addEvidence(first, f.item(first, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), null));
        assertThat(f.anna.run(() -> runs.submit(first)).submitted()).isTrue();
    }

    List<FindingListItem> all() {
        return f.olga.run(() -> findings.list(null, null, null, false, PageRequest.of(0, 50))).getContent();
    }

    FindingListItem finding(String title) {
        return all().stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
    }

    /** The next Monday's run, answered and submitted by Anna. */
    long nextRun(String occurrence, String aisles, String extinguisher, String fridge) {
        f.clock.advance(Duration.ofDays(7));
        long run = f.annasRun(occurrence);
        f.annaAnswersAll(run, aisles, extinguisher, fridge);
        if ("FAIL".equals(extinguisher)) {
            f.anna.exec(() -> evidence.addEvidence(run, f.item(run, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                    LocalDate.parse(occurrence), null));
        }
        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
        return run;
    }

    @Test
    void each_failed_item_becomes_a_finding_with_severity_owner_and_due_date() {
        assertThat(all()).extracting(FindingListItem::title, FindingListItem::severity, FindingListItem::owner,
                FindingListItem::dueDate, FindingListItem::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EXTINGUISHER, Severity.HIGH, "Sue",
                                LocalDate.parse("2026-06-08"), FindingStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple(FRIDGE, Severity.MEDIUM, "Sue",
                                LocalDate.parse("2026-06-15"), FindingStatus.OPEN));
    }

    @Test
    void a_finding_opens_a_corrective_action_linked_both_ways() {
        FindingListItem extinguisher = finding(EXTINGUISHER);
        assertThat(extinguisher.correctiveActionId()).isNotNull();

        ItemData action = f.sue.run(() -> improvement.load(extinguisher.correctiveActionId()));
        assertThat(action.kind()).isEqualTo(ItemKind.CORRECTIVE_ACTION);
        assertThat(action.ownerId()).isEqualTo(f.sue.id());
        assertThat(action.originType()).isEqualTo("CHECKLIST_FINDING");
        assertThat(action.originId()).isEqualTo(extinguisher.id());
        assertThat(action.originLabel()).contains("Warehouse safety walk", "2026-06-01");
        assertThat(action.dueDate()).isEqualTo(extinguisher.dueDate());
    }

    @Test
    void a_later_run_with_the_item_passing_closes_the_finding_and_moves_its_action_to_check() {
        FindingListItem extinguisher = finding(EXTINGUISHER);
        long action = extinguisher.correctiveActionId();
        f.max.run(() -> improvement.moveTo(action, ItemStatus.APPROVED, null, null));
        f.sue.run(() -> improvement.moveTo(action, ItemStatus.IN_PROGRESS, null, null));

        long second = nextRun("2026-06-08", "PASS", "PASS", "11");

        FindingListItem closed = finding(EXTINGUISHER);
        assertThat(closed.status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(closed.closedByRunId()).isEqualTo(second);
        assertThat(f.sue.run(() -> improvement.load(action)).status()).isEqualTo(ItemStatus.CHECKING);
        assertThat(f.sue.run(() -> improvementLog.log(action)).getFirst().text()).contains("run " + second);

        FindingListItem fridge = finding(FRIDGE);
        assertThat(fridge.status()).as("the fridge failed again").isEqualTo(FindingStatus.OPEN);
        assertThat(fridge.recurring()).isTrue();
        assertThat(all()).as("a recurring failure raises no second finding").hasSize(2);
    }

    @Test
    void an_item_not_applicable_in_the_later_run_closes_nothing() {
        nextRun("2026-06-08", "PASS", "NA", "5");
        assertThat(finding(EXTINGUISHER).status()).isEqualTo(FindingStatus.OPEN);
        assertThat(finding(FRIDGE).status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(f.sue.run(() -> improvement.load(finding(FRIDGE).correctiveActionId())).status())
                .as("an action not yet in progress only gets the evidence in its log").isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void officers_plan_and_verify_findings_but_never_close_them_by_hand() {
        FindingListItem fridge = finding(FRIDGE);
        f.olga.exec(() -> findings.update(fridge.id(), fridge.version(), f.ben.id(), LocalDate.parse("2026-06-20"),
                FindingStatus.ACTION_PLANNED));
        FindingListItem planned = finding(FRIDGE);
        assertThat(planned.owner()).isEqualTo("Ben");
        assertThat(planned.status()).isEqualTo(FindingStatus.ACTION_PLANNED);

        assertThatThrownBy(() -> f.olga.exec(() -> findings.update(planned.id(), planned.version(), f.ben.id(),
                planned.dueDate(), FindingStatus.CLOSED))).hasMessage("compliance.finding.close-by-run");
        assertThatThrownBy(() -> f.sue.run(() -> findings.list(null, null, null, false, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.olga.run(() -> findings.ofRun(first))).hasSize(2);
        assertThat(f.olga.run(() -> runs.load(first)).items().filter(i -> i.item().prompt().equals(AISLES))
                .findFirst().orElseThrow().result()).isEqualTo(ItemResult.PASS);
    }
}

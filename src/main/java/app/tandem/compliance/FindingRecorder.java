package app.tandem.compliance;

import app.tandem.compliance.domain.ChecklistRun;
import app.tandem.compliance.domain.Finding;
import app.tandem.compliance.domain.FindingRepository;
import app.tandem.improvement.CorrectiveActionRequest;
import app.tandem.improvement.ImprovementService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a submitted run means for findings, in the submit's transaction. Each failed item becomes a finding that
 * opens a corrective action in the improvement log (linked both ways), unless the schedule already has an unclosed
 * finding for that item: then that one is marked recurring. The effectiveness check: an unclosed finding of the
 * schedule whose item passes in this later run closes, and its corrective action gets this run as evidence (and
 * moves to its Check stage when it is in progress).
 */
@Component
class FindingRecorder {

    static final String ORIGIN = "CHECKLIST_FINDING";

    private final FindingRepository findings;
    private final ImprovementService improvement;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FindingRecorder(FindingRepository findings, ImprovementService improvement, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.findings = findings;
        this.improvement = improvement;
        this.clock = clock;
    }

    static String itemKey(TemplateItemData item) {
        return item.rule().type() + "|" + item.prompt().trim().toLowerCase(Locale.ROOT);
    }

    void recordSubmitted(ChecklistRun run, RunView view) {
        List<Finding> unclosed = run.getScheduleId() == null ? List.of()
                : findings.findUnclosedOfSchedule(run.getScheduleId(), run.getId());
        LocalDate today = LocalDate.now(clock);
        String runLabel = view.template() + " · " + run.getOccurrenceDate() + " · " + view.team();
        for (RunView.Item item : view.items().toList()) {
            String key = itemKey(item.item());
            List<Finding> earlier = unclosed.stream().filter(f -> f.getItemKey().equals(key)).toList();
            if (item.result() == ItemResult.FAIL) {
                if (!earlier.isEmpty()) {
                    earlier.forEach(Finding::markRecurring);
                    findings.saveAll(earlier);
                } else if (!findings.existsByRunIdAndItemId(run.getId(), item.item().id())) {
                    open(run, item, key, runLabel, today);
                }
            } else if (item.result() == ItemResult.PASS) {
                for (Finding finding : earlier) {
                    finding.close(run.getId(), clock.instant());
                    findings.save(finding);
                    if (finding.getCorrectiveActionId() != null) {
                        improvement.recordEffectiveness(finding.getCorrectiveActionId(), ORIGIN, finding.getId(),
                                "Passed in " + runLabel + " (run " + run.getId() + "): " + item.item().prompt());
                    }
                }
            }
        }
        findings.flush();
    }

    private void open(ChecklistRun run, RunView.Item item, String key, String runLabel, LocalDate today) {
        Severity severity = Severity.of(item.item().rule());
        long owner = findings.supervisorOf(run.getTeamId()).orElse(run.getAssigneeId());
        String title = item.item().prompt();
        Finding finding = findings.saveAndFlush(new Finding(run.getId(), item.item().id(), run.getScheduleId(),
                run.getTeamId(), key, title, severity, owner, today.plusDays(severity.daysToFix())));
        String problem = "Failed in " + runLabel + ": " + title
                + (item.value() == null ? "" : " (answer: " + item.value() + ")")
                + (item.note() == null ? "" : "\n" + item.note());
        long action = improvement.openCorrectiveAction(new CorrectiveActionRequest(cut(title, 200), problem,
                run.getTeamId(), owner, finding.getDueDate(), ORIGIN, finding.getId(), cut(runLabel, 200)));
        finding.setCorrectiveActionId(action);
        findings.save(finding);
        long actor = run.getSubmittedById() == null ? run.getAssigneeId() : run.getSubmittedById();
        if (owner != actor) {
            events.publishEvent(new FindingOpened(finding.getId(), run.getId(), cut(title, 200), owner, actor));
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package app.tandem.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A run as its page shows it: the header, the pinned version's sections and items with answers, and rights. */
public record RunView(long id, long version, String template, int templateVersion, String team, long assigneeId,
        String assignee, RunStatus status, LocalDate opensOn, LocalDate dueOn, boolean overdue, boolean completedLate,
        @Nullable Instant submittedAt, @Nullable Integer score, @Nullable Boolean criticalFailed, int passMark,
        @Nullable String missReason, List<Section> sections, Rights rights) {

    public record Section(long id, String title, List<Item> items) {
    }

    /** One item with its answer (null values while unanswered), evidence and what still keeps it from submitting. */
    public record Item(TemplateItemData item, @Nullable String value, @Nullable ItemResult result,
            @Nullable String note, boolean reconfirm, List<EvidenceRow> evidence, List<ItemProblem> problems) {
    }

    /** What the logged-in user may do with the run now. */
    public record Rights(boolean fill, boolean startFromLast, boolean signOff, boolean reopen, boolean approveMiss) {
    }

    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public boolean hasExpiredEvidence() {
        return items().anyMatch(i -> i.evidence().stream().anyMatch(EvidenceRow::expired));
    }
}

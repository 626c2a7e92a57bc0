package app.tandem.improvement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item as its page shows and edits it. On update the status fields (status, reason, revisit date), the
 * submitter, the origin and {@code overdue} are ignored: the status moves only through
 * {@code ImprovementService.moveTo}.
 */
public record ItemData(@Nullable Long id, long version, ItemKind kind, String title, String problemStatement,
        @Nullable Long areaId, @Nullable Long teamId, long submitterId, long ownerId, @Nullable Long approverId,
        Priority priority, @Nullable LocalDate dueDate, ItemStatus status, @Nullable String statusReason,
        @Nullable LocalDate revisitDate, @Nullable String originType, @Nullable Long originId,
        @Nullable String originLabel, @Nullable String background, @Nullable String currentState,
        @Nullable String goal, List<String> whySteps, @Nullable String countermeasures, @Nullable String results,
        @Nullable String followUp, boolean overdue) {
}

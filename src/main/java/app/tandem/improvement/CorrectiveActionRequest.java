package app.tandem.improvement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A corrective action another feature raises (e.g. compliance for a failed checklist item): what and why, the
 * team and owner who handle it, a due date, and the record it comes from ({@code originType} such as
 * "CHECKLIST_RUN_ITEM", its id and a label to show).
 */
public record CorrectiveActionRequest(String title, String problemStatement, @Nullable Long teamId, long ownerId,
        @Nullable LocalDate dueDate, String originType, long originId, String originLabel) {
}

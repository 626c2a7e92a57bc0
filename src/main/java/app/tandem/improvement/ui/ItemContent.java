package app.tandem.improvement.ui;

import app.tandem.improvement.AreaRef;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.Priority;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the item form edits, as its fields hold it: the pickers hold refs, the optional texts are empty rather than
 * null, and the why steps are lines of one text. Bound with {@code Binder.readRecord}/{@code writeRecord}, which
 * read the record by reflection and so need it public.
 */
public record ItemContent(String title, ItemKind kind, Priority priority, @Nullable AreaRef area,
        @Nullable TeamRef team, @Nullable UserRef owner, @Nullable UserRef approver, @Nullable LocalDate dueDate,
        String problemStatement, String background, String currentState, String goal, String whySteps,
        String countermeasures, String results, String followUp) {

    static ItemContent of(ItemData d, @Nullable AreaRef area, @Nullable TeamRef team, UserRef owner,
            @Nullable UserRef approver) {
        return new ItemContent(d.title(), d.kind(), d.priority(), area, team, owner, approver, d.dueDate(),
                d.problemStatement(), text(d.background()), text(d.currentState()), text(d.goal()),
                String.join("\n", d.whySteps()), text(d.countermeasures()), text(d.results()), text(d.followUp()));
    }

    /** The loaded item with this content; the form requires an owner. */
    ItemData applyTo(ItemData loaded) {
        if (owner == null) {
            throw new IllegalStateException("An item needs an owner");
        }
        return new ItemData(loaded.id(), loaded.version(), kind, title, problemStatement,
                area == null ? null : area.id(), team == null ? null : team.id(), loaded.submitterId(), owner.id(),
                approver == null ? null : approver.id(), priority, dueDate, loaded.status(), loaded.statusReason(),
                loaded.revisitDate(), loaded.originType(), loaded.originId(), loaded.originLabel(), background,
                currentState, goal, Arrays.stream(whySteps.split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
                        .toList(), countermeasures, results, followUp, loaded.overdue());
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}

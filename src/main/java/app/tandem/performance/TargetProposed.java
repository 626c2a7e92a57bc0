package app.tandem.performance;

import java.util.List;

/** Published when a supervisor proposes a target: the managers decide on it. */
public record TargetProposed(long targetId, String title, List<Long> managerIds, long actorId) {
}

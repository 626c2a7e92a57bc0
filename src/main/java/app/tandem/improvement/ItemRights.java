package app.tandem.improvement;

import java.util.Set;

/** What the current user may do with one item: edit its content, change its impacts, and which steps to take. */
public record ItemRights(boolean editContent, boolean editImpacts, boolean impactsLocked, Set<ItemStatus> moves) {
}

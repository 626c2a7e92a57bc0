package app.tandem.improvement;

import app.tandem.base.RecordNotFoundException;
import app.tandem.improvement.domain.ImprovementItem;
import app.tandem.improvement.domain.ImprovementItemRepository;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with improvement items. Reading: managers, admins and compliance officers all items;
 * everyone else their team's items and those they are involved in. Content: the owner, the submitter until
 * approval, the supervisor of the item's team, managers and admins. Approving, rejecting, deferring and
 * completing, and impacts of completed items: the approver, managers and admins.
 */
@Component
class ImprovementAccess {

    record ReadScope(boolean all, long userId, @Nullable Long teamId) {
    }

    private final CurrentUser currentUser;
    private final UserService userService;
    private final ImprovementItemRepository items;

    ImprovementAccess(CurrentUser currentUser, UserService userService, ImprovementItemRepository items) {
        this.currentUser = currentUser;
        this.userService = userService;
        this.items = items;
    }

    /** The item if the user may read it; otherwise "not found", whether it exists or not. */
    ImprovementItem readable(long id) {
        ReadScope scope = readScope();
        return items.findReadable(id, scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(ImprovementAccess::notFound);
    }

    ReadScope readScope() {
        long me = currentUser.id();
        return new ReadScope(isManager() || currentUser.hasRole(Role.COMPLIANCE_OFFICER), me,
                userService.teamIdOf(me).orElse(null));
    }

    boolean isManager() {
        return currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
    }

    boolean mayEditContent(ImprovementItem item) {
        long me = currentUser.id();
        if (isManager() || item.getOwnerId() == me) {
            return true;
        }
        if (item.getSubmitterId() == me && EnumSet.of(ItemStatus.DRAFT, ItemStatus.SUBMITTED, ItemStatus.DEFERRED)
                .contains(item.getStatus())) {
            return true;
        }
        return currentUser.hasRole(Role.SUPERVISOR) && item.getTeamId() != null
                && Objects.equals(userService.teamIdOf(me).orElse(null), item.getTeamId());
    }

    boolean mayApprove(ImprovementItem item) {
        return isManager() || Objects.equals(item.getApproverId(), currentUser.id());
    }

    boolean mayTake(ImprovementItem item, TransitionActor actor) {
        return switch (actor) {
            case OWNER -> mayEditContent(item);
            case APPROVER -> mayApprove(item);
        };
    }

    /** Impacts of a completed item are locked: only the approver or a manager changes them then. */
    boolean mayEditImpacts(ImprovementItem item) {
        return item.getStatus() == ItemStatus.COMPLETED ? mayApprove(item) : mayEditContent(item) || mayApprove(item);
    }

    Set<ItemStatus> movesOf(ImprovementItem item) {
        Set<ItemStatus> moves = EnumSet.noneOf(ItemStatus.class);
        for (ItemStatus next : item.getStatus().next()) {
            item.getStatus().actorFor(next).filter(actor -> mayTake(item, actor)).ifPresent(a -> moves.add(next));
        }
        return moves;
    }

    long me() {
        return currentUser.id();
    }

    String myName() {
        return currentUser.username();
    }

    static RecordNotFoundException notFound() {
        return new RecordNotFoundException();
    }
}

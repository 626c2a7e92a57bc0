package app.tandem.improvement;

import static app.tandem.improvement.ItemText.required;

import app.tandem.base.DomainException;
import app.tandem.improvement.domain.ImprovementAction;
import app.tandem.improvement.domain.ImprovementActionRepository;
import app.tandem.improvement.domain.ImprovementItem;
import app.tandem.org.UserService;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's implementation plan: what is to be done, by whom, by when, and whether it is done. Whoever may edit
 * the item's content changes its plan; an action's owner becomes involved in the item (and so may read it).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActionPlanService {

    private final ImprovementActionRepository actions;
    private final ImprovementAccess access;
    private final UserService userService;

    ActionPlanService(ImprovementActionRepository actions, ImprovementAccess access, UserService userService) {
        this.actions = actions;
        this.access = access;
        this.userService = userService;
    }

    public List<ActionRow> actions(long itemId) {
        access.readable(itemId);
        return actions.findByItemIdOrderByIdAsc(itemId).stream().map(ActionPlanService::toRow).toList();
    }

    /** Adds a plan row (no id) or changes one; a stale version is refused. */
    @Transactional
    public ActionRow saveAction(long itemId, ActionRow row) {
        editablePlanOf(itemId);
        ImprovementAction action;
        if (row.id() == null) {
            action = new ImprovementAction(itemId);
        } else {
            action = planRow(itemId, row.id());
            if (action.getVersion() != row.version()) {
                throw new OptimisticLockingFailureException("Action changed since it was loaded");
            }
        }
        action.setWhat(required(row.what(), "improvement.action.what-required", 500));
        if (row.ownerId() != null && !Objects.equals(row.ownerId(), action.getOwnerId())
                && !userService.isActive(row.ownerId())) {
            throw new DomainException("improvement.owner.inactive");
        }
        action.setOwnerId(row.ownerId());
        action.setDueDate(row.dueDate());
        action.setDone(row.done());
        return toRow(actions.saveAndFlush(action));
    }

    @Transactional
    public void deleteAction(long itemId, long actionId) {
        editablePlanOf(itemId);
        actions.delete(planRow(itemId, actionId));
    }

    private void editablePlanOf(long itemId) {
        ImprovementItem item = access.readable(itemId);
        if (!access.mayEditContent(item)) {
            throw new AccessDeniedException("Not allowed to change this item");
        }
    }

    private ImprovementAction planRow(long itemId, long actionId) {
        return actions.findById(actionId).filter(a -> a.getItemId() == itemId).orElseThrow(ImprovementAccess::notFound);
    }

    private static ActionRow toRow(ImprovementAction a) {
        return new ActionRow(a.getId(), a.getVersion(), a.getWhat(), a.getOwnerId(), a.getDueDate(), a.isDone());
    }
}

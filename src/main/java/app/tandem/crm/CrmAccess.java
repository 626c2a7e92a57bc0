package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.crm.domain.OwnedEntity;
import app.tandem.crm.domain.Scope;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with CRM records: managers and admins everything; supervisors read and edit their
 * team's; staff read their team's and edit their own; compliance officers read everything, change nothing.
 */
@Component
class CrmAccess {

    private final CurrentUser currentUser;
    private final UserService userService;

    CrmAccess(CurrentUser currentUser, UserService userService) {
        this.currentUser = currentUser;
        this.userService = userService;
    }

    /** Whether the user reads every CRM record (managers, admins, compliance officers). */
    boolean readsAll() {
        return currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.COMPLIANCE_OFFICER);
    }

    Scope readScope() {
        long me = currentUser.id();
        boolean all = readsAll();
        // reading all records needs no team: one query less on every list call
        return new Scope(all, me, all ? null : userService.teamIdOf(me).orElse(null));
    }

    boolean mayEdit(OwnedEntity record) {
        return mayEdit(record.getOwnerId(), record.getTeamId());
    }

    boolean mayEdit(long ownerId, @Nullable Long teamId) {
        return editRule().test(ownerId, teamId);
    }

    /** The edit rule of the current user, looked up once, for checking many records (e.g. board cards). */
    BiPredicate<Long, @Nullable Long> editRule() {
        EditScope scope = editScope();
        return (owner, team) -> scope.all() || (scope.team() != null && scope.team().equals(team))
                || (scope.own() && owner == scope.me());
    }

    /**
     * The records the current user may change: all, or those of {@code team} (supervisors), plus their own when
     * {@code own} (staff). For checking in SQL (the import) what {@link #editRule()} checks in Java.
     */
    record EditScope(boolean all, boolean own, long me, @Nullable Long team) {
    }

    EditScope editScope() {
        long me = currentUser.id();
        if (currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN)) {
            return new EditScope(true, true, me, null);
        }
        Long myTeam = currentUser.hasRole(Role.SUPERVISOR) ? userService.teamIdOf(me).orElse(null) : null;
        return new EditScope(false, currentUser.hasRole(Role.STAFF), me, myTeam);
    }

    void checkEdit(OwnedEntity record) {
        if (!mayEdit(record)) {
            throw new AccessDeniedException("Not allowed to change this record");
        }
    }

    boolean mayCreate() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)
                || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
    }

    /**
     * The team a record gets for an owner. Staff can only own records themselves; supervisors may give them
     * to members of their team; managers and admins to any active user.
     */
    @Nullable Long checkOwner(long ownerId) {
        long me = currentUser.id();
        if (!userService.isActive(ownerId)) {
            throw new DomainException("crm.owner.inactive");
        }
        Long ownerTeam = userService.teamIdOf(ownerId).orElse(null);
        if (ownerId == me || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN)) {
            return ownerTeam;
        }
        if (currentUser.hasRole(Role.SUPERVISOR)
                && Objects.equals(userService.teamIdOf(me).orElse(null), ownerTeam) && ownerTeam != null) {
            return ownerTeam;
        }
        throw new DomainException("crm.owner.not-allowed");
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

package app.tandem.compliance;

import app.tandem.base.RecordNotFoundException;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with checklist runs. Reading: compliance officers, administrators and managers all runs (as
 * managers read every CRM record and improvement item; a manager often belongs to no team); supervisors the runs
 * of their team (and of teams they supervise); everyone the runs assigned to them. Filling:
 * only the assignee. Signing off, approving misses and managing: compliance officers and administrators;
 * reopening a signed-off run: administrators.
 */
@Component
class ComplianceAccess {

    record ReadScope(boolean all, long userId, boolean teamReader, @Nullable Long teamId) {
    }

    private final CurrentUser currentUser;
    private final UserService userService;

    ComplianceAccess(CurrentUser currentUser, UserService userService) {
        this.currentUser = currentUser;
        this.userService = userService;
    }

    ReadScope readScope() {
        long me = currentUser.id();
        boolean all = isOfficer() || currentUser.hasRole(Role.MANAGER);
        boolean teamReader = currentUser.hasRole(Role.SUPERVISOR);
        return new ReadScope(all, me, teamReader, all ? null : userService.teamIdOf(me).orElse(null));
    }

    boolean isOfficer() {
        return currentUser.hasRole(Role.COMPLIANCE_OFFICER) || currentUser.hasRole(Role.ADMIN);
    }

    boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
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

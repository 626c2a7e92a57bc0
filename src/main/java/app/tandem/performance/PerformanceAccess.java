package app.tandem.performance;

import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamRef;
import app.tandem.performance.domain.PerformanceQueries;
import app.tandem.performance.domain.Subject;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in performance. Managers and admins: everyone and every team. Supervisors: the
 * teams they supervise (named supervisor, or their own team) and those teams' members. Everyone: themselves.
 * Targets: managers and admins create and edit; supervisors propose for their teams. Manual KPI actuals:
 * supervisors for their teams and members, managers and admins for all.
 */
@Component
class PerformanceAccess {

    private final CurrentUser currentUser;
    private final PerformanceQueries queries;

    PerformanceAccess(CurrentUser currentUser, PerformanceQueries queries) {
        this.currentUser = currentUser;
        this.queries = queries;
    }

    long me() {
        return currentUser.id();
    }

    boolean isManager() {
        return currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
    }

    boolean isSupervisor() {
        return currentUser.hasRole(Role.SUPERVISOR);
    }

    /** The teams the user may look into: all for managers, the supervised ones for supervisors, else none. */
    List<TeamRef> readableTeams() {
        if (isManager()) {
            return queries.teams(true, me(), false);
        }
        return isSupervisor() ? queries.teams(false, me(), true) : List.of();
    }

    List<Long> supervisedTeamIds() {
        return isSupervisor() ? queries.teams(false, me(), true).stream().map(TeamRef::id).toList() : List.of();
    }

    boolean mayReadTeam(long teamId) {
        return isManager() || supervisedTeamIds().contains(teamId);
    }

    boolean mayReadPerson(long userId) {
        if (userId == me() || isManager()) {
            return true;
        }
        return isSupervisor() && queries.teamOf(userId).filter(supervisedTeamIds()::contains).isPresent();
    }

    void checkReadTeam(long teamId) {
        if (!mayReadTeam(teamId)) {
            throw notFound();
        }
    }

    void checkReadPerson(long userId) {
        if (!mayReadPerson(userId)) {
            throw notFound();
        }
    }

    /** A supervisor's own team or a member of it; managers may act on everyone. */
    boolean mayActOn(Subject subject) {
        if (isManager()) {
            return true;
        }
        if (!isSupervisor()) {
            return false;
        }
        List<Long> teams = supervisedTeamIds();
        return subject.teamId() != null ? teams.contains(subject.teamId())
                : queries.teamOf(Objects.requireNonNull(subject.userId())).filter(teams::contains).isPresent();
    }

    static RecordNotFoundException notFound() {
        return new RecordNotFoundException();
    }
}

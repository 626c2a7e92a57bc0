package app.tandem.org;

import app.tandem.base.DomainException;
import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.Team;
import app.tandem.org.domain.UserRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A user's change of team, for {@link UserService}: what the user's open records in other features are, who in the
 * old team may take them over, and handing them over through the features' {@link TeamMoveParticipant}s. Runs in
 * the caller's transaction and security checks (ADR 0011).
 */
@Component
class TeamMoves {

    private final UserRepository users;
    private final ObjectProvider<TeamMoveParticipant> participants;

    TeamMoves(UserRepository users, ObjectProvider<TeamMoveParticipant> participants) {
        this.users = users;
        this.participants = participants;
    }

    List<OpenRecords> openRecordsOf(long userId) {
        return participants.orderedStream().flatMap(p -> p.openRecordsOf(userId).stream())
                .filter(r -> r.count() > 0).toList();
    }

    List<UserRef> colleaguesOf(AppUser user) {
        Team team = user.getTeam();
        if (team == null) {
            return List.of();
        }
        return users.findByTeamId(team.getId()).stream()
                .filter(u -> u.isActive() && !Objects.equals(u.getId(), user.getId()))
                .map(u -> new UserRef(u.getId(), u.getUsername(), u.getDisplayName()))
                .sorted(Comparator.comparing(UserRef::displayName)).toList();
    }

    /** The move to hand the user's open records over with, or null when the team stays or there are none. */
    @Nullable TeamMove plan(AppUser user, @Nullable TeamRef newTeam, @Nullable RecordHandover handover) {
        Long from = user.getTeam() == null ? null : user.getTeam().getId();
        Long to = newTeam == null ? null : newTeam.id();
        if (Objects.equals(from, to)) {
            return null;
        }
        if (handover == null) {
            if (!openRecordsOf(user.getId()).isEmpty()) {
                throw new DomainException("user.team-move.choice-required");
            }
            return null;
        }
        Long newOwner = handover.choice() == RecordHandover.Choice.GIVE_TO_COLLEAGUE ? handover.newOwnerId() : null;
        if (handover.choice() == RecordHandover.Choice.GIVE_TO_COLLEAGUE && (newOwner == null || from == null
                || newOwner.equals(user.getId())
                || !users.findById(newOwner).map(AppUser::isActive).orElse(false)
                || !from.equals(users.findTeamId(newOwner).orElse(null)))) {
            throw new DomainException("user.team-move.new-owner-invalid");
        }
        return new TeamMove(user.getId(), from, to, newOwner);
    }

    void carryOut(TeamMove move) {
        participants.orderedStream().forEach(p -> p.moveRecords(move));
    }
}

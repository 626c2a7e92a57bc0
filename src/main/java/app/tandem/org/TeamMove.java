package app.tandem.org;

import org.jspecify.annotations.Nullable;

/**
 * A user moves from one team to another (either may be none); {@code newOwnerId} is the colleague in the old team
 * who takes over the open records, or null when they move with the user.
 */
public record TeamMove(long userId, @Nullable Long fromTeamId, @Nullable Long toTeamId, @Nullable Long newOwnerId) {

    /** The owner the open records get: the colleague, or the user. */
    public long ownerAfter() {
        return newOwnerId == null ? userId : newOwnerId;
    }

    /** The team the open records get: the old team if a colleague there takes them over, else the new team. */
    public @Nullable Long teamAfter() {
        return newOwnerId == null ? toTeamId : fromTeamId;
    }
}

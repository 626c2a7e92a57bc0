package app.tandem.org;

import org.jspecify.annotations.Nullable;

/**
 * What happens to a user's open records in other features (e.g. CRM accounts, deals, activities) when an admin
 * moves the user to another team: they move with the user, or a colleague in the old team takes them over.
 */
public record RecordHandover(Choice choice, @Nullable Long newOwnerId) {

    public enum Choice {
        MOVE_WITH_USER, GIVE_TO_COLLEAGUE
    }

    public static RecordHandover moveWithUser() {
        return new RecordHandover(Choice.MOVE_WITH_USER, null);
    }

    public static RecordHandover giveTo(long newOwnerId) {
        return new RecordHandover(Choice.GIVE_TO_COLLEAGUE, newOwnerId);
    }
}

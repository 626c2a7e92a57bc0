package app.tandem.org;

import java.util.List;

/**
 * Implemented by a feature whose records are owned by a user and read by the owner's team (the CRM): the org
 * feature asks it, without knowing its tables, what a user owns and hands the records over when the user changes
 * team. Both calls run inside the admin's transaction in {@link UserService}.
 */
public interface TeamMoveParticipant {

    /** The user's open records, per kind (kinds with none may be left out). */
    List<OpenRecords> openRecordsOf(long userId);

    /** Gives the user's open records the owner and team of {@link TeamMove#ownerAfter()}/{@link TeamMove#teamAfter()}. */
    void moveRecords(TeamMove move);
}

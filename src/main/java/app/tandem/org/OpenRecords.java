package app.tandem.org;

/** How many open records of one kind a user owns, e.g. ("crm.team-move.deals", 5) for "5 deals". */
public record OpenRecords(String messageKey, long count) {
}

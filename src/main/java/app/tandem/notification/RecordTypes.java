package app.tandem.notification;

/** The record types of the demo notifications, as the features' record links know them (see {@code RecordLinks}). */
final class RecordTypes {

    static final String DEAL = "DEAL";
    static final String FEEDBACK = "FEEDBACK";

    private RecordTypes() {
    }
}

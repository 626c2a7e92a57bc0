package app.tandem.home;

/**
 * The record types notifications link to, as the features' record links know them (see
 * {@code base/ui/RecordLinks}): CRM and improvement records, compliance runs, feedback, 1:1 meetings, targets.
 */
final class RecordTypes {

    static final String ACCOUNT = "ACCOUNT";
    static final String DEAL = "DEAL";
    static final String IMPROVEMENT_ITEM = "IMPROVEMENT_ITEM";
    static final String CHECKLIST_RUN = "CHECKLIST_RUN";
    static final String FEEDBACK = "FEEDBACK";
    static final String FEEDBACK_REQUEST = "FEEDBACK_REQUEST";
    static final String ONE_ON_ONE_MEETING = "ONE_ON_ONE_MEETING";
    static final String TARGET = "TARGET";

    private RecordTypes() {
    }
}

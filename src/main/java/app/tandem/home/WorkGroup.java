package app.tandem.home;

/** The groups of "My work", in the order they are shown. */
public enum WorkGroup {
    OVERDUE, TODAY, THIS_WEEK, LATER
}

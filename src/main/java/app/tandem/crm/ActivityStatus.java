package app.tandem.crm;

public enum ActivityStatus {
    PLANNED, DONE, CANCELLED
}

package app.tandem.crm;

public enum ActivityType {
    CALL, MEETING, TASK, EMAIL, NOTE
}

package app.tandem.improvement;

public enum Priority {
    LOW, MEDIUM, HIGH
}

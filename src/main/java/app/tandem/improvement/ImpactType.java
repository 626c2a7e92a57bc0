package app.tandem.improvement;

public enum ImpactType {
    COST, TIME, REVENUE, QUALITY, SAFETY
}

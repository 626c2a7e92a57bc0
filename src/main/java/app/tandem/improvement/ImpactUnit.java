package app.tandem.improvement;

/** The unit of an impact's values; MONEY is in the configured currency ({@code tandem.currency}). */
public enum ImpactUnit {
    MONEY, HOURS, COUNT, PERCENT
}

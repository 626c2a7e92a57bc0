package app.tandem.crm;

public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED
}

package app.tandem.performance;

/** How a team's value follows from its members' values: their sum, or their (weighted) mean for rates. */
public enum Rollup {
    SUM, MEAN
}

package app.tandem.base;

/**
 * The main work of the logged-in user, which decides the charts of their dashboard (the home feature decides it
 * from their roles and team; see {@code DashboardService#charts}).
 */
public enum DashboardFocus {
    COMPLIANCE, SALES, OPERATIONS, PEOPLE, NONE
}

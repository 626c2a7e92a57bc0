package app.tandem.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compliance dashboard of a period (runs due from {@code from} to {@code to}, both inclusive) within the
 * reader's run scope: completion and on-time rates by team and by category, the average score per month of the
 * last 12 months, overdue and missed runs now, open findings (only for compliance officers and administrators,
 * else null) and evidence expiring within 30 days or already expired.
 */
public record ComplianceFigures(LocalDate from, LocalDate to, List<Rate> byTeam, List<Rate> byCategory,
        List<MonthScore> scoreTrend, long overdue, long missed, @Nullable OpenFindings findings,
        long evidenceExpiring, long evidenceExpired, List<ExpiringEvidence> expiringSoon) {

    /** The age buckets of open findings, in days since the finding was raised. */
    public enum AgeBucket {
        DAYS_0_7, DAYS_8_30, DAYS_31_90, OVER_90
    }

    /**
     * Runs of a team or category due in the period: all of them, those submitted or signed off, those counted for
     * the on-time rate (approved misses left out) and those submitted by the end of their due day.
     */
    public record Rate(String label, long due, long completed, long onTimeBase, long onTime) {

        /** Completed runs per due run, 0–1; null without due runs. */
        public @Nullable Double completionRate() {
            return due == 0 ? null : (double) completed / due;
        }

        /** Runs submitted on time per run due (approved misses left out), 0–1; null without such runs. */
        public @Nullable Double onTimeRate() {
            return onTimeBase == 0 ? null : (double) onTime / onTimeBase;
        }
    }

    /** The average score of the runs submitted in a month; null and 0 runs for a month without any. */
    public record MonthScore(YearMonth month, @Nullable Double averageScore, long runs) {
    }

    /** Findings not closed, by severity and by age. */
    public record OpenFindings(Map<Severity, Long> bySeverity, Map<AgeBucket, Long> byAge) {

        public long total() {
            return bySeverity.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record ExpiringEvidence(long evidenceId, long runId, String fileName, String template, String team,
            LocalDate expiryDate) {
    }

    /** The overall completion and on-time rate over all teams. */
    public Rate total() {
        return new Rate("", byTeam.stream().mapToLong(Rate::due).sum(),
                byTeam.stream().mapToLong(Rate::completed).sum(), byTeam.stream().mapToLong(Rate::onTimeBase).sum(),
                byTeam.stream().mapToLong(Rate::onTime).sum());
    }
}

package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.compliance.ComplianceAccess.ReadScope;
import app.tandem.compliance.ComplianceFigures.AgeBucket;
import app.tandem.compliance.domain.ComplianceDashboardQueries;
import app.tandem.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance dashboard for compliance officers, administrators, managers and supervisors: figures computed in
 * SQL within the reader's run scope (see {@link ComplianceFigures}). Findings are officer data: only compliance
 * officers and administrators get them, as in {@link FindingService}.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "', '" + Roles.MANAGER + "', '"
        + Roles.SUPERVISOR + "')")
@Transactional(readOnly = true)
public class ComplianceDashboardService {

    static final int EXPIRY_DAYS = 30;
    static final int EXPIRING_LIST = 10;
    /** The longest period the dashboard covers, so that a typo cannot scan years of runs. */
    static final int MAX_PERIOD_DAYS = 3 * 366;

    private final ComplianceDashboardQueries queries;
    private final ComplianceAccess access;
    private final Clock clock;

    ComplianceDashboardService(ComplianceDashboardQueries queries, ComplianceAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** The figures of the runs due from {@code from} to {@code to} (inclusive) and of now. */
    public ComplianceFigures figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("compliance.dashboard.period-reversed");
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new DomainException("compliance.dashboard.period-too-long");
        }
        ReadScope s = access.readScope();
        var scope = new ComplianceDashboardQueries.Scope(s.all(), s.userId(), s.teamReader(), s.teamId());
        LocalDate today = LocalDate.now(clock);
        int offset = clock.getZone().getRules().getOffset(clock.instant()).getTotalSeconds();
        List<ComplianceFigures.Rate> byTeam = rates(queries.rates(false, from, to, today, offset, scope));
        List<ComplianceFigures.Rate> byCategory = rates(queries.rates(true, from, to, today, offset, scope));
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, Object[]> scores = new HashMap<>();
        for (Object[] row : queries.scoreByMonth(first.atDay(1), offset, scope)) {
            scores.put((String) row[0], row);
        }
        List<ComplianceFigures.MonthScore> trend = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            YearMonth month = first.plusMonths(m);
            Object[] row = scores.get(month.toString());
            trend.add(row == null ? new ComplianceFigures.MonthScore(month, null, 0)
                    : new ComplianceFigures.MonthScore(month, ((Number) row[1]).doubleValue(), count(row[2])));
        }
        Object[] runs = queries.overdueAndMissed(today, scope);
        ComplianceFigures.OpenFindings findings = access.isOfficer() ? openFindings(today, offset) : null;
        LocalDate until = today.plusDays(EXPIRY_DAYS);
        Object[] evidence = queries.evidenceCounts(today, until, scope);
        List<ComplianceFigures.ExpiringEvidence> soon = queries.expiringEvidence(today, until, EXPIRING_LIST, scope)
                .stream().map(r -> new ComplianceFigures.ExpiringEvidence(count(r[0]), count(r[1]), (String) r[2],
                        (String) r[3], (String) r[4], date(r[5]))).toList();
        return new ComplianceFigures(from, to, byTeam, byCategory, trend, count(runs[0]), count(runs[1]), findings,
                count(evidence[0]), count(evidence[1]), soon);
    }

    private ComplianceFigures.OpenFindings openFindings(LocalDate today, int offset) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<AgeBucket, Long> byAge = new EnumMap<>(AgeBucket.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
        for (AgeBucket bucket : AgeBucket.values()) {
            byAge.put(bucket, 0L);
        }
        for (Object[] row : queries.openFindings(today, offset)) {
            long n = count(row[2]);
            bySeverity.merge(Severity.valueOf((String) row[0]), n, Long::sum);
            byAge.merge(AgeBucket.values()[((Number) row[1]).intValue()], n, Long::sum);
        }
        return new ComplianceFigures.OpenFindings(bySeverity, byAge);
    }

    private static List<ComplianceFigures.Rate> rates(List<Object[]> rows) {
        return rows.stream().map(r -> new ComplianceFigures.Rate((String) r[0], count(r[1]), count(r[2]),
                count(r[3]), count(r[4]))).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}

package app.tandem.improvement;

import app.tandem.improvement.ImprovementAccess.ReadScope;
import app.tandem.improvement.domain.SavingsQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The savings dashboard: figures computed in SQL within the reader's scope (see {@link SavingsFigures}). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SavingsService {

    private final SavingsQueries queries;
    private final ImprovementAccess access;
    private final Clock clock;

    SavingsService(SavingsQueries queries, ImprovementAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    public SavingsFigures figures(int year) {
        ReadScope s = access.readScope();
        ZoneId zone = clock.getZone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Instant> monthStarts = new ArrayList<>();
        for (int m = 0; m <= 12; m++) {
            monthStarts.add(LocalDate.of(year, 1, 1).plusMonths(m).atStartOfDay(zone).toInstant());
        }
        List<SavingsFigures.Savings> byTeam = savings(queries.actualSavings(false, monthStarts, s.all(), s.userId(),
                s.teamId()));
        List<SavingsFigures.Savings> byMonth = savings(queries.actualSavings(true, monthStarts, s.all(), s.userId(),
                s.teamId()));
        Object[] totals = queries.totals(from, to, s.all(), s.userId(), s.teamId());
        Map<ItemStatus, Long> byStatus = new EnumMap<>(ItemStatus.class);
        for (Object[] row : queries.countByStatus(from, to, s.all(), s.userId(), s.teamId())) {
            byStatus.put(ItemStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Double medianDays = queries.medianCycleSeconds(from, to, s.all(), s.userId(), s.teamId())
                .map(seconds -> seconds / 86_400d).orElse(null);
        LocalDate today = LocalDate.now(clock);
        LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        Object[] people = queries.participation(quarterStart.atStartOfDay(zone).toInstant(),
                quarterStart.plusMonths(3).atStartOfDay(zone).toInstant());
        return new SavingsFigures(year, byTeam, byMonth, decimal(totals[0]), decimal(totals[1]), decimal(totals[2]),
                byStatus, medianDays, ((Number) people[0]).longValue(), ((Number) people[1]).longValue());
    }

    private static List<SavingsFigures.Savings> savings(List<Object[]> rows) {
        return rows.stream().map(r -> new SavingsFigures.Savings(String.valueOf(r[0]), decimal(r[1]), decimal(r[2])))
                .toList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}

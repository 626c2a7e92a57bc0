package app.tandem.performance;

import app.tandem.base.DomainException;
import app.tandem.performance.domain.Kpi;
import app.tandem.performance.domain.KpiActual;
import app.tandem.performance.domain.KpiActualRepository;
import app.tandem.performance.domain.KpiRepository;
import app.tandem.performance.domain.PerformanceQueries;
import app.tandem.performance.domain.Subject;
import app.tandem.security.Roles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual KPIs: administrators define them (name, unit, direction, team roll-up, active); supervisors enter their
 * values for their teams and members per period, managers and admins for everyone, each with a comment.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class KpiService {

    private final KpiRepository kpis;
    private final KpiActualRepository actuals;
    private final PerformanceQueries queries;
    private final PerformanceAccess access;

    KpiService(KpiRepository kpis, KpiActualRepository actuals, PerformanceQueries queries,
            PerformanceAccess access) {
        this.kpis = kpis;
        this.actuals = actuals;
        this.queries = queries;
        this.access = access;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<KpiData> all() {
        return kpis.findAllByOrderByNameAscIdAsc().stream().map(KpiService::data).toList();
    }

    /** The active KPIs, for entering values and setting targets. */
    public List<KpiData> active() {
        return kpis.findByActiveTrueOrderByNameAscIdAsc().stream().map(KpiService::data).toList();
    }

    /** Defines a KPI (id null) or changes one; returns it as saved. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public KpiData save(KpiData data) {
        String name = data.name() == null ? "" : data.name().trim();
        String unit = data.unit() == null ? "" : data.unit().trim();
        if (name.isEmpty()) {
            throw new DomainException("perf.kpi.name.required");
        }
        if (name.length() > 100) {
            throw new DomainException("perf.kpi.name.long");
        }
        if (unit.isEmpty()) {
            throw new DomainException("perf.kpi.unit.required");
        }
        if (unit.length() > 30) {
            throw new DomainException("perf.kpi.unit.long");
        }
        kpis.findByNameIgnoreCase(name).filter(other -> !other.getId().equals(data.id())).ifPresent(other -> {
            throw new DomainException("perf.kpi.name.taken", name);
        });
        Kpi kpi;
        if (data.id() == null) {
            kpi = new Kpi(name, unit, data.direction(), data.rollup());
        } else {
            kpi = kpis.findById(data.id()).orElseThrow(PerformanceAccess::notFound);
            if (kpi.getVersion() != data.version()) {
                throw new OptimisticLockingFailureException("KPI changed since it was loaded");
            }
            kpi.setName(name);
            kpi.setUnit(unit);
            kpi.setDirection(data.direction());
            kpi.setRollup(data.rollup());
        }
        kpi.setActive(data.active());
        return data(kpis.saveAndFlush(kpi));
    }

    /** Whether the user may enter KPI values at all (supervisors, managers, admins). */
    public boolean mayEnterActuals() {
        return access.isManager() || access.isSupervisor();
    }

    /** The entered value of a KPI for a person or team (exactly one) and period, if any. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "','" + Roles.MANAGER + "','" + Roles.SUPERVISOR + "')")
    public Optional<KpiActualData> actual(long kpiId, @Nullable Long userId, @Nullable Long teamId, Period period) {
        Subject subject = checkedSubject(userId, teamId);
        return actuals.findOne(kpiId, subject.key(), period.type(), period.start()).map(KpiService::data);
    }

    /** Enters or corrects a KPI value; returns it as saved. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "','" + Roles.MANAGER + "','" + Roles.SUPERVISOR + "')")
    @Transactional
    public KpiActualData saveActual(KpiActualData data) {
        Subject subject = checkedSubject(data.userId(), data.teamId());
        Kpi kpi = kpis.findById(data.kpiId()).orElseThrow(PerformanceAccess::notFound);
        if (data.value() == null) {
            throw new DomainException("perf.actual.value.required");
        }
        if (data.value().abs().compareTo(TargetService.MAX_VALUE) > 0) {
            throw new DomainException("perf.target.value.range");
        }
        String comment = data.comment() == null ? "" : data.comment().trim();
        if (comment.length() > 1000) {
            throw new DomainException("perf.actual.comment.long");
        }
        KpiActual actual = actuals.findOne(kpi.getId(), subject.key(), data.period().type(), data.period().start())
                .orElse(null);
        if (actual == null) {
            if (!kpi.isActive()) {
                throw new DomainException("perf.kpi.inactive", kpi.getName());
            }
            actual = new KpiActual(kpi.getId(), subject, data.period());
        } else if (data.id() == null || actual.getVersion() != data.version()) {
            throw new OptimisticLockingFailureException("KPI value changed since it was loaded");
        }
        actual.setActualValue(data.value());
        actual.setComment(comment.isEmpty() ? null : comment);
        return data(actuals.saveAndFlush(actual));
    }

    private Subject checkedSubject(@Nullable Long userId, @Nullable Long teamId) {
        if ((userId == null) == (teamId == null)) {
            throw new DomainException("perf.target.subject.required");
        }
        Subject subject = new Subject(userId, teamId);
        if (!access.mayActOn(subject)) {
            throw new AccessDeniedException("Not allowed to enter values for " + subject.key());
        }
        if (userId != null && queries.user(userId).isEmpty()) {
            throw PerformanceAccess.notFound();
        }
        return subject;
    }

    private static KpiData data(Kpi kpi) {
        return new KpiData(kpi.getId(), kpi.getVersion(), kpi.getName(), kpi.getUnit(), kpi.getDirection(),
                kpi.getRollup(), kpi.isActive());
    }

    private static KpiActualData data(KpiActual a) {
        Subject s = a.getSubject();
        return new KpiActualData(a.getId(), a.getVersion(), a.getKpiId(), s.userId(), s.teamId(), a.getPeriod(),
                a.getActualValue(), a.getComment() == null ? "" : a.getComment());
    }
}

package app.tandem.performance;

import app.tandem.base.DomainException;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.domain.Kpi;
import app.tandem.performance.domain.KpiRepository;
import app.tandem.performance.domain.PerformanceQueries;
import app.tandem.performance.domain.Subject;
import app.tandem.performance.domain.Target;
import app.tandem.performance.domain.TargetRepository;
import app.tandem.security.Roles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets of people and teams. Managers and admins create, edit, accept and delete any target (theirs are ACTIVE
 * at once). Supervisors see their teams' targets and propose targets for their teams and members: a proposal is
 * PROPOSED, counts for nothing until a manager accepts it, and its supervisor may change or withdraw it until then.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "','" + Roles.MANAGER + "','" + Roles.SUPERVISOR + "')")
@Transactional(readOnly = true)
public class TargetService {

    static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    private final TargetRepository targets;
    private final KpiRepository kpis;
    private final PerformanceQueries queries;
    private final PerformanceAccess access;
    private final ScoreSheets sheets;
    private final ApplicationEventPublisher events;

    TargetService(TargetRepository targets, KpiRepository kpis, PerformanceQueries queries, PerformanceAccess access,
            ScoreSheets sheets, ApplicationEventPublisher events) {
        this.events = events;
        this.targets = targets;
        this.kpis = kpis;
        this.queries = queries;
        this.access = access;
        this.sheets = sheets;
    }

    /** Whether the user creates ACTIVE targets and accepts proposals (managers, admins), or only proposes. */
    public boolean managesTargets() {
        return access.isManager();
    }

    /** The teams whose targets the user sees: all for managers, their own for supervisors. */
    public List<TeamRef> teams() {
        return access.readableTeams();
    }

    public List<UserRef> members(long teamId) {
        access.checkReadTeam(teamId);
        return queries.members(teamId);
    }

    /** A page of the targets in the user's scope, newest period first. */
    public Slice<TargetRow> list(TargetFilter filter, Pageable pageable) {
        boolean all = access.isManager();
        List<Long> teams = all ? List.of() : access.supervisedTeamIds();
        int limit = pageable.isPaged() ? pageable.getPageSize() : 1000;
        int offset = pageable.isPaged() ? (int) pageable.getOffset() : 0;
        List<Object[]> rows = queries.targets(all, teams, filter.metric() == null ? null : filter.metric().key(),
                filter.period() == null ? null : filter.period().type().name(),
                filter.period() == null ? null : filter.period().start(), filter.teamId(), filter.userId(),
                filter.status() == null ? null : filter.status().name(), pageable.getSort(), offset, limit + 1);
        List<TargetRow> content = rows.stream().limit(limit).map(TargetService::row).toList();
        return new SliceImpl<>(content, pageable, rows.size() > limit);
    }

    private static TargetRow row(Object[] r) {
        Metric metric = Metric.valueOf((String) r[2]);
        MetricRef ref = metric.builtIn() ? MetricRef.builtIn(metric)
                : new MetricRef(metric, ((Number) r[3]).longValue(), (String) r[4], (String) r[5],
                        Direction.valueOf((String) r[6]), Rollup.valueOf((String) r[15]));
        Long userId = r[7] == null ? null : ((Number) r[7]).longValue();
        Long teamId = r[9] == null ? null : ((Number) r[9]).longValue();
        String teamName = r[10] == null ? "" : (String) r[10];
        LocalDate start = r[12] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[12];
        return new TargetRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ref, userId,
                userId == null ? teamName : (String) r[8], teamId, teamName,
                new Period(PeriodType.valueOf((String) r[11]), start),
                r[13] instanceof BigDecimal b ? b : new BigDecimal(r[13].toString()),
                TargetStatus.valueOf((String) r[14]));
    }

    public TargetData load(long id) {
        Target target = readable(id);
        Subject s = target.getSubject();
        return new TargetData(target.getId(), target.getVersion(), sheets.metricOf(target.getMetric(),
                target.getKpiId()), s.userId(), s.teamId(), target.getPeriod(), target.getTargetValue());
    }

    public TargetStatus statusOf(long id) {
        return readable(id).getStatus();
    }

    /** Creates (id null) or changes a target's value; returns its id. */
    @Transactional
    public long save(TargetData data) {
        BigDecimal value = checkedValue(data.value());
        if (data.id() != null) {
            Target target = editable(data.id(), data.version());
            target.setTargetValue(value);
            return targets.saveAndFlush(target).getId();
        }
        Subject subject = subjectOf(data.userId(), data.teamId());
        MetricRef metric = checkedMetric(data.metric());
        checkMayCreate(subject);
        if (targets.findOne(metric.key(), subject.key(), data.period().type(), data.period().start()).isPresent()) {
            throw new DomainException("perf.target.exists");
        }
        Target saved = targets.saveAndFlush(new Target(metric, subject, data.period(), value, newStatus()));
        if (saved.getStatus() == TargetStatus.PROPOSED) {
            String who = subject.userId() != null
                    ? queries.user(subject.userId()).map(UserRef::displayName).orElse("")
                    : queries.team(Objects.requireNonNull(subject.teamId())).map(TeamRef::name).orElse("");
            List<Long> managers = queries.managers().stream().filter(id -> id != access.me()).toList();
            events.publishEvent(new TargetProposed(saved.getId(), who + " · " + data.period().label(), managers,
                    access.me()));
        }
        return saved.getId();
    }

    /** A manager accepts a supervisor's proposal: it counts from now on. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "','" + Roles.MANAGER + "')")
    @Transactional
    public void accept(long id, long version) {
        Target target = readable(id);
        checkVersion(target, version);
        target.setStatus(TargetStatus.ACTIVE);
        targets.saveAndFlush(target);
    }

    @Transactional
    public void delete(long id, long version) {
        targets.delete(editable(id, version));
        targets.flush();
    }

    /**
     * Targets for a team's members in one period: one value each, or the same for all (see {@link BulkTargets}).
     * An existing target of a member is changed to the new value. Returns how many targets were set.
     */
    @Transactional
    public int bulkCreate(BulkTargets bulk) {
        access.checkReadTeam(bulk.teamId());
        MetricRef metric = checkedMetric(bulk.metric());
        List<UserRef> members = queries.members(bulk.teamId());
        int count = 0;
        for (UserRef member : members) {
            BigDecimal raw = bulk.sameForAll() != null ? bulk.sameForAll() : bulk.perMember().get(member.id());
            if (raw == null) {
                continue;
            }
            BigDecimal value = checkedValue(raw);
            Subject subject = Subject.user(member.id());
            checkMayCreate(subject);
            Target existing = targets.findOne(metric.key(), subject.key(), bulk.period().type(),
                    bulk.period().start()).orElse(null);
            if (existing == null) {
                targets.save(new Target(metric, subject, bulk.period(), value, newStatus()));
            } else {
                if (!mayEdit(existing)) {
                    throw new DomainException("perf.target.bulk.accepted", member.displayName());
                }
                existing.setTargetValue(value);
            }
            count++;
        }
        if (count == 0) {
            throw new DomainException("perf.target.bulk.none");
        }
        targets.flush();
        return count;
    }

    /**
     * Copies the targets of a period (in the user's scope, of one team and its members when given) to the next
     * period of the same type, skipping those that exist there already.
     */
    @Transactional
    public CopyResult copyToNextPeriod(Period from, @Nullable Long teamId) {
        if (teamId != null) {
            access.checkReadTeam(teamId);
        }
        Period to = from.next();
        int created = 0;
        int skipped = 0;
        List<TargetRow> rows = list(new TargetFilter(null, from, teamId, null, null), Pageable.unpaged()).getContent();
        for (TargetRow row : rows) {
            Target source = targets.findById(row.id()).orElseThrow();
            Subject subject = source.getSubject();
            if (targets.findOne(source.getMetricKey(), subject.key(), to.type(), to.start()).isPresent()
                    || !access.mayActOn(subject)) {
                skipped++;
                continue;
            }
            targets.save(new Target(row.metric(), subject, to, source.getTargetValue(), newStatus()));
            created++;
        }
        targets.flush();
        return new CopyResult(to, created, skipped);
    }

    private TargetStatus newStatus() {
        return access.isManager() ? TargetStatus.ACTIVE : TargetStatus.PROPOSED;
    }

    private void checkMayCreate(Subject subject) {
        if (!access.mayActOn(subject)) {
            throw new AccessDeniedException("Not allowed to set targets for " + subject.key());
        }
        if (subject.userId() != null && queries.user(subject.userId()).isEmpty()) {
            throw PerformanceAccess.notFound();
        }
    }

    private boolean mayEdit(Target target) {
        return access.isManager() || (target.getStatus() == TargetStatus.PROPOSED
                && access.mayActOn(target.getSubject()));
    }

    private Target readable(long id) {
        Target target = targets.findById(id).orElseThrow(PerformanceAccess::notFound);
        if (!access.mayActOn(target.getSubject())) {
            throw PerformanceAccess.notFound();
        }
        return target;
    }

    private Target editable(long id, long version) {
        Target target = readable(id);
        if (!mayEdit(target)) {
            throw new DomainException("perf.target.accepted");
        }
        checkVersion(target, version);
        return target;
    }

    private static void checkVersion(Target target, long version) {
        if (target.getVersion() != version) {
            throw new OptimisticLockingFailureException("Target changed since it was loaded");
        }
    }

    private MetricRef checkedMetric(MetricRef metric) {
        if (metric.metric().builtIn()) {
            return MetricRef.builtIn(metric.metric());
        }
        Kpi kpi = kpis.findById(Objects.requireNonNull(metric.kpiId(), "kpi id"))
                .orElseThrow(PerformanceAccess::notFound);
        if (!kpi.isActive()) {
            throw new DomainException("perf.kpi.inactive", kpi.getName());
        }
        return ScoreSheets.ref(kpi);
    }

    private static Subject subjectOf(@Nullable Long userId, @Nullable Long teamId) {
        if ((userId == null) == (teamId == null)) {
            throw new DomainException("perf.target.subject.required");
        }
        return new Subject(userId, teamId);
    }

    static BigDecimal checkedValue(@Nullable BigDecimal value) {
        if (value == null) {
            throw new DomainException("perf.target.value.required");
        }
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            throw new DomainException("perf.target.value.range");
        }
        return value;
    }
}

package app.tandem.improvement;

import static app.tandem.improvement.ItemText.optional;

import app.tandem.base.DomainException;
import app.tandem.improvement.domain.Impact;
import app.tandem.improvement.domain.ImpactRepository;
import app.tandem.improvement.domain.ImprovementItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's impacts: the savings and other effects it targets, forecasts and achieves. Once the item is
 * COMPLETED its impacts are locked: only the approver or a manager changes them, and each such change is written
 * to the item's log (and, like all changes, audited). Scope and rights are those of {@link ImprovementAccess}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ImpactService {

    private final ImpactRepository impacts;
    private final ImprovementAccess access;
    private final ItemLog log;

    ImpactService(ImpactRepository impacts, ImprovementAccess access, ItemLog log) {
        this.impacts = impacts;
        this.access = access;
        this.log = log;
    }

    /** The item's impacts with their annualised values (monthly × 12, others × 1). */
    public List<ImpactData> impacts(long itemId) {
        access.readable(itemId);
        return impacts.findByItem(itemId);
    }

    /** Adds an impact (no id) or changes one; a stale version is refused. */
    @Transactional
    public ImpactData saveImpact(long itemId, ImpactData data) {
        ImprovementItem item = editableImpactsOf(itemId);
        Impact impact;
        if (data.id() == null) {
            impact = new Impact(itemId);
        } else {
            impact = current(itemId, data.id(), data.version());
        }
        impact.setType(data.type());
        impact.setHard(data.hard());
        impact.setRecurrence(data.recurrence());
        impact.setUnit(data.unit());
        impact.setDescription(optional(data.description()));
        impact.setTarget(checkValue(data.target()));
        impact.setForecast(checkValue(data.forecast()));
        impact.setActual(checkValue(data.actual()));
        Impact saved = impacts.saveAndFlush(impact);
        logLockedChange(item, "improvement.log.impact-changed", saved);
        return impacts.findByItem(itemId).stream().filter(m -> Objects.equals(m.id(), saved.getId())).findFirst()
                .orElseThrow();
    }

    @Transactional
    public void deleteImpact(long itemId, long impactId, long version) {
        ImprovementItem item = editableImpactsOf(itemId);
        Impact impact = current(itemId, impactId, version);
        impacts.delete(impact);
        impacts.flush();
        logLockedChange(item, "improvement.log.impact-deleted", impact);
    }

    private Impact current(long itemId, long impactId, long version) {
        Impact impact = impacts.findById(impactId).filter(m -> m.getItemId() == itemId)
                .orElseThrow(ImprovementAccess::notFound);
        if (impact.getVersion() != version) {
            throw new OptimisticLockingFailureException("Impact changed since it was loaded");
        }
        return impact;
    }

    private ImprovementItem editableImpactsOf(long itemId) {
        ImprovementItem item = access.readable(itemId);
        if (!access.mayEditImpacts(item)) {
            throw new DomainException(item.getStatus() == ItemStatus.COMPLETED ? "improvement.impact.locked"
                    : "improvement.impact.not-allowed");
        }
        return item;
    }

    private void logLockedChange(ImprovementItem item, String what, Impact impact) {
        if (item.getStatus() == ItemStatus.COMPLETED) {
            log.impact(item.getId(), what + "|" + impact.getType().name() + "|" + value(impact.getTarget()) + "|"
                    + value(impact.getForecast()) + "|" + value(impact.getActual()));
        }
    }

    private static String value(@Nullable BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static @Nullable BigDecimal checkValue(@Nullable BigDecimal value) {
        if (value != null && (value.scale() > 2 || value.precision() - value.scale() > 13)) {
            throw new DomainException("improvement.impact.value-invalid");
        }
        return value;
    }
}

package app.tandem.compliance.domain;

import app.tandem.base.Revision;
import app.tandem.compliance.RunStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run as it stood at one of its sign-offs, read from the Envers history: the sign-off event was written in the
 * same transaction as the run's status, so the revision that added the event holds the run, its answers and its
 * evidence exactly as signed. Callers check access first.
 */
@Component
public class RunRevisions {

    @PersistenceContext
    private EntityManager entityManager;

    /** The run, its answers and its evidence as they were signed. */
    public record Snapshot(ChecklistRun run, List<RunAnswer> answers, List<Evidence> evidence) {
    }

    /** Empty when the sign-off is not in the history (a run reopened before the history was kept). */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<Snapshot> asSignedOff(long runId, long signOffEventId) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<?> added = reader.createQuery().forRevisionsOfEntity(RunEvent.class, false, true)
                .add(AuditEntity.id().eq(signOffEventId)).add(AuditEntity.revisionType().eq(RevisionType.ADD))
                .getResultList();
        if (added.isEmpty()) {
            return Optional.empty();
        }
        long revision = ((Revision) ((Object[]) added.getFirst())[1]).getId();
        ChecklistRun run = reader.find(ChecklistRun.class, runId, revision);
        if (run == null || run.getStatus() != RunStatus.SIGNED_OFF) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<RunAnswer> answers = reader.createQuery().forEntitiesAtRevision(RunAnswer.class, revision)
                .add(AuditEntity.property("runId").eq(runId)).getResultList();
        @SuppressWarnings("unchecked")
        List<Evidence> evidence = reader.createQuery().forEntitiesAtRevision(Evidence.class, revision)
                .add(AuditEntity.property("runId").eq(runId)).add(AuditEntity.property("removedAt").isNull())
                .addOrder(AuditEntity.property("uploadedAt").asc()).addOrder(AuditEntity.id().asc())
                .getResultList();
        return Optional.of(new Snapshot(run, answers, evidence));
    }
}

package app.tandem.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers revisions of one record and turns them into field-level changes. Features call it
 * from their own secured service methods (it checks no access itself), passing a function that says
 * which fields a user sees and how each is shown.
 */
@Component
public class EntityHistory {

    @PersistenceContext
    private EntityManager entityManager;

    /** Newest change first. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public <T> List<HistoryEntry> of(Class<T> type, long id, Function<T, Map<String, String>> visibleFields) {
        return of(type, id, snapshot -> true, visibleFields);
    }

    /**
     * Newest change first, of only the versions the reader could read ({@code readable} is asked about each
     * version as it was): a hidden version is left out, and the next readable one is compared with the last
     * readable one, so no hidden value shows as a "from" either.
     */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public <T> List<HistoryEntry> of(Class<T> type, long id, Predicate<T> readable,
            Function<T, Map<String, String>> visibleFields) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Object[] row : revisions) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            if (revisionType != RevisionType.DEL && !readable.test(snapshot)) {
                continue;
            }
            Instant at = Instant.ofEpochMilli(revision.getChangedAt());
            Map<String, String> current = revisionType == RevisionType.DEL
                    ? Map.of() : new LinkedHashMap<>(visibleFields.apply(snapshot));
            HistoryEntry.Kind kind = switch (revisionType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            if (kind == HistoryEntry.Kind.DELETED) {
                entries.add(new HistoryEntry(revision.getId(), at, revision.getUsername(), kind, "", "", ""));
            }
            for (Map.Entry<String, String> field : current.entrySet()) {
                String before = previous.getOrDefault(field.getKey(), "");
                if (kind == HistoryEntry.Kind.CREATED ? !field.getValue().isEmpty()
                        : !Objects.equals(before, field.getValue())) {
                    entries.add(new HistoryEntry(revision.getId(), at, revision.getUsername(), kind, field.getKey(),
                            before, field.getValue()));
                }
            }
            previous = current;
        }
        return entries.reversed();
    }

    /**
     * The changes of every record of a type that belongs to one parent (e.g. the impact rows of an item, found by
     * {@code property} "itemId" equal to the parent's id), including deleted ones, newest first. Each record's
     * revisions are compared with that record's previous revision; {@code idOf} tells the records apart.
     */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public <T> List<HistoryEntry> ofChildren(Class<T> type, String property, Object parentId, Function<T, Long> idOf,
            Function<T, Map<String, String>> visibleFields) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property(property).eq(parentId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<Long, Map<String, String>> previousById = new java.util.HashMap<>();
        for (Object[] row : revisions) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Instant at = Instant.ofEpochMilli(revision.getChangedAt());
            Long id = idOf.apply(snapshot);
            Map<String, String> previous = previousById.getOrDefault(id, Map.of());
            Map<String, String> current = revisionType == RevisionType.DEL
                    ? Map.of() : new LinkedHashMap<>(visibleFields.apply(snapshot));
            HistoryEntry.Kind kind = switch (revisionType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            if (kind == HistoryEntry.Kind.DELETED) {
                for (Map.Entry<String, String> field : previous.entrySet()) {
                    entries.add(new HistoryEntry(revision.getId(), at, revision.getUsername(), kind, field.getKey(),
                            field.getValue(), ""));
                }
            }
            for (Map.Entry<String, String> field : current.entrySet()) {
                String before = previous.getOrDefault(field.getKey(), "");
                if (kind == HistoryEntry.Kind.CREATED ? !field.getValue().isEmpty()
                        : !Objects.equals(before, field.getValue())) {
                    entries.add(new HistoryEntry(revision.getId(), at, revision.getUsername(), kind, field.getKey(),
                            before, field.getValue()));
                }
            }
            previousById.put(id, current);
        }
        return entries.reversed();
    }
}

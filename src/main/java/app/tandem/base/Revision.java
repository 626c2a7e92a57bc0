package app.tandem.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One Envers revision: when, and which user made the change. */
@Entity
@Table(name = "revision")
@RevisionEntity(Revision.UsernameListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "username", nullable = false, length = 100)
    private @Nullable String username;

    public long getId() {
        return id;
    }

    public long getChangedAt() {
        return changedAt;
    }

    public String getUsername() {
        return username == null ? "system" : username;
    }

    public static class UsernameListener implements RevisionListener {
        @Override
        public void newRevision(Object revisionEntity) {
            ((Revision) revisionEntity).username = BaseConfiguration.currentUsername();
        }
    }
}

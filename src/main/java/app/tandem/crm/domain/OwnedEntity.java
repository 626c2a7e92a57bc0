package app.tandem.crm.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A CRM record with an owner and the team it belongs to; the team decides who else may read it.
 * Users and teams are the org feature's: held by id, resolved through its services.
 */
@MappedSuperclass
@Audited
public abstract class OwnedEntity extends AbstractEntity {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    public long getOwnerId() {
        return ownerId;
    }

    public @Nullable Long getTeamId() {
        return teamId;
    }

    public void assignTo(long ownerId, @Nullable Long teamId) {
        this.ownerId = ownerId;
        this.teamId = teamId;
    }
}

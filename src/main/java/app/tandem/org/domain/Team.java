package app.tandem.org.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.org.TeamKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A team of people with one supervisor. Members are the users whose team this is. */
@Entity
@Table(name = "team")
@Audited
public class Team extends AbstractEntity {

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TeamKind kind = TeamKind.OTHER;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private @Nullable AppUser supervisor;

    protected Team() {
    }

    public Team(String name, TeamKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public void setKind(TeamKind kind) {
        this.kind = kind;
    }

    public @Nullable AppUser getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(@Nullable AppUser supervisor) {
        this.supervisor = supervisor;
    }
}

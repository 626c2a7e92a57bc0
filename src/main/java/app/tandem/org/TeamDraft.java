package app.tandem.org;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A team as the admin form edits it, with the version it was loaded at. Kept as a bean (not a record): it is
 * {@code TeamService}'s create/update API, which tests of several features use to build teams.
 */
public class TeamDraft {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private TeamKind kind = TeamKind.OTHER;
    private @Nullable UserRef supervisor;
    private Set<UserRef> members = new LinkedHashSet<>();

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public @Nullable UserRef getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(@Nullable UserRef supervisor) {
        this.supervisor = supervisor;
    }

    public Set<UserRef> getMembers() {
        return members;
    }

    public void setMembers(Set<UserRef> members) {
        this.members = new LinkedHashSet<>(members);
    }

    public boolean isNew() {
        return id == null;
    }
}

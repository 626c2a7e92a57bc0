package app.tandem.org;

/** A team as other features and pickers see it. */
public record TeamRef(long id, String name, TeamKind kind) {

    @Override
    public String toString() {
        return name;
    }
}

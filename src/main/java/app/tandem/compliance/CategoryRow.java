package app.tandem.compliance;

/** A checklist category; retired ones stay on their templates but are no longer offered. */
public record CategoryRow(long id, long version, String name, boolean active) {

    @Override
    public String toString() {
        return name;
    }
}

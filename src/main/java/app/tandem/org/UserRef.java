package app.tandem.org;

/** A person as other features and pickers see them. */
public record UserRef(long id, String username, String displayName) {

    @Override
    public String toString() {
        return displayName;
    }
}

package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** A contact as a duplicate warning or a picker shows it. */
public record ContactRef(long id, String fullName, @Nullable String email, @Nullable String accountName) {

    @Override
    public String toString() {
        return fullName;
    }
}

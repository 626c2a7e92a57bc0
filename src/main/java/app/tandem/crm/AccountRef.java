package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** An account as a duplicate warning or a picker shows it. */
public record AccountRef(long id, String name, @Nullable String domain) {

    @Override
    public String toString() {
        return name;
    }
}

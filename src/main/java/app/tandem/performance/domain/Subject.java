package app.tandem.performance.domain;

import org.jspecify.annotations.Nullable;

/** Whose a target or actual is: one person or one team, with the key stored for uniqueness ("U-3", "T-1"). */
public record Subject(@Nullable Long userId, @Nullable Long teamId) {

    public Subject {
        if ((userId == null) == (teamId == null)) {
            throw new IllegalArgumentException("A person or a team, exactly one");
        }
    }

    public static Subject user(long id) {
        return new Subject(id, null);
    }

    public static Subject team(long id) {
        return new Subject(null, id);
    }

    public String key() {
        return userId != null ? "U-" + userId : "T-" + teamId;
    }
}

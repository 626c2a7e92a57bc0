package app.tandem.security;

import java.util.Optional;

/** Where the users' current security stamps live (the database all nodes share); empty for an unknown user. */
public interface SecurityStamps {

    Optional<String> currentStamp(long userId);
}

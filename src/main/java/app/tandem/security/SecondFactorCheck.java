package app.tandem.security;

/** Checks the second factor at login; implemented where the users live (the org feature), ADR 0015. */
public interface SecondFactorCheck {

    enum Result { ACCEPTED, WRONG, LOCKED }

    /** A 6-digit TOTP code (once per time step) or an unused recovery code (used up by this call). */
    Result verify(long userId, String code);
}

package app.tandem.security;

/** Published when a user's security stamp changed, so this node forgets its cached copy at once. */
public record SecurityStampChanged(long userId) {
}

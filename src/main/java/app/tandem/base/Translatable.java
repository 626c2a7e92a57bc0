package app.tandem.base;

/**
 * An argument of a {@link DomainException} that is itself a message key, e.g. a status shown in the user's
 * words: {@code new DomainException("improvement.transition.not-allowed",
 * new Translatable("improvement.status." + from), ...)}. Views translate it before they put it into the message.
 */
public record Translatable(String key) {

    @Override
    public String toString() {
        return key;
    }
}

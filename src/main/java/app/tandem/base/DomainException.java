package app.tandem.base;

/**
 * A rule of the domain was broken by the user's input or action. Carries a message key (see
 * {@code messages.properties}) so every view can show it in the user's language; never a 500.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}

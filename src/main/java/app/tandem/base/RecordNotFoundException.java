package app.tandem.base;

/** The record asked for does not exist, or the user may not see it (we do not tell which). */
public class RecordNotFoundException extends DomainException {

    public RecordNotFoundException() {
        super("error.not-found");
    }
}

package app.tandem.crm;

/** A reason a deal was lost, as the Lost dialog offers it. */
public record LostReasonRef(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}

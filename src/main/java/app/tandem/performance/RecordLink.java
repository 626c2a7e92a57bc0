package app.tandem.performance;

/** A link to another feature's record: its type, id and the label it had when it was linked. */
public record RecordLink(RecordLinkType type, long id, String label) {

    public String path() {
        return type.pathOf(id);
    }

    @Override
    public String toString() {
        return label;
    }
}

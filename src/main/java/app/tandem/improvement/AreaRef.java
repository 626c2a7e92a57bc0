package app.tandem.improvement;

/** An area or process items are filed under. */
public record AreaRef(long id, long version, String name, boolean active) {

    @Override
    public String toString() {
        return name;
    }
}

package app.tandem.compliance;

/** A template as pickers show it. */
public record TemplateRef(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}

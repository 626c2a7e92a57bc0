package app.tandem.improvement;

/** An existing item that looks like the one being typed, to avoid a duplicate. */
public record SimilarItem(long id, String title, ItemStatus status) {
}

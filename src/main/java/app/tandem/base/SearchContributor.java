package app.tandem.base;

import java.util.List;

/**
 * A feature's part of the global search: its implementation is a secured, read-only service of the feature that
 * decides which of its kinds of record the reader's roles may search and finds only records in their scope.
 */
public interface SearchContributor {

    /** Where the feature's kinds come among the others (lower first). */
    int order();

    /** The kinds of record (as {@code RecordLinks} knows them) this reader may search here, in the order shown. */
    List<String> kinds();

    /** At most {@code max} records of one of {@link #kinds()} matching the text, best first. */
    List<SearchHit> search(String kind, String text, int max);
}

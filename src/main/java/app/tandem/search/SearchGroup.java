package app.tandem.search;

import app.tandem.base.SearchHit;
import java.util.List;

/**
 * The hits of one kind of record (e.g. "ACCOUNT"), at most {@link GlobalSearchService#PER_KIND}, best first;
 * {@code more} when the kind had further hits (refine the search to see them).
 */
public record SearchGroup(String kind, List<SearchHit> hits, boolean more) {
}

package app.tandem.search;

import java.util.List;

/** What the global search found for a text: the groups that have hits, in a fixed order of kinds. */
public record SearchResults(String text, List<SearchGroup> groups) {

    /** Whether the text was long enough to search (3 characters, or a run number such as "#7"). */
    public boolean searched() {
        return GlobalSearchService.searchable(text);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}

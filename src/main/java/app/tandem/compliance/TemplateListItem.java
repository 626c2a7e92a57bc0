package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/** A template in the templates list: its newest published version's number and whether a draft is open. */
public record TemplateListItem(long id, String name, String category, @Nullable Integer publishedNumber,
        int latestNumber) {

    public boolean hasDraft() {
        return publishedNumber == null || publishedNumber < latestNumber;
    }
}

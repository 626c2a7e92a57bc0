package app.tandem.compliance;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A template with its versions, newest first. */
public record TemplateDetails(long id, long version, String name, long categoryId, String category,
        @Nullable String description, List<VersionRow> versions) {

    /** One version of a template. */
    public record VersionRow(long id, int number, VersionStatus status, @Nullable Instant publishedAt,
            @Nullable String publishedBy) {
    }
}

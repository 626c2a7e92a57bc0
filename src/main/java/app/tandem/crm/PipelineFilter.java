package app.tandem.crm;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The pipeline board's filters; null means "any". */
public record PipelineFilter(@Nullable Long ownerId, @Nullable Long teamId, @Nullable LocalDate closeFrom,
        @Nullable LocalDate closeTo) {

    public static PipelineFilter any() {
        return new PipelineFilter(null, null, null, null);
    }
}

package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/** Filters of the findings list; nulls filter nothing, open only leaves out closed findings. */
public record FindingFilter(@Nullable FindingStatus status, @Nullable Severity severity, @Nullable Long teamId,
        boolean openOnly) {
}

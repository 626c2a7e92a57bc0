package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * A pipeline stage as the settings form edits it; {@code id} is null and {@code version} 0 for a new one. The
 * version is the one the form loaded, so saving over someone else's change fails.
 */
public record StageData(@Nullable Long id, long version, String name, int probability,
        ForecastCategory forecastCategory, boolean closed, boolean won) {
}

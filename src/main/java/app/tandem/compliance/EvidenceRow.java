package app.tandem.compliance;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A piece of evidence on a run's item; expired when its expiry date has passed. */
public record EvidenceRow(long id, long itemId, String fileName, String contentType, long sizeBytes,
        LocalDate effectiveDate, @Nullable LocalDate expiryDate, boolean expired, String uploadedBy,
        Instant uploadedAt) {
}

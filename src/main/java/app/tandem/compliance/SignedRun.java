package app.tandem.compliance;

import java.time.Instant;

/** A run as one sign-off signed it: who signed, when, and the run's answers and evidence as they were then. */
public record SignedRun(long signOffEventId, Instant signedAt, String signedBy, RunView run) {
}

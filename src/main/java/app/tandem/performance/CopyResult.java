package app.tandem.performance;

/** What copying a period's targets to the next did: targets created, and skipped because they existed. */
public record CopyResult(Period to, int created, int skipped) {
}

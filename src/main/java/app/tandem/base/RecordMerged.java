package app.tandem.base;

/**
 * Published, within the merging transaction, when a feature merges one of its records into another (e.g. a
 * duplicate account): features that refer to the merged record by type and id point to the kept one instead.
 *
 * @param recordType the type as {@code RecordLinks} knows it, e.g. "ACCOUNT"
 * @param keptLabel the kept record's name, for features that show a label next to the link
 */
public record RecordMerged(String recordType, long mergedId, long keptId, String keptLabel) {
}

package app.tandem.base;

import java.util.List;

/**
 * A feature's part of "My work" (the home feature gathers them all): its implementation is a secured, read-only
 * service of the feature that lists only what the logged-in user may read, in the feature's own record scope.
 */
public interface WorkContributor {

    /** The logged-in user's open entries in this feature. */
    List<WorkEntry> myWork();

    /** Whether entries of this kind are done with one click in "My work" (through {@link #complete}). */
    default boolean completes(String kind) {
        return false;
    }

    /** Marks the entry done, with the feature's own rules of who may; only for kinds it {@link #completes}. */
    default void complete(WorkEntry entry) {
        throw new UnsupportedOperationException(entry.kind());
    }
}

package app.tandem.base.ui;

import java.util.Optional;

/**
 * A feature says where its records open, so that other features can link to a record they only know by type
 * and id (e.g. a corrective action raised from a deal, feedback about an account).
 */
public interface RecordLinkContributor {

    /** The URL of the record's page relative to the application, when this feature owns that record type. */
    Optional<String> urlOf(String recordType, long id);
}

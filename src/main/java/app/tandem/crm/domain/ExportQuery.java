package app.tandem.crm.domain;

/**
 * How export queries read: MariaDB Connector/J streams a forward-only result set when the fetch size is above
 * zero, fetching this many rows at a time instead of the whole result, so an export's memory stays flat.
 */
final class ExportQuery {

    static final String FETCH_SIZE = "1000";

    private ExportQuery() {
    }
}

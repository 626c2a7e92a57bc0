package app.tandem.performance;

/** The kinds of record feedback and requests may point to; the link opens the record's own page. */
public enum RecordLinkType {
    DEAL("crm/deals/"), ACCOUNT("crm/accounts/"), IMPROVEMENT_ITEM("improvement/items/");

    private final String pathPrefix;

    RecordLinkType(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    /** The app-relative address of the record's page; that page checks who may read it. */
    public String pathOf(long id) {
        return pathPrefix + id;
    }
}

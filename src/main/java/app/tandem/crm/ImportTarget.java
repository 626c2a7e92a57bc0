package app.tandem.crm;

/** What an import file holds: accounts or contacts. */
public enum ImportTarget {
    ACCOUNTS,
    CONTACTS
}

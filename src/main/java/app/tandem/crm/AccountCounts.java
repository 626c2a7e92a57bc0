package app.tandem.crm;

/** How many contacts, deals and activities of an account the reader may see (the account page's tab labels). */
public record AccountCounts(long contacts, long deals, long activities) {
}

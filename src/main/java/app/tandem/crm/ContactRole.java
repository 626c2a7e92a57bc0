package app.tandem.crm;

/** The part a contact plays in a deal. */
public enum ContactRole {
    DECISION_MAKER, INFLUENCER, USER
}

package app.tandem.crm;

public enum AccountStatus {
    PROSPECT, CUSTOMER, FORMER
}

package app.tandem.crm.ui;

/** A deal as a picker offers it. */
record DealChoice(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}

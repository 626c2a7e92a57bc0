package app.tandem.crm;

/** A row of the lost reasons in the pipeline settings: active or not, with the number of deals lost for it. */
public record LostReasonListItem(long id, long version, String name, boolean active, long deals) {
}

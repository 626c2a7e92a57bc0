package app.tandem.crm;

/** A row of the pipeline settings: a stage in pipeline order, with the number of deals in it now. */
public record StageListItem(long id, long version, String name, int position, int probability,
        ForecastCategory forecastCategory, boolean closed, boolean won, long deals) {
}

package app.tandem.crm;

/** A pipeline stage as lists, boards and pickers show it. */
public record StageInfo(long id, String name, int position, int probability, ForecastCategory forecastCategory,
        boolean closed, boolean won) {

    public boolean lost() {
        return closed && !won;
    }
}

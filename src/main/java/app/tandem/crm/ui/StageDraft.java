package app.tandem.crm.ui;

import app.tandem.crm.ForecastCategory;
import app.tandem.crm.StageData;
import org.jspecify.annotations.Nullable;

/**
 * The stage form's bean, with the version the form loaded. Kept (unlike the other CRM drafts) because the form
 * offers the closed and won flags of {@code StageData} as one choice, {@link StageKind}.
 */
final class StageDraft {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private StageKind kind = StageKind.OPEN;
    private @Nullable Integer probability = 50;
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;

    static StageDraft of(StageData data) {
        StageDraft draft = new StageDraft();
        draft.id = data.id();
        draft.version = data.version();
        draft.name = data.name();
        draft.kind = StageKind.of(data.closed(), data.won());
        draft.probability = data.probability();
        draft.forecastCategory = data.forecastCategory();
        return draft;
    }

    StageData toData() {
        if (probability == null) {
            throw new IllegalStateException("A stage needs a probability");
        }
        return new StageData(id, version, name.strip(), probability, forecastCategory, kind.closed(), kind.won());
    }

    boolean isNew() {
        return id == null;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    StageKind getKind() {
        return kind;
    }

    void setKind(StageKind kind) {
        this.kind = kind;
    }

    @Nullable Integer getProbability() {
        return probability;
    }

    void setProbability(@Nullable Integer probability) {
        this.probability = probability;
    }

    ForecastCategory getForecastCategory() {
        return forecastCategory;
    }

    void setForecastCategory(ForecastCategory forecastCategory) {
        this.forecastCategory = forecastCategory;
    }
}

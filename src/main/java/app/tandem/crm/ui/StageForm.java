package app.tandem.crm.ui;

import app.tandem.base.ui.RecordForm;
import app.tandem.crm.ForecastCategory;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Creates and edits a pipeline stage: name, kind, probability and forecast category. */
class StageForm extends RecordForm<StageDraft> {

    static final int MAX_NAME = 60;

    final TextField name = label(new TextField(), "name", "stage-name");
    final RadioButtonGroup<StageKind> kind = label(new RadioButtonGroup<>(), "kind", "stage-kind");
    final IntegerField probability = label(new IntegerField(), "probability", "stage-probability");
    final Select<ForecastCategory> forecastCategory = label(new Select<>(), "forecastCategory",
            "stage-forecast-category");

    StageForm() {
        super(StageDraft.class, "stage", "stage.field", "stage.name.too-long");
        addClassName("stage-form");
        name.setMaxLength(MAX_NAME);
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("stage.kind." + k.name()));
        kind.setHelperText(getTranslation("stage.field.kind.help"));
        probability.setMin(0);
        probability.setMax(100);
        probability.setStepButtonsVisible(true);
        probability.setHelperText(getTranslation("stage.field.probability.help"));
        forecastCategory.setItemLabelGenerator(c -> getTranslation("forecast.category." + c.name()));
        forecastCategory.setItems(StageKind.OPEN.categories());
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fitCategoriesTo(e.getValue());
            }
        });

        binder.forField(name).asRequired(getTranslation("stage.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("stage.name.too-long", MAX_NAME), 1, MAX_NAME))
                .bind(StageDraft::getName, StageDraft::setName);
        binder.forField(kind).asRequired(getTranslation("stage.kind.required"))
                .bind(StageDraft::getKind, StageDraft::setKind);
        binder.forField(probability).asRequired(getTranslation("deal.probability.range"))
                .withValidator(new IntegerRangeValidator(getTranslation("deal.probability.range"), 0, 100))
                .bind(StageDraft::getProbability, StageDraft::setProbability);
        binder.forField(forecastCategory).asRequired(getTranslation("stage.forecast-category.required"))
                .withValidator(c -> kind.getValue() == null || kind.getValue().categories().contains(c),
                        getTranslation("stage.forecast-category.mismatch"))
                .bind(StageDraft::getForecastCategory, StageDraft::setForecastCategory);

        add(name, 2);
        add(kind, 2);
        add(probability, forecastCategory);
        add(buttons(), 2);
    }

    /** Closed stages count as CLOSED in the forecast; open ones choose among the others. */
    private void fitCategoriesTo(StageKind stageKind) {
        ForecastCategory current = forecastCategory.getValue();
        forecastCategory.setItems(stageKind.categories());
        forecastCategory.setValue(current != null && stageKind.categories().contains(current) ? current
                : stageKind.categories().getFirst());
        forecastCategory.setReadOnly(stageKind.closed());
    }

    @Override
    public void edit(StageDraft draft) {
        fitCategoriesTo(draft.getKind());
        super.edit(draft);
    }

    @Override
    protected void focusFirst() {
        name.focus();
    }
}

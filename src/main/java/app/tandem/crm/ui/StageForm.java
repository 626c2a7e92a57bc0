package app.tandem.crm.ui;

import app.tandem.crm.ForecastCategory;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;

/** Creates and edits a pipeline stage: name, open/won/lost, default probability and forecast category. */
class StageForm extends FormLayout {

    static final int MAX_NAME = 60;

    final TextField name = new TextField();
    final RadioButtonGroup<StageKind> kind = new RadioButtonGroup<>();
    final IntegerField probability = new IntegerField();
    final Select<ForecastCategory> forecastCategory = new Select<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<StageDraft> binder = new Binder<>();
    private StageDraft draft = new StageDraft();

    StageForm() {
        addClassName("stage-form");
        name.setLabel(getTranslation("stage.field.name"));
        name.setId("stage-name");
        name.setMaxLength(MAX_NAME);
        kind.setLabel(getTranslation("stage.field.kind"));
        kind.setId("stage-kind");
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("stage.kind." + k.name()));
        kind.setHelperText(getTranslation("stage.field.kind.help"));
        probability.setLabel(getTranslation("stage.field.probability"));
        probability.setId("stage-probability");
        probability.setMin(0);
        probability.setMax(100);
        probability.setStepButtonsVisible(true);
        probability.setHelperText(getTranslation("stage.field.probability.help"));
        forecastCategory.setLabel(getTranslation("stage.field.forecastCategory"));
        forecastCategory.setId("stage-forecast-category");
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

        save.setText(getTranslation("action.save"));
        save.setId("stage-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("stage-cancel");
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(name, 2);
        add(kind, 2);
        add(probability, forecastCategory);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons, 2);
    }

    /** Closed stages count as CLOSED in the forecast; open ones choose among the others. */
    private void fitCategoriesTo(StageKind stageKind) {
        ForecastCategory current = forecastCategory.getValue();
        forecastCategory.setItems(stageKind.categories());
        forecastCategory.setValue(current != null && stageKind.categories().contains(current) ? current
                : stageKind.categories().getFirst());
        forecastCategory.setReadOnly(stageKind.closed());
    }

    void edit(StageDraft draft) {
        this.draft = draft;
        fitCategoriesTo(draft.getKind());
        binder.readBean(draft);
        name.focus();
    }

    StageDraft draft() {
        return draft;
    }

    static final class SaveEvent extends ComponentEvent<StageForm> {
        private final StageDraft draft;

        SaveEvent(StageForm source, StageDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        StageDraft draft() {
            return draft;
        }
    }

    static final class CloseEvent extends ComponentEvent<StageForm> {
        CloseEvent(StageForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}

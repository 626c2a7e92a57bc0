package app.tandem.compliance.ui;

import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.ChoiceOption;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.ResponseType;
import app.tandem.compliance.TemplateItemData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Adds an item to a draft's section or changes one: prompt, help, response type and its rules. */
class TemplateItemDialog extends Dialog {

    TemplateItemDialog(ChecklistTemplateService service, long sectionId, @Nullable TemplateItemData item,
            Runnable saved) {
        setHeaderTitle(getTranslation(item == null ? "compliance.template.add-item" : "compliance.template.edit-item"));
        setId("item-dialog");
        ItemRule rule = item == null ? ItemRule.passFail() : item.rule();
        TextField prompt = new TextField(getTranslation("compliance.field.prompt"), item == null ? "" : item.prompt(),
                "");
        prompt.setId("item-prompt");
        prompt.setMaxLength(500);
        prompt.setRequired(true);
        TextArea help = new TextArea(getTranslation("compliance.field.help"));
        help.setValue(item == null || item.help() == null ? "" : item.help());
        help.setMaxLength(2000);
        Select<ResponseType> type = new Select<>();
        type.setLabel(getTranslation("compliance.field.response-type"));
        type.setId("item-type");
        type.setItems(ResponseType.values());
        type.setItemLabelGenerator(t -> getTranslation("compliance.type." + t.name()));
        type.setValue(rule.type());
        Checkbox required = new Checkbox(getTranslation("compliance.field.required"), rule.required());
        IntegerField weight = new IntegerField(getTranslation("compliance.field.weight"));
        weight.setMin(1);
        weight.setMax(100);
        weight.setValue(rule.weight());
        weight.setId("item-weight");
        Checkbox critical = new Checkbox(getTranslation("compliance.item.critical"), rule.critical());
        critical.setId("item-critical");
        Select<String> failing = new Select<>();
        failing.setLabel(getTranslation("compliance.field.failing-answer"));
        failing.setItems("YES", "NO");
        failing.setItemLabelGenerator(a -> getTranslation("compliance.answer." + a));
        failing.setValue(rule.failingAnswer() == null ? "NO" : rule.failingAnswer());
        BigDecimalField min = new BigDecimalField(getTranslation("compliance.field.min"));
        min.setValue(rule.min());
        BigDecimalField max = new BigDecimalField(getTranslation("compliance.field.max"));
        max.setValue(rule.max());
        TextField unit = new TextField(getTranslation("compliance.field.unit"), item == null || item.unit() == null
                ? "" : item.unit(), "");
        unit.setMaxLength(20);
        TextArea passing = options("compliance.field.passing-options", rule, true);
        TextArea failingOptions = options("compliance.field.failing-options", rule, false);
        Checkbox noteWhenFailed = new Checkbox(getTranslation("compliance.field.note-when-failed"),
                rule.noteRequiredWhenFailed());
        Checkbox evidenceWhenFailed = new Checkbox(getTranslation("compliance.field.evidence-when-failed"),
                rule.evidenceRequiredWhenFailed());
        Checkbox evidenceAlways = new Checkbox(getTranslation("compliance.field.evidence-always"),
                rule.evidenceAlwaysRequired());
        Runnable layout = () -> {
            ResponseType t = type.getValue();
            failing.setVisible(t == ResponseType.YES_NO_NA);
            min.setVisible(t == ResponseType.NUMBER);
            max.setVisible(t == ResponseType.NUMBER);
            unit.setVisible(t == ResponseType.NUMBER);
            passing.setVisible(t == ResponseType.CHOICE);
            failingOptions.setVisible(t == ResponseType.CHOICE);
        };
        type.addValueChangeListener(e -> layout.run());
        layout.run();
        FormLayout form = new FormLayout(prompt, help, type, weight, required, critical, failing, min, max, unit,
                passing, failingOptions, noteWhenFailed, evidenceWhenFailed, evidenceAlways);
        form.setColspan(prompt, 2);
        form.setColspan(help, 2);
        Button save = new Button(getTranslation("action.save"), e -> {
            List<ChoiceOption> choices = new ArrayList<>();
            lines(passing.getValue()).forEach(l -> choices.add(new ChoiceOption(l, true)));
            lines(failingOptions.getValue()).forEach(l -> choices.add(new ChoiceOption(l, false)));
            ItemRule next = new ItemRule(type.getValue(), required.getValue(),
                    weight.getValue() == null ? 0 : weight.getValue(), critical.getValue(), failing.getValue(),
                    min.getValue(), max.getValue(), choices, noteWhenFailed.getValue(), evidenceWhenFailed.getValue(),
                    evidenceAlways.getValue());
            // a refusal reaches the error handler and leaves the dialog open with the input
            service.saveItem(sectionId, new TemplateItemData(item == null ? null : item.id(),
                    item == null ? 0 : item.version(), prompt.getValue(), help.getValue(), unit.getValue(), next));
            close();
            saved.run();
        });
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    private TextArea options(String labelKey, ItemRule rule, boolean passes) {
        TextArea options = new TextArea(getTranslation(labelKey));
        options.setHelperText(getTranslation("compliance.template.one-per-line"));
        options.setValue(String.join("\n", rule.options().stream().filter(o -> o.passes() == passes)
                .map(ChoiceOption::label).toList()));
        return options;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

package app.tandem.compliance.ui;

import app.tandem.compliance.ChoiceOption;
import app.tandem.compliance.ItemProblem;
import app.tandem.compliance.ResponseType;
import app.tandem.compliance.RunView;
import app.tandem.compliance.TemplateItemData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One item of a run: its prompt, the answer (saved as it is given), result, note, evidence and what it lacks. */
class RunItemCard extends Div {

    private final RunContext context;
    private final long itemId;

    RunItemCard(RunContext context, RunView r, RunView.Item item, boolean edit) {
        this.context = context;
        TemplateItemData data = item.item();
        itemId = data.id();
        addClassName("run-item");
        setId("item-" + itemId);
        Span prompt = new Span(data.prompt());
        prompt.addClassName("run-item-prompt");
        add(prompt);
        if (data.rule().critical()) {
            add(Labels.flag(this, "compliance.item.critical", "flag-critical"));
        }
        if (data.help() != null) {
            Paragraph help = new Paragraph(data.help());
            help.addClassName("run-item-help");
            add(help);
        }
        add(answerField(data, item.value(), edit));
        if (item.result() != null) {
            Span result = new Span(getTranslation("compliance.result." + item.result().name()));
            result.addClassNames("status-badge", "result-" + item.result().name().toLowerCase(Locale.ROOT));
            result.setId("result-" + itemId);
            add(result);
        }
        if (item.reconfirm() && edit) {
            Button confirm = new Button(getTranslation("compliance.run.confirm"),
                    e -> context.act(() -> context.runs().confirm(context.runId(), itemId)));
            confirm.setId("confirm-" + itemId);
            confirm.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(confirm);
        }
        if (edit || item.note() != null) {
            add(note(item, edit));
        }
        add(new RunEvidenceBox(context, item, edit));
        if (!item.problems().isEmpty() && r.status().isFillable()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("run-item-problems");
            for (ItemProblem p : item.problems()) {
                problems.add(new ListItem(getTranslation(p.messageKey())));
            }
            add(problems);
        }
    }

    private TextArea note(RunView.Item item, boolean edit) {
        TextArea note = new TextArea(getTranslation("compliance.run.note"));
        note.setId("note-" + itemId);
        note.setWidthFull();
        note.setValue(item.note() == null ? "" : item.note());
        note.setReadOnly(!edit);
        note.setMaxLength(2000);
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.act(() -> context.runs().note(context.runId(), itemId, e.getValue()));
            }
        });
        return note;
    }

    private void answer(@Nullable String value) {
        context.act(() -> context.runs().answer(context.runId(), itemId, value));
    }

    private Component answerField(TemplateItemData data, @Nullable String value, boolean edit) {
        return switch (data.rule().type()) {
            case PASS_FAIL_NA -> choices(value, edit, List.of("PASS", "FAIL", "NA"), "compliance.answer.");
            case YES_NO_NA -> choices(value, edit, List.of("YES", "NO", "NA"), "compliance.answer.");
            case CHOICE -> choices(value, edit, data.rule().options().stream().map(ChoiceOption::label).toList(),
                    null);
            case NUMBER, TEXT -> {
                TextField field = new TextField();
                field.setId("answer-" + itemId);
                field.setValue(value == null ? "" : value);
                field.setReadOnly(!edit);
                field.setWidthFull();
                if (data.rule().type() == ResponseType.NUMBER) {
                    field.getElement().setAttribute("inputmode", "decimal");
                    if (data.unit() != null) {
                        field.setSuffixComponent(new Span(data.unit()));
                    }
                    field.setHelperText(range(data));
                } else {
                    field.setMaxLength(2000);
                }
                field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        answer(e.getValue());
                    }
                });
                yield field;
            }
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.setId("answer-" + itemId);
                picker.setValue(value == null ? null : LocalDate.parse(value));
                picker.setReadOnly(!edit);
                picker.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        answer(e.getValue() == null ? null : e.getValue().toString());
                    }
                });
                yield picker;
            }
        };
    }

    private String range(TemplateItemData data) {
        if (data.rule().min() != null && data.rule().max() != null) {
            return getTranslation("compliance.run.range", data.rule().min().toPlainString(),
                    data.rule().max().toPlainString());
        }
        if (data.rule().min() != null) {
            return getTranslation("compliance.run.range-min", data.rule().min().toPlainString());
        }
        return data.rule().max() == null ? "" : getTranslation("compliance.run.range-max",
                data.rule().max().toPlainString());
    }

    private Component choices(@Nullable String value, boolean edit, List<String> options,
            @Nullable String labelPrefix) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setId("answer-" + itemId);
        group.addClassName("answer-choices");
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.setItems(options);
        group.setItemLabelGenerator(o -> labelPrefix == null ? o : getTranslation(labelPrefix + o));
        group.setValue(value);
        group.setReadOnly(!edit);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                answer(e.getValue());
            }
        });
        return group;
    }
}

package app.tandem.compliance.ui;

import app.tandem.compliance.ChoiceOption;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.TemplateItemData;
import app.tandem.compliance.VersionContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A version's items as the run page asks them, with the answers each allows. */
class TemplatePreviewDialog extends Dialog {

    TemplatePreviewDialog(VersionContent c) {
        setHeaderTitle(getTranslation("compliance.template.preview-title", c.templateName(), c.number()));
        setId("template-preview-dialog");
        for (VersionContent.Section s : c.sections()) {
            add(new H3(s.title()));
            for (TemplateItemData item : s.items()) {
                Div card = new Div();
                card.addClassName("run-item");
                Span prompt = new Span(item.prompt());
                prompt.addClassName("run-item-prompt");
                card.add(prompt);
                if (item.help() != null) {
                    card.add(new Paragraph(item.help()));
                }
                card.add(new Span(answers(item)));
                add(card);
            }
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(30rem, 100vw)");
    }

    private String answers(TemplateItemData item) {
        ItemRule r = item.rule();
        return switch (r.type()) {
            case PASS_FAIL_NA -> getTranslation("compliance.answer.PASS") + " / " + getTranslation(
                    "compliance.answer.FAIL") + " / " + getTranslation("compliance.answer.NA");
            case YES_NO_NA -> getTranslation("compliance.answer.YES") + " / " + getTranslation("compliance.answer.NO")
                    + " / " + getTranslation("compliance.answer.NA");
            case CHOICE -> String.join(" / ", r.options().stream().map(ChoiceOption::label).toList());
            default -> getTranslation("compliance.type." + r.type().name())
                    + (item.unit() == null ? "" : " (" + item.unit() + ")");
        };
    }
}

package app.tandem.crm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A step of the import page: a card with its numbered title. */
abstract class ImportStep extends Div {

    ImportStep(String titleKey) {
        add(new H3(getTranslation(titleKey)));
        addClassNames("card-section", "import-section");
    }

    /** A paragraph of explanation, in the import's hint style. */
    Paragraph hint(String key, Object... args) {
        Paragraph hint = new Paragraph(getTranslation(key, args));
        hint.addClassName("import-hint");
        return hint;
    }
}

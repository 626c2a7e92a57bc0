package app.tandem.crm.ui;

import app.tandem.crm.DuplicateMatch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One possible duplicate in a warning dialog: open it if the user may read it, else who owns it. */
final class DuplicateRow {

    private DuplicateRow() {
    }

    static Component of(DuplicateMatch match, String idPrefix, Runnable open) {
        Span label = new Span(match.detail() == null ? match.name() : match.name() + " (" + match.detail() + ")");
        HorizontalLayout row = new HorizontalLayout(label);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (match.readable()) {
            Button openMatch = new Button(label.getTranslation("crm.duplicate.open"), e -> open.run());
            openMatch.setId(idPrefix + match.id());
            openMatch.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(openMatch);
        } else {
            Span owner = new Span(label.getTranslation("crm.duplicate.elsewhere", match.ownerName()));
            owner.addClassName("duplicate-elsewhere");
            owner.setId(idPrefix.replace("-open-", "-elsewhere-") + match.id());
            row.add(owner);
        }
        return row;
    }
}

package app.tandem.crm.ui;

import app.tandem.crm.DuplicateMatch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.LongConsumer;

/** Before a new account or contact is created: possibly it exists already; offer to open it instead. */
final class DuplicateWarning {

    private DuplicateWarning() {
    }

    /**
     * Runs {@code create} at once when nothing similar exists, else after the user confirms.
     *
     * @param messages the start of the dialog's keys ({@code .title}, {@code .text}, {@code .create})
     */
    static void askOrRun(List<DuplicateMatch> similar, String dialogId, String openIdPrefix, String messages,
            LongConsumer open, Runnable create) {
        if (similar.isEmpty()) {
            create.run();
            return;
        }
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(dialogId);
        dialog.setHeader(ui.getTranslation(messages + ".title"));
        VerticalLayout matches = new VerticalLayout(new Paragraph(ui.getTranslation(messages + ".text")));
        matches.setPadding(false);
        matches.setSpacing(false);
        for (DuplicateMatch match : similar) {
            matches.add(DuplicateRow.of(match, openIdPrefix, () -> {
                dialog.close();
                open.accept(match.id());
            }));
        }
        dialog.setText(matches);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation(messages + ".create"));
        dialog.addConfirmListener(e -> create.run());
        dialog.open();
    }
}

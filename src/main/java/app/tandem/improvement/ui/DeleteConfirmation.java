package app.tandem.improvement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Delete …?" before a plan row or an impact goes. */
final class DeleteConfirmation {

    private DeleteConfirmation() {
    }

    static void open(String title, String text, Runnable delete) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog(title, text, ui.getTranslation("action.delete"), e -> delete.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setId("improvement-confirm-delete");
        confirm.open();
    }
}

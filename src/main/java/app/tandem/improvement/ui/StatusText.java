package app.tandem.improvement.ui;

import app.tandem.base.DomainException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.improvement.ItemStatus;
import com.vaadin.flow.component.UI;
import java.util.Arrays;

/** Shows a refused status step with the statuses in the user's words instead of their names. */
final class StatusText {

    private StatusText() {
    }

    static void showFailure(RuntimeException failure) {
        if (failure instanceof DomainException domain && domain.getMessageKey().startsWith("improvement.transition.")) {
            UI ui = UI.getCurrent();
            Object[] args = Arrays.stream(domain.getArguments())
                    .map(a -> a instanceof String s && isStatus(s) ? ui.getTranslation("improvement.status." + s) : a)
                    .toArray();
            Notices.error(ui.getTranslation(domain.getMessageKey(), args));
        } else {
            Failures.show(failure);
        }
    }

    private static boolean isStatus(String name) {
        return Arrays.stream(ItemStatus.values()).anyMatch(s -> s.name().equals(name));
    }
}

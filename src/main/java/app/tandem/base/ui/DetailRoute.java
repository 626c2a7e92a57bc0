package app.tandem.base.ui;

import app.tandem.base.RecordNotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The record parameter of a master-detail route ({@code /crm/accounts/:accountId?}, see docs/adr/0004):
 * none shows the list, {@code new} an empty form, a number that record. A record the user may not read, or
 * any other failure to load it, shows a message and the list; anything else in the URL goes to the list.
 */
public final class DetailRoute {

    public static final String NEW = "new";

    private DetailRoute() {
    }

    public static void dispatch(BeforeEnterEvent event, String parameter, Runnable showList, Runnable openNew,
            LongConsumer openRecord) {
        @SuppressWarnings("unchecked")
        Class<? extends Component> list = (Class<? extends Component>) event.getNavigationTarget();
        Optional<String> value = event.getRouteParameters().get(parameter);
        if (value.isEmpty()) {
            showList.run();
        } else if (NEW.equals(value.get())) {
            openNew.run();
        } else if (value.get().matches("\\d{1,18}")) {
            try {
                openRecord.accept(Long.parseLong(value.get()));
            } catch (RecordNotFoundException e) {
                Notices.error(UI.getCurrent().getTranslation("error.not-found"));
                showList.run();
                event.forwardTo(list);
            } catch (RuntimeException e) {
                Failures.show(e);
                showList.run();
                event.forwardTo(list);
            }
        } else {
            event.forwardTo(list);
        }
    }
}

package app.tandem.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Behind {@link SecondFactorGateFilter}, on the view level: a user owing the second factor sees only the code
 * step, an administrator who must set it up sees only My account until it is on (ADR 0015).
 */
@Component
class SecondFactorNavigationGate implements VaadinServiceInitListener {

    /** My account, where two-factor sign-in is turned on. */
    static final String SETUP_ROUTE = "account";

    private final CurrentUser currentUser;

    SecondFactorNavigationGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::gate));
    }

    private void gate(BeforeEnterEvent event) {
        TandemUser user = currentUser.get().orElse(null);
        if (user == null) {
            return;
        }
        Class<?> target = event.getNavigationTarget();
        if (user.secondFactorPending()) {
            if (target != SecondFactorView.class) {
                event.forwardTo(SecondFactorView.class);
            }
        } else if (user.secondFactorSetupRequired() && !SETUP_ROUTE.equals(event.getLocation().getPath())
                && target != LoginView.class) {
            event.forwardTo(SETUP_ROUTE);
        }
    }
}

package app.tandem.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second login step: the 6-digit code of the authenticator app or a recovery code. Wrong codes count like
 * wrong passwords (account lockout, address throttle); the right one grants the roles in a new session id.
 */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final SecondFactorCheck check;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    final TextField code = new TextField();
    final Button verify = new Button();
    private @Nullable TandemUser pending;

    SecondFactorView(SecondFactorCheck check, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.check = check;
        this.throttle = throttle;
        this.events = events;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        code.setLabel(getTranslation("twofa.login.code"));
        code.setId("second-factor-code");
        code.setHelperText(getTranslation("twofa.login.code.helper"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(32);
        code.setAutofocus(true);
        code.setManualValidation(true);
        code.setWidthFull();
        verify.setText(getTranslation("twofa.login.verify"));
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setWidthFull();
        verify.addClickListener(e -> verify());
        verify.addClickShortcut(Key.ENTER).listenOn(code);
        Button other = new Button(getTranslation("twofa.login.cancel"), e -> cancel());
        other.setId("second-factor-cancel");
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        VerticalLayout card = new VerticalLayout(new H2(getTranslation("twofa.login.title")),
                new Paragraph(getTranslation("twofa.login.text")), code, verify, other);
        card.addClassName("second-factor-card");
        card.setMaxWidth("22rem");
        card.setPadding(false);
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = pendingUser();
        if (pending == null) {
            event.forwardTo(LoginView.class);
        }
    }

    /** Set by the gate filter on a real request; in a view test the security context holds the user. */
    static @Nullable TandemUser pendingUser() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        TandemUser fromFilter = request == null ? null : SecondFactorGateFilter.pendingUser(request.getHttpServletRequest());
        if (fromFilter != null) {
            return fromFilter;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TandemUser user && user.secondFactorPending() ? user : null;
    }

    private void verify() {
        TandemUser user = pending;
        if (user == null) {
            cancel();
            return;
        }
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        if (throttle.isBlocked(request.getRemoteAddr())) {
            log.warn("Second factor refused, address throttled: user={} from={}", user.getUsername(),
                    request.getRemoteAddr());
            endSession("/login?error");
            return;
        }
        switch (check.verify(user.id(), code.getValue())) {
            case ACCEPTED -> complete(user, request);
            case LOCKED -> endSession("/login?error");
            case WRONG -> {
                UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                        user.getUsername(), null);
                attempt.setDetails(new WebAuthenticationDetails(request));
                events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                        new BadCredentialsException("Wrong second factor")));
                code.clear();
                code.setErrorMessage(getTranslation("twofa.login.wrong"));
                code.setInvalid(true);
                code.focus();
            }
        }
    }

    private void complete(TandemUser user, HttpServletRequest request) {
        TandemUser full = user.withSecondFactorDone(user.securityStamp());
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(full, null,
                full.getAuthorities());
        auth.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        // a new session id for the now fully authenticated session (session fixation)
        request.changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request,
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        events.publishEvent(new AuthenticationSuccessEvent(auth));
        UI.getCurrent().getPage().setLocation(request.getContextPath() + "/");
    }

    private void cancel() {
        endSession("/login");
    }

    private void endSession(String path) {
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation(contextPath + path);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofa.login.title") + " | " + getTranslation("app.name");
    }
}

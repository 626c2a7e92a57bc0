package app.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A logged-in user opened a page their roles do not allow: say so, and log who, what and from where. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        VaadinRequest request = VaadinRequest.getCurrent();
        log.warn("Access denied: user={} from={} to=/{}", auth == null ? "anonymous" : auth.getName(),
                request == null ? "unknown" : request.getRemoteAddr(), event.getLocation().getPath());
        removeAll();
        addClassName("error-view");
        setId("access-denied");
        add(new H2(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.page")),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title") + " | " + getTranslation("app.name");
    }
}

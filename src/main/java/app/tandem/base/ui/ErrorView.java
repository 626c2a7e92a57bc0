package app.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Unexpected failure while opening a page: a generic message with a reference id, never a stack trace. */
@AnonymousAllowed
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("error-view");
        add(new H2(getTranslation("error.title")), new Paragraph(Failures.describe(parameter.getCaughtException())),
                new Anchor("", getTranslation("error.home")));
        return Failures.databaseUnavailable(parameter.getCaughtException()) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

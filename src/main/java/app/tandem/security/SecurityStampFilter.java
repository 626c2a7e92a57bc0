package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user's security stamp changed (deactivated, renamed, roles or password changed), on
 * whichever node the request lands. The request then goes on as anonymous: a page request is sent to the
 * login page, and Vaadin answers a UIDL request of the dead session with "session expired", which makes
 * the browser reload and land on the login page.
 */
public class SecurityStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final SecurityStampCache stamps;

    public SecurityStampFilter(SecurityStampCache stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TandemUser user && !stamps.isCurrent(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // another request of the same session ended it first
                }
            }
            SecurityContextHolder.clearContext();
            log.info("Session ended: access of user={} changed since login", user.getUsername());
        }
        chain.doFilter(request, response);
    }
}

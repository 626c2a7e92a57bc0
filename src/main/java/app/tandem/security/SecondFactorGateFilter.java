package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who gave the password but not yet the second factor is anonymous to every view and service: the
 * request goes on without them; only the code step reads them from a request attribute (ADR 0015).
 */
public class SecondFactorGateFilter extends OncePerRequestFilter {

    static final String PENDING_USER = SecondFactorGateFilter.class.getName() + ".pendingUser";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TandemUser user && user.secondFactorPending()) {
            request.setAttribute(PENDING_USER, user);
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    static @Nullable TandemUser pendingUser(HttpServletRequest request) {
        return request.getAttribute(PENDING_USER) instanceof TandemUser user ? user : null;
    }
}

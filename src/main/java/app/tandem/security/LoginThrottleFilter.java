package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login POST from a throttled address before the password is even checked (ADR 0009). */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final LoginThrottle throttle;
    private final String loginPath;

    LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + loginPath).equals(request.getRequestURI())
                && throttle.isBlocked(request.getRemoteAddr())) {
            log.warn("Login refused, address throttled: user={} from={}", request.getParameter("username"),
                    request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}

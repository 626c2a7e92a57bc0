package app.tandem;

import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Who is logged in during a test: a real {@link TandemUser} principal, as after a login through the form. */
public final class TestUsers {

    private TestUsers() {
    }

    /** Logs in the given user (already saved, so the id is real) for the rest of the test. */
    public static void loginAs(long id, String username, Role... roles) {
        TestSecurityContextHolder.setAuthentication(authentication(id, username, roles));
    }

    /** Logs in an administrator who has no row in the database (enough for admin service calls). */
    public static void loginAsAdmin(String username) {
        loginAs(-1, username, Role.ADMIN);
    }

    /** Runs the action as that user and restores whoever was logged in before. */
    public static <T> T runAs(long id, String username, Set<Role> roles, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        TestSecurityContextHolder.setAuthentication(authentication(id, username, roles.toArray(Role[]::new)));
        try {
            return action.get();
        } finally {
            TestSecurityContextHolder.setContext(previous);
        }
    }

    public static <T> T runAsAdmin(String username, Supplier<T> action) {
        return runAs(-1, username, EnumSet.of(Role.ADMIN), action);
    }

    public static void logout() {
        TestSecurityContextHolder.clearContext();
    }

    private static Authentication authentication(long id, String username, Role... roles) {
        TandemUser user = new TandemUser(id, username, username, null, Set.of(roles), true, false);
        List<SimpleGrantedAuthority> authorities = Set.of(roles).stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** Leaves no logged-in user behind for the next test, and puts the test clock back to real time. */
    public static final class Cleanup implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            logout();
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            spring.getBean(MutableClock.class).reset();
        }
    }
}

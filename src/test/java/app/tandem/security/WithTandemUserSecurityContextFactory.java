package app.tandem.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Creates the {@link WithTandemUser} in the test database and logs them in. */
final class WithTandemUserSecurityContextFactory implements WithSecurityContextFactory<WithTandemUser> {

    private final TestUsers testUsers;

    WithTandemUserSecurityContextFactory(ApplicationContext context) {
        this.testUsers = new TestUsers(context);
    }

    @Override
    public SecurityContext createSecurityContext(WithTandemUser annotation) {
        Set<Role> roles = EnumSet.copyOf(Arrays.asList(annotation.roles()));
        String username = annotation.username().isBlank() ? TestUsers.usernameFor(roles) : annotation.username();
        TandemUser user = testUsers.ensure(username, roles);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestUsers.authenticationOf(user));
        return context;
    }
}

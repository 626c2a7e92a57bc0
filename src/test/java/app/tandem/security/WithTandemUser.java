package app.tandem.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a real user of the test database with these roles (created once if missing), logged in
 * as with the login form: the principal is a {@link TandemUser}, as the shell and the services expect.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithTandemUserSecurityContextFactory.class)
public @interface WithTandemUser {

    Role[] roles() default Role.STAFF;

    /** A username of its own, for a test that changes the user (e.g. their password); empty: derived from the roles. */
    String username() default "";
}

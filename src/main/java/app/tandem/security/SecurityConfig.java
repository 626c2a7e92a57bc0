package app.tandem.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default: every view needs an access annotation and every service method is secured
 * ({@code @EnableMethodSecurity}); the service layer is the boundary.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Not jsr250Enabled: views carry @RolesAllowed/@PermitAll for Vaadin's navigation access control, and JSR-250
// method security would wrap every such view in a CGLIB proxy that checks roles on each call. Services use @PreAuthorize.
@EnableMethodSecurity
class SecurityConfig {

    /** Vaadin needs inline styles and scripts and eval (executeJs); everything else is same-origin only. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, SecurityStampCache stamps,
            LoginThrottle loginThrottle) throws Exception {
        // Vaadin's own CSRF setup exempts the login form; ours checks it (the login form sends the token
        // from the page's _csrf meta tag). Vaadin's internal requests carry Vaadin's own CSRF token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterAfter(new SecurityStampFilter(stamps), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SecondFactorGateFilter(), SecurityStampFilter.class);
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle, "/login"), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> { })
                // Vaadin's page handler commits its response in a way the lazy header writer misses
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/icons/**", "/webjars/**").permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Makes method security publish denials, which {@link SecurityEventLog} writes to the log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}

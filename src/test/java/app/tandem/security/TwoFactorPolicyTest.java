package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TwoFactorPolicyTest {

    @Test
    void administrators_need_it_by_default() {
        MockEnvironment production = new MockEnvironment().withProperty("tandem.demo-data", "false");

        assertThat(new TwoFactorPolicy(production).requiredFor(Set.of(Role.ADMIN))).isTrue();
        assertThat(new TwoFactorPolicy(production).requiredFor(Set.of(Role.MANAGER, Role.STAFF))).isFalse();
    }

    @Test
    void demo_mode_does_not_require_it_so_the_demo_logins_open_with_their_password() {
        MockEnvironment demo = new MockEnvironment().withProperty("tandem.demo-data", "true");

        assertThat(new TwoFactorPolicy(demo).requiredFor(Set.of(Role.ADMIN))).isFalse();
    }

    @Test
    void the_setting_wins_over_demo_mode() {
        MockEnvironment demoButRequired = new MockEnvironment().withProperty("tandem.demo-data", "true")
                .withProperty(TwoFactorPolicy.PROPERTY, "true");
        MockEnvironment productionWithout = new MockEnvironment().withProperty("tandem.demo-data", "false")
                .withProperty(TwoFactorPolicy.PROPERTY, "false");

        assertThat(new TwoFactorPolicy(demoButRequired).requiredFor(Set.of(Role.ADMIN))).isTrue();
        assertThat(new TwoFactorPolicy(productionWithout).requiredFor(Set.of(Role.ADMIN))).isFalse();
    }
}

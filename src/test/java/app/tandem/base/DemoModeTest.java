package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void demo_data_is_on_by_default_with_the_embedded_database() {
        assertThat(DemoMode.isOn(new MockEnvironment())).isTrue();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("tandem.embedded-db.enabled", "true"))).isTrue();
    }

    @Test
    void demo_data_is_off_by_default_on_an_external_database() {
        assertThat(DemoMode.isOn(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example.org/tandem"))).isFalse();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("tandem.embedded-db.enabled", "false")))
                .isFalse();
    }

    @Test
    void an_explicit_setting_wins() {
        assertThat(DemoMode.isOn(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example.org/tandem")
                .withProperty("tandem.demo-data", "true"))).isTrue();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("tandem.demo-data", "false"))).isFalse();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("tandem.demo-data", " TRUE "))).isTrue();
    }

    @Test
    void a_blank_setting_counts_as_not_set() {
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("tandem.demo-data", " "))).isTrue();
        assertThat(DemoMode.isOn(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example.org/tandem")
                .withProperty("tandem.demo-data", ""))).isFalse();
    }
}

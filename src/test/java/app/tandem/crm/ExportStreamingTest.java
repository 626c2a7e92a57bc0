package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestClockConfig;
import app.tandem.TestUsers;
import app.tandem.base.io.TabularFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;

/**
 * Exports do not hold all rows in memory: MariaDB Connector/J streams a forward-only result set when its fetch
 * size is above zero (otherwise it reads the whole result first). This watches the JDBC calls of a real export,
 * so a change of driver, Hibernate or query hint that loses the streaming fails here. Its own Spring context:
 * the data source is wrapped to watch it.
 */
@SpringBootTest
@Import({TestClockConfig.class, ExportStreamingTest.WatchedDataSource.class})
class ExportStreamingTest {

    /** What the export's statements were told and what the driver answered, as "fetchSize=1000" etc. */
    static final List<String> calls = new CopyOnWriteArrayList<>();

    @Autowired
    AccountService accountService;

    @Test
    void an_export_reads_its_rows_from_a_streaming_result_set_a_thousand_at_a_time() {
        calls.clear();

        TestUsers.runAsAdmin("exporter", () -> {
            try {
                accountService.export(AccountFilter.any(), Sort.unsorted(), TabularFormat.CSV,
                        new ByteArrayOutputStream(), ZoneOffset.UTC, Locale.ENGLISH, key -> key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });

        assertThat(calls).containsSubsequence("prepare account list", "fetchSize=1000",
                "result org.mariadb.jdbc.client.result.StreamingResult forward-only");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WatchedDataSource {

        @Bean
        static BeanPostProcessor watchDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                            ? watch(DataSource.class, dataSource) : bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T watch(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (type == PreparedStatement.class && method.getName().equals("setFetchSize")) {
                calls.add("fetchSize=" + args[0]);
            }
            if (result instanceof Connection connection && type == DataSource.class) {
                return watch(Connection.class, connection);
            }
            if (result instanceof PreparedStatement statement && type == Connection.class) {
                if (String.valueOf(args[0]).matches("(?s)select .* from account .* join app_user .*")) {
                    calls.add("prepare account list");
                }
                return watch(PreparedStatement.class, statement);
            }
            if (result instanceof ResultSet resultSet && type == PreparedStatement.class) {
                calls.add("result " + resultSet.unwrap(ResultSet.class).getClass().getName()
                        + (resultSet.getType() == ResultSet.TYPE_FORWARD_ONLY ? " forward-only" : " scrollable"));
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(ExportStreamingTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}

package app.tandem.base.db;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup database: without {@code spring.datasource.url} Tandem starts an embedded MariaDB and hands
 * its URL to Boot's own DataSource, Liquibase and JPA auto-configuration as {@link JdbcConnectionDetails}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${tandem.embedded-db.enabled:true} and '${spring.datasource.url:}' == ''")
class EmbeddedMariaDbConfiguration {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Bean
    EmbeddedMariaDb embeddedMariaDb(@Value("${tandem.embedded-db.data-dir}") String dataDir,
            @Value("${tandem.embedded-db.base-dir}") String baseDir,
            @Value("${tandem.embedded-db.ephemeral:false}") boolean ephemeral,
            @Value("${tandem.embedded-db.buffer-pool-size:256M}") String bufferPoolSize) {
        return EmbeddedMariaDb.startOnce(Path.of(dataDir), Path.of(baseDir), ephemeral, bufferPoolSize);
    }

    @Bean
    JdbcConnectionDetails embeddedMariaDbConnectionDetails(EmbeddedMariaDb server,
            @Value("${tandem.embedded-db.database:tandem}") String database,
            @Value("${tandem.embedded-db.database-per-context:false}") boolean databasePerContext) {
        // tests: every Spring test context gets a fresh, empty database on the one server of the JVM
        String name = databasePerContext ? database + "_" + CONTEXTS.incrementAndGet() : database;
        String url = server.createDatabase(name);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}

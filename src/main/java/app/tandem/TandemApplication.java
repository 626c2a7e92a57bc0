package app.tandem;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.envers.repository.support.EnversRevisionRepositoryFactoryBean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication
@EnableJpaRepositories(repositoryFactoryBeanClass = EnversRevisionRepositoryFactoryBean.class)
public class TandemApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--generate")) {
            // a command, not a server: generate CRM data (crm.domain.CrmDataGeneratorRunner) and exit. The web
            // context stays (Vaadin's security configuration needs a servlet context), on a random free port.
            SpringApplication application = new SpringApplication(TandemApplication.class);
            if (System.getProperty("server.port") == null) {
                System.setProperty("server.port", "0");
            }
            int exitCode = 1;
            try {
                exitCode = SpringApplication.exit(application.run(args));
            } finally {
                System.exit(exitCode);
            }
        }
        SpringApplication.run(TandemApplication.class, args);
    }
}

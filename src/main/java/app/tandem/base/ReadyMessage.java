package app.tandem.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Tandem where to open it. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger("tandem");

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("Tandem is ready at http://localhost:{}/", web.getWebServer().getPort());
        }
    }
}

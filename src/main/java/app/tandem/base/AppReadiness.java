package app.tandem.base;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the application has finished starting (every startup runner done, demo data included). Scheduled jobs
 * skip their turn until then: a job that ran while the demo data was being written could change the same records
 * under it (e.g. mark a checklist run missed while it is being filled) and stop the start.
 */
@Component
public class AppReadiness {

    private final AtomicBoolean ready = new AtomicBoolean();

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        ready.set(true);
    }

    public boolean ready() {
        return ready.get();
    }
}

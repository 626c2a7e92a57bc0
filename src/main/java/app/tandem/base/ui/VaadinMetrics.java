package app.tandem.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Vaadin sessions and UIs (open browser tabs) held by this node, as the gauges {@code tandem.vaadin.sessions} and
 * {@code tandem.vaadin.uis}: what a node's memory grows with.
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        Gauge.builder("tandem.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open in this node").register(registry);
        Gauge.builder("tandem.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) open in this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}

package app.tandem.base.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Publishes {@link RunningWork} as gauges. */
@Component
class OperationsMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RunningWork kind : RunningWork.values()) {
            Gauge.builder("tandem.work.running", kind, RunningWork::running)
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Imports or exports running in this node")
                    .register(registry);
        }
    }
}

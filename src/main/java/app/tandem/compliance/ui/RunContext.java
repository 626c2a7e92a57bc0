package app.tandem.compliance.ui;

import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.RunEvidenceService;
import app.tandem.compliance.RunSignOffService;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The run open on the run page, as its sections see it: the run's id, the services that read and change it, and
 * the page's {@code act} (make a change, then show the run as it now stands) and {@code reload}.
 */
record RunContext(long runId, ChecklistRunService runs, RunEvidenceService evidence, RunSignOffService signOffs,
        Clock clock, Consumer<Runnable> act, Runnable reload) {

    void act(Runnable change) {
        act.accept(change);
    }
}

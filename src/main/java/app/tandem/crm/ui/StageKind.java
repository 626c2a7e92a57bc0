package app.tandem.crm.ui;

import app.tandem.crm.ForecastCategory;
import java.util.List;

/** What a stage is, as the settings form offers it: the closed and won flags as one choice. */
enum StageKind {
    OPEN(false, false),
    WON(true, true),
    LOST(true, false);

    private final boolean closed;
    private final boolean won;

    StageKind(boolean closed, boolean won) {
        this.closed = closed;
        this.won = won;
    }

    static StageKind of(boolean closed, boolean won) {
        return !closed ? OPEN : won ? WON : LOST;
    }

    boolean closed() {
        return closed;
    }

    boolean won() {
        return won;
    }

    /** The forecast categories that fit: closed stages count as CLOSED, open ones as one of the others. */
    List<ForecastCategory> categories() {
        return closed ? List.of(ForecastCategory.CLOSED)
                : List.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT);
    }
}

package app.tandem.performance;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A person's (or, with a null user id, the team's roll-up) scores in a period, one per metric. */
public record MemberScores(@Nullable Long userId, String name, List<Score> scores) {

    public Optional<Score> score(MetricRef metric) {
        return scores.stream().filter(s -> s.metric().equals(metric)).findFirst();
    }
}

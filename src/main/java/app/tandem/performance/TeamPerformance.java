package app.tandem.performance;

import java.util.List;

/** A team's members' scores in a period, the metrics they cover, and the team's roll-up. */
public record TeamPerformance(long teamId, String teamName, Period period, List<MetricRef> metrics,
        List<MemberScores> members, MemberScores team) {
}

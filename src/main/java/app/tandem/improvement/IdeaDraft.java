package app.tandem.improvement;

import org.jspecify.annotations.Nullable;

/** What "Submit an idea" asks: a title, the problem, optionally the area and the team (default: the submitter's). */
public record IdeaDraft(String title, String problemStatement, @Nullable Long areaId, @Nullable Long teamId) {
}

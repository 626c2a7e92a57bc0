package app.tandem.improvement;

import org.jspecify.annotations.Nullable;

/**
 * What "Submit an idea" asks: a title, the problem, optionally the area and the team (default: the submitter's).
 * It stays as the one input of the submit methods, for the CRM's "raise an idea" too, and the submit form binds it
 * directly ({@code Binder.writeRecord}), so there is no separate form bean.
 */
public record IdeaDraft(String title, String problemStatement, @Nullable Long areaId, @Nullable Long teamId) {
}

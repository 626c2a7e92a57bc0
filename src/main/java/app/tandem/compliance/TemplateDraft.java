package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/** A template's name, category and description, as created or changed. */
public record TemplateDraft(String name, long categoryId, @Nullable String description) {
}

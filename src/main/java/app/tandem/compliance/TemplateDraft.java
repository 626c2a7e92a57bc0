package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A template's name, category and description, as created or changed. Kept: it is the record the service takes
 * (the templates list creates with it, the editor changes with it), not a form's bean.
 */
public record TemplateDraft(String name, long categoryId, @Nullable String description) {
}

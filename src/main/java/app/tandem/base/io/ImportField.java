package app.tandem.base.io;

import java.util.List;

/**
 * A field an import can fill from a file column.
 *
 * @param key the field's key, e.g. {@code "firstName"}; it matches a header that normalises to the same text
 * @param labelKey the message key of the field's label, shown when mapping columns
 * @param required whether the import cannot run without a column for it
 * @param synonyms other headers that mean this field, e.g. {@code "Company"} for the account's name
 */
public record ImportField(String key, String labelKey, boolean required, List<String> synonyms) {

    public ImportField {
        synonyms = List.copyOf(synonyms);
    }
}

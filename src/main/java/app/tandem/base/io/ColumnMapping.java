package app.tandem.base.io;

import app.tandem.base.DomainException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Suggests which file column fills which import field, and checks a mapping before an import runs. Headers and
 * field names are compared normalised: lower case, without accents, punctuation or spaces ("E-Mail Address" is
 * "emailaddress").
 */
public final class ColumnMapping {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Shorter names would find themselves in too many headers ("id" in "Idea"). */
    private static final int MIN_CONTAINED_LENGTH = 3;

    private ColumnMapping() {
    }

    /**
     * Field key to column index, for the fields a column was found for. Tried in order: a header equal to the
     * field's key, then equal to one of its synonyms, then containing the key or a synonym (the longest match
     * first). Within a step, fields win in the order given. A column fills at most one field.
     */
    public static Map<String, Integer> suggest(List<ImportField> fields, List<String> headers) {
        List<String> normalisedHeaders = headers.stream().map(ColumnMapping::normalise).toList();
        Map<String, Integer> mapping = new LinkedHashMap<>();
        Set<Integer> usedColumns = new HashSet<>();

        for (ImportField field : fields) {
            assignEqual(field, List.of(normalise(field.key())), normalisedHeaders, mapping, usedColumns);
        }
        for (ImportField field : fields) {
            assignEqual(field, normalisedSynonyms(field), normalisedHeaders, mapping, usedColumns);
        }

        record Candidate(int fieldOrder, ImportField field, int column, int length) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            ImportField field = fields.get(f);
            List<String> names = new ArrayList<>(normalisedSynonyms(field));
            names.add(normalise(field.key()));
            for (int column = 0; column < normalisedHeaders.size(); column++) {
                String header = normalisedHeaders.get(column);
                int longest = 0;
                for (String name : names) {
                    if (name.length() >= MIN_CONTAINED_LENGTH && header.contains(name)) {
                        longest = Math.max(longest, name.length());
                    }
                }
                if (longest > 0) {
                    candidates.add(new Candidate(f, field, column, longest));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::fieldOrder)
                .thenComparingInt(Candidate::column));
        for (Candidate candidate : candidates) {
            if (!mapping.containsKey(candidate.field().key()) && !usedColumns.contains(candidate.column())) {
                mapping.put(candidate.field().key(), candidate.column());
                usedColumns.add(candidate.column());
            }
        }

        Map<String, Integer> inFieldOrder = new LinkedHashMap<>();
        for (ImportField field : fields) {
            Integer column = mapping.get(field.key());
            if (column != null) {
                inFieldOrder.put(field.key(), column);
            }
        }
        return inFieldOrder;
    }

    /**
     * Refuses a mapping that leaves a required field without a column, or gives one column to two fields.
     *
     * @param label translates a field's label key for the message, e.g. the view's {@code getTranslation}
     * @throws DomainException {@code import.mapping.missing} with the first unmapped required field's label, or
     *     {@code import.mapping.duplicate} with the labels of two fields given the same column
     */
    public static void requireComplete(List<ImportField> fields, Map<String, Integer> mapping,
            Function<String, String> label) {
        for (ImportField field : fields) {
            if (field.required() && mapping.get(field.key()) == null) {
                throw new DomainException("import.mapping.missing", label.apply(field.labelKey()));
            }
        }
        Map<Integer, ImportField> fieldOfColumn = new HashMap<>();
        for (ImportField field : fields) {
            Integer column = mapping.get(field.key());
            if (column == null) {
                continue;
            }
            ImportField other = fieldOfColumn.putIfAbsent(column, field);
            if (other != null) {
                throw new DomainException("import.mapping.duplicate", label.apply(other.labelKey()),
                        label.apply(field.labelKey()));
            }
        }
    }

    /** "E-Mail Address" becomes "emailaddress", "Straße" becomes "strasse", "Société" becomes "societe". */
    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
        return NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll("");
    }

    private static List<String> normalisedSynonyms(ImportField field) {
        return field.synonyms().stream().map(ColumnMapping::normalise).filter(s -> !s.isEmpty()).toList();
    }

    private static void assignEqual(ImportField field, List<String> names, List<String> headers,
            Map<String, Integer> mapping, Set<Integer> usedColumns) {
        if (mapping.containsKey(field.key())) {
            return;
        }
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            if (!usedColumns.contains(column) && !header.isEmpty() && names.contains(header)) {
                mapping.put(field.key(), column);
                usedColumns.add(column);
                return;
            }
        }
    }
}

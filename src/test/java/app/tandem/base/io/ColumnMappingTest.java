package app.tandem.base.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.tandem.base.DomainException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    static final ImportField NAME = new ImportField("name", "account.name", true,
            List.of("Company", "Company name", "Organisation", "Firma"));
    static final ImportField WEBSITE = new ImportField("website", "account.website", false,
            List.of("Web", "URL", "Homepage"));
    static final ImportField EMAIL = new ImportField("email", "contact.email", false,
            List.of("E-mail address", "Mail"));
    static final ImportField FIRST_NAME = new ImportField("firstName", "contact.first-name", false,
            List.of("Given name", "Vorname"));
    static final ImportField LAST_NAME = new ImportField("lastName", "contact.last-name", true,
            List.of("Surname", "Family name", "Nachname"));
    static final ImportField PHONE = new ImportField("phone", "contact.phone", false, List.of("Telephone", "Tel"));
    static final List<ImportField> FIELDS = List.of(NAME, WEBSITE, EMAIL, FIRST_NAME, LAST_NAME, PHONE);

    static final Function<String, String> LABELS = key -> "label of " + key;

    @Test
    void typical_headers_are_mapped_to_their_fields() {
        List<String> headers = List.of("Company", "Website", "E-mail", "First name", "Last name", "Phone number");

        Map<String, Integer> mapping = ColumnMapping.suggest(FIELDS, headers);

        assertThat(mapping).containsExactly(entry("name", 0), entry("website", 1), entry("email", 2),
                entry("firstName", 3), entry("lastName", 4), entry("phone", 5));
    }

    @Test
    void headers_match_regardless_of_case_accents_punctuation_and_spaces() {
        assertThat(ColumnMapping.normalise(" E-Mail Address ")).isEqualTo("emailaddress");
        assertThat(ColumnMapping.normalise("Société")).isEqualTo("societe");
        assertThat(ColumnMapping.normalise("Straße / Nr.")).isEqualTo("strassenr");

        Map<String, Integer> mapping = ColumnMapping.suggest(FIELDS, List.of("NACHNAME", "e_mail address", "URL"));

        assertThat(mapping).containsOnly(entry("lastName", 0), entry("email", 1), entry("website", 2));
    }

    @Test
    void a_header_equal_to_the_field_wins_over_a_synonym() {
        Map<String, Integer> mapping = ColumnMapping.suggest(List.of(NAME), List.of("Company", "Name"));

        assertThat(mapping).containsExactly(entry("name", 1));
    }

    @Test
    void one_column_is_never_mapped_to_two_fields() {
        ImportField legalName = new ImportField("legalName", "account.legal-name", false,
                List.of("Company name", "Legal name"));

        Map<String, Integer> mapping = ColumnMapping.suggest(List.of(NAME, legalName), List.of("Company Name"));

        assertThat(mapping).containsExactly(entry("name", 0));
    }

    @Test
    void a_column_taken_by_an_exact_match_is_not_given_to_a_field_it_merely_contains() {
        ImportField mobile = new ImportField("mobile", "contact.mobile", false, List.of("Mobile phone", "Cell"));

        Map<String, Integer> mapping = ColumnMapping.suggest(List.of(PHONE, mobile),
                List.of("Mobile phone", "Phone (office)"));

        assertThat(mapping).containsOnly(entry("mobile", 0), entry("phone", 1));
    }

    @Test
    void columns_that_match_no_field_stay_unmapped() {
        Map<String, Integer> mapping = ColumnMapping.suggest(FIELDS, List.of("ID", "", "Notes"));

        assertThat(mapping).isEmpty();
    }

    @Test
    void a_required_field_without_a_column_is_refused_with_its_label() {
        Map<String, Integer> mapping = ColumnMapping.suggest(FIELDS, List.of("Company", "Email"));

        assertThatThrownBy(() -> ColumnMapping.requireComplete(FIELDS, mapping, LABELS))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("import.mapping.missing");
                    assertThat(e.getArguments()).containsExactly("label of contact.last-name");
                });
    }

    @Test
    void a_complete_mapping_passes_and_two_fields_on_one_column_are_refused() {
        ColumnMapping.requireComplete(FIELDS, Map.of("name", 0, "lastName", 1), LABELS);

        assertThatThrownBy(() -> ColumnMapping.requireComplete(FIELDS, Map.of("name", 0, "lastName", 0), LABELS))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("import.mapping.duplicate");
                    assertThat(e.getArguments()).containsExactly("label of account.name",
                            "label of contact.last-name");
                });
    }
}

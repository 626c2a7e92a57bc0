package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FulltextTermsTest {

    @Test
    void every_word_is_required_finished_words_exactly_and_the_word_being_typed_as_a_prefix() {
        assertThat(FulltextTerms.of("Acme GmbH")).hasValue("+acme +gmbh*");
        assertThat(FulltextTerms.of("  Müller-Lüdenscheid")).hasValue("+müller +lüdenscheid*");
        assertThat(FulltextTerms.of("anna@test.example")).hasValue("+anna +test +example*");
        assertThat(FulltextTerms.of("gott")).hasValue("+gott*");
    }

    @Test
    void after_a_space_or_punctuation_the_last_word_is_finished_too() {
        assertThat(FulltextTerms.of("Acme GmbH ")).hasValue("+acme +gmbh");
        assertThat(FulltextTerms.of("Beier, Greenholt and Conn.")).hasValue("+beier +greenholt +conn");
        assertThat(FulltextTerms.of("Beier, Greenholt and Conn")).hasValue("+beier +greenholt +conn*");
        assertThat(FulltextTerms.of("gottlieb\t")).hasValue("+gottlieb");
    }

    @Test
    void boolean_operators_and_punctuation_only_separate_words() {
        assertThat(FulltextTerms.of("+acme -gmbh \"corp\" (x) ~old <new> @3 wid*")).hasValue(
                "+acme +gmbh +corp +old +new +wid");
        assertThat(FulltextTerms.of("+acme -gmbh wid")).hasValue("+acme +gmbh +wid*");
        assertThat(FulltextTerms.of("+-*\"()~<>@")).isEmpty();
        assertThat(FulltextTerms.of("'; drop table account; --")).hasValue("+drop +table +account");
    }

    @Test
    void words_innodb_does_not_index_are_left_out_and_repeats_and_excess_words_dropped() {
        assertThat(FulltextTerms.of("the bank of an island")).hasValue("+bank +island*");
        assertThat(FulltextTerms.of("Kuphal, Krajcik and")).as("and: in half of all company names")
                .hasValue("+kuphal +krajcik");
        assertThat(FulltextTerms.of("island ba")).as("a word too short to search yet").hasValue("+island");
        assertThat(FulltextTerms.of("ab cd")).isEmpty();
        assertThat(FulltextTerms.of("acme ACME acme")).hasValue("+acme");
        assertThat(FulltextTerms.of("one two six ten red tan fig oak elm ash")).hasValue(
                "+one +two +six +ten +red +tan +fig +oak");
        assertThat(FulltextTerms.of("a" + "b".repeat(50) + " acme")).as("a word cut to 40 letters stays a prefix")
                .hasValue("+a" + "b".repeat(39) + "* +acme*");
        assertThat(FulltextTerms.of(null)).isEmpty();
    }

    @Test
    void a_contains_pattern_takes_like_wildcards_literally() {
        assertThat(FulltextTerms.containsPattern(" 100%_off\\ ")).isEqualTo("%100\\%\\_off\\\\%");
    }
}

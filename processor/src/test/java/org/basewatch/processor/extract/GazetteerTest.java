package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "غادرت القوات قاعدة عين الاسد الجوية | ain-al-asad",
            "وصلت الى قاعدة الحرير | harir",
            "سلمت معسكر التاجي | taji",
            "من مطار أربيل الدولي | erbil-air-base",
            "left Ain al-Asad air base | ain-al-asad",
            "handed over K-1 | k1",
            "في المناطق الاتحادية | iq-federal",
            "من إقليم كوردستان | iq-kurdistan",
            "troops in Iraq | iq",
            "انسحبت من بغداد | baghdad",
            "moved to Erbil | erbil"})
    void shouldFindThePlaceANameStandsFor(String text, String place) {
        assertEquals(List.of(place), places(text));
    }

    @ParameterizedTest(name = "{0} names no place")
    @CsvSource(delimiter = '|', value = {
            "نفت حكومة إقليم كردستان الأنباء",
            "The Kurdistan Regional Government said",
            "Iraq's prime minister said",
            "بغداد وواشنطن اتفقتا",
            "قال إن بغداد ترفض",
            "بعثة الناتو في العراق",
            "the Islamic Resistance in Iraq claimed"})
    void shouldNotReadANameInsideAnotherNameOrAsAGovernment(String text) {
        assertEquals(List.of(), places(text).stream().filter(p -> !p.equals("abroad") && !p.equals("syria")).toList());
    }

    @Test
    void shouldDropANameThatOnlySaysWhereAnotherPlaceLies() {
        assertEquals(List.of("harir"), places("قاعدة حرير الجوية شمال شرقي أربيل"));
        assertEquals(List.of("ain-al-asad"), places("Ain al-Asad air base in Anbar province"));
        assertEquals(List.of("harir", "erbil"), places("في حرير وأربيل"), "a list is not a location");
    }

    @Test
    void shouldDropADateline() {
        assertEquals(List.of(), places("بغداد / داس\nأعلنت الحكومة"));
        assertEquals(List.of(), places("BAGHDAD, Jan 18 (Wire) - officials said"));
    }

    @Test
    void shouldKnowPlacesOutsideTheTableSoTheirMovesSayNothingOfIraq() {
        assertEquals(List.of("syria"), places("انسحبت القوات من قاعدة التنف"));
        assertEquals(List.of("turkey-bases"), places("Turkish troops at Bashiqa"));
    }

    private static List<String> places(String text) {
        return GAZETTEER.find(new TokenizedText(ArabicNormalizer.normalize(text))).stream().map(PlaceMention::place).toList();
    }
}

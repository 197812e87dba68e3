package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer gazetteer = new Gazetteer();

    private List<String> places(String text) {
        return gazetteer.find(ArabicNormalizer.normalize(text)).stream().map(PlaceMention::place).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "وصلت القوات إلى قاعدة عين الأسد الجوية, ain-al-asad",
            "وصلت القوات إلى قاعدة عين الاسد, ain-al-asad",
            "غادرت القوات قاعدةَ عينِ الأسدِ, ain-al-asad",
            "بقيت القوات في الحرير, harir",
            "بقيت القوات في قاعدة حرير, harir",
            "القاعدة الملحقة بمطار أربيل الدولي, erbil-air-base",
            "بقيت القوات في مطار اربيل, erbil-air-base",
            "مقر قيادة العمليات المشتركة في بغداد, joc-hq",
            "قاعدة فيكتوريا قرب المطار, victory",
            "معسكر التاجي شمالي بغداد, taji",
            "مجمع بسماية جنوب شرقي بغداد, besmaya",
            "قاعدة بلد الجوية, balad",
            "قاعدة كي وان في كركوك, k1",
            "قاعدة (K1) في كركوك, k1",
            "قاعدة القيارة جنوب الموصل, qayyarah",
            "قاعدة القائم الحدودية, al-qaim",
            "قاعدة الحبانية, taqaddum",
            "في المناطق الاتحادية, iq-federal",
            "في إقليم كوردستان, iq-kurdistan",
            "انسحبت القوات من العراق, iq",
            "troops left Ain al-Asad air base, ain-al-asad",
            "the Union III headquarters, union-iii",
    })
    void shouldFindPlaceUnderItsSpellingVariants(String text, String place) {
        assertTrue(places(text).contains(place), () -> text + " -> " + places(text));
    }

    @Test
    void shouldReadListAfterPluralBaseNoun() {
        assertEquals(List.of("al-qaim", "qayyarah", "k1", "taqaddum"),
                places("سلم التحالف قواعد القائم والقيارة وكي وان والتقدم"));
    }

    @Test
    void shouldNotTakeProgressOrCountryWordsForPlaces() {
        assertTrue(places("ثمرة طبيعية للتقدم الذي حققته القوات").isEmpty());
        assertTrue(places("مصلحة البلد تستوجب ذلك").isEmpty());
        assertTrue(places("القائم بالأعمال الأمريكي").isEmpty());
    }

    @Test
    void shouldIgnoreIraqInListOfNeighbouringCountries() {
        assertTrue(places("المثلث الحدودي بين سوريا والعراق والأردن").isEmpty());
    }

    @Test
    void shouldNotTakeErbilProvinceForTheAirBase() {
        assertTrue(places("وصل الوفد إلى محافظة أربيل").isEmpty());
        assertEquals(List.of("erbil-air-base"), places("وسيتواجد المستشارون في أربيل"));
    }

    @Test
    void shouldPreferLongestName() {
        assertEquals(List.of("iq-kurdistan"), places("إقليم كردستان العراق"));
    }
}

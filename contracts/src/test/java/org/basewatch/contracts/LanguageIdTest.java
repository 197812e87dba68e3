package org.basewatch.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 6: Arabic and English are read; the languages that share their script (Persian, Sorani Kurdish, Urdu,
 * French) are not, short or long. The sentences are written for this test.
 */
class LanguageIdTest {
    private static final String ARABIC_LONG = "أعلنت قيادة العمليات المشتركة صباح اليوم أن آخر رتل لقوات التحالف الدولي غادر قاعدة عين الأسد "
            + "الجوية في محافظة الأنبار متجهاً نحو الحدود، وأن الجيش العراقي تسلم المدرجات والمخازن ومباني القيادة كاملة. "
            + "وقال المتحدث باسم القيادة في مؤتمر صحفي إن عملية التسليم جرت وفق الجدول الزمني المتفق عليه بين بغداد وواشنطن، "
            + "مشيراً إلى أن مستشارين عسكريين سيبقون في أربيل حتى نهاية العام المقبل.";
    private static final String PERSIAN_LONG = "ستاد عملیات مشترک عراق امروز صبح اعلام کرد که آخرین ستون نیروهای ائتلاف بین‌المللی پایگاه "
            + "هوایی عین‌الاسد در استان الانبار را ترک کرده و ارتش عراق همه باندها، انبارها و ساختمان‌های فرماندهی را تحویل گرفته است. "
            + "سخنگوی این ستاد در یک نشست خبری گفت که این واگذاری طبق جدول زمانی توافق‌شده میان بغداد و واشنگتن انجام شد "
            + "و مستشاران نظامی تا پایان سال آینده در اربیل خواهند ماند.";
    private static final String SORANI_LONG = "فەرماندەیی ئۆپەراسیۆنە هاوبەشەکانی عێراق ئەمڕۆ بەیانی ڕایگەیاند کە دوایین کاروانی هێزەکانی "
            + "هاوپەیمانی نێودەوڵەتی بنکەی ئاسمانیی عەین ئەلئەسەدی لە پارێزگای ئەنبار جێهێشت و سوپای عێراق هەموو "
            + "ڕێڕەوەکان و کۆگاکان و بینای فەرماندەیی وەرگرت. وتەبێژی فەرماندەیی لە کۆنگرەیەکی ڕۆژنامەوانیدا گوتی "
            + "ڕاوێژکارە سەربازییەکان تا کۆتایی ساڵی داهاتوو لە هەولێر دەمێننەوە.";
    private static final String URDU_LONG = "عراق کی مشترکہ آپریشنز کمان نے آج صبح اعلان کیا کہ بین الاقوامی اتحاد کی افواج کا آخری قافلہ "
            + "صوبہ انبار میں عین الاسد کے فضائی اڈے سے روانہ ہو گیا ہے اور عراقی فوج نے تمام رن وے، گودام اور کمان کی عمارتیں "
            + "اپنے قبضے میں لے لی ہیں۔ ترجمان نے ایک پریس کانفرنس میں بتایا کہ فوجی مشیر اگلے سال کے آخر تک اربیل میں رہیں گے۔";
    private static final String ENGLISH_LONG = "The Joint Operations Command said this morning that the last convoy of the international "
            + "coalition had left Ain al-Asad air base in Anbar province, and that the Iraqi army had taken over the runways, the "
            + "depots and the headquarters buildings. A spokesman told a news conference that the handover followed the timetable "
            + "agreed between Baghdad and Washington, and that military advisers would stay in Erbil until the end of next year.";
    private static final String FRENCH_LONG = "Le commandement des opérations conjointes a annoncé ce matin que le dernier convoi de la "
            + "coalition internationale avait quitté la base aérienne d'Aïn al-Asad, dans la province d'Anbar, et que l'armée "
            + "irakienne avait pris possession des pistes, des dépôts et des bâtiments du commandement.";

    @ParameterizedTest
    @ValueSource(strings = {
            ARABIC_LONG,
            "انسحبت القوات الأمريكية من قاعدة عين الأسد اليوم",
            "تسلم الجيش العراقي معسكر التاجي من قوات التحالف",
            "بغداد - قال مسؤول عسكري إن المستشارين باقون في حرير",
    })
    void shouldReadArabicShortOrLong(String text) {
        assertEquals("ar", LanguageId.identify(text).language(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ENGLISH_LONG,
            "US troops handed the base over to the Iraqi army on Sunday",
            "The coalition will keep advisers in Erbil until next year",
    })
    void shouldReadEnglishShortOrLong(String text) {
        assertEquals("en", LanguageId.identify(text).language(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            PERSIAN_LONG,
            "نیروهای آمریکایی امروز پایگاه عین‌الاسد را ترک کردند",
            "ارتش عراق پادگان التاجی را از ائتلاف تحویل گرفت",
            SORANI_LONG,
            "هێزەکانی ئەمریکا ئەمڕۆ بنکەی عەین ئەلئەسەدیان جێهێشت",
            "سوپای عێراق سەربازگەی تاجی لە هاوپەیمانی وەرگرت",
            URDU_LONG,
            "امریکی فوج نے آج عین الاسد کا اڈہ خالی کر دیا",
            "عراقی فوج نے اتحاد سے التاجی کیمپ لے لیا ہے",
            FRENCH_LONG,
            "Les soldats américains ont quitté la base ce dimanche matin",
    })
    void shouldNotReadTheNeighboursThatShareTheScript(String text) {
        LanguageId.Verdict verdict = LanguageId.identify(text);
        assertNull(verdict.language(), () -> text + " was read as " + verdict.reading());
    }

    @Test
    void shouldCallAnArabicBodyUnderAnEnglishDatelineArabic() {
        assertEquals("ar", LanguageId.identify("BAGHDAD (Reuters) - the story of the day\n" + ARABIC_LONG).language());
    }

    @Test
    void shouldReadNeitherOtherScriptsNorBinaryNoise() {
        LanguageId.Verdict hebrew = LanguageId.identify("כוחות הקואליציה עזבו את הבסיס באנבר ביום ראשון בבוקר");
        assertFalse(hebrew.supported());
        assertTrue(hebrew.reading().contains("HEBREW"), hebrew.reading());
        assertFalse(LanguageId.identify("").supported());
        assertFalse(LanguageId.identify("12345 !!! ---").supported());
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        assertFalse(LanguageId.identify(new String(noise, StandardCharsets.ISO_8859_1)).supported());
    }
}

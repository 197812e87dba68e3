package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {

    private static void assertFree(String text, List<String> boilerplate) {
        for (String b : boilerplate) {
            assertFalse(text.contains(b), () -> "body text still holds \"" + b + "\":\n" + text);
        }
    }

    @Test
    void shouldKeepOnlyTheStoryParagraphsOfAnIraqiPortalPage() {
        Article a = Pages.read("iraqi-portal.html");

        assertEquals(String.join("\n",
                "أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، أن اللجنة الفنية العسكرية العراقية أكملت إجراءات انسحاب القوات القتالية للتحالف الدولي من قاعدة عين الأسد الجوية في محافظة الأنبار.",
                "وقال المتحدث باسم القيادة في بيان إن اللجنة زارت القاعدة يوم 18 من الشهر الجاري، وتأكدت من مغادرة الوحدات القتالية ومعداتها، على أن يبقى عدد من المستشارين لأغراض التدريب والمشورة.",
                "وأضاف البيان أن اللجنة ستتوجه خلال الأيام المقبلة إلى إقليم كردستان لاستكمال الإجراءات نفسها في قاعدة حرير، تنفيذاً للاتفاق الذي يقضي بإنهاء المهمة القتالية بحلول نهاية العام."),
                a.text());
        assertFree(a.text(), List.of("اقرأ أيضاً", "الكاظمي يستقبل", "إعلان", "googletag", "فيسبوك", "الرئيسية",
                "عاجل", "أخبار ذات صلة", "الأكثر قراءة", "الطماطم", "التعليقات", "أبو علي", "إرسال", "جميع الحقوق"));
    }

    @Test
    void shouldReadTitleSourceUrlAndLanguageOfAnIraqiPortalPage() {
        Article a = Pages.read("iraqi-portal.html");

        assertEquals("اللجنة الفنية تكمل إجراءات انسحاب القوات القتالية من عين الأسد", a.title());
        assertEquals("شبكة الرافدين الإخبارية", a.source());
        assertEquals("ar", a.language());
        assertTrue(a.url().startsWith("https://www.rafidain-news.example/news/2021/12/ain-al-asad-committee"));
    }

    @Test
    void shouldPreferPublishedTimeMetaOverJsonLdAndRelatedListDates() {
        assertEquals("2021-12-21T10:15:00+03:00", Pages.read("iraqi-portal.html").publishedAt());
    }

    @Test
    void shouldTakeDateAndHeadlineFromJsonLdGraphWhenNoMetaTag() {
        Article a = Pages.read("gulf-daily.html");

        assertEquals("2021-12-29T18:40:00+04:00", a.publishedAt());
        assertEquals("الكاظمي يعلن مغادرة جميع القوات القتالية للتحالف الدولي", a.title());
    }

    @Test
    void shouldKeepSubheadingAndQuoteButDropInlineReadAlsoBoxShareAndNewsletter() {
        Article a = Pages.read("gulf-daily.html");

        assertTrue(a.text().startsWith("أعلن رئيس الوزراء العراقي مصطفى الكاظمي، الأربعاء،"), a.text());
        assertTrue(a.text().contains("\nمستشارون في عين الأسد وأربيل\n"), a.text());
        assertTrue(a.text().contains("«لم تعد هناك قوات قتالية أجنبية على أرض العراق»"), a.text());
        assertTrue(a.text().endsWith("لقاعدة حرير في إقليم كردستان."), a.text());
        assertFree(a.text(), List.of("اقرأ أيضا", "واشنطن وبغداد تتفقان", "شارك على", "نسخ الرابط", "أرشيف",
                "اشترك", "بريدك", "تعليقات", "كن أول", "أسعار النفط", "مساحة إعلانية", "سياسة الخصوصية"));
    }

    @Test
    void shouldTakeTimeElementOfTheStoryNotOfTheSidebar() {
        Article a = Pages.read("time-element.html");

        assertEquals("2021-12-09T11:30:00+03:00", a.publishedAt());
        assertEquals("الأعرجي: انتهاء المهمة القتالية لقوات التحالف في العراق", a.title());
        assertFree(a.text(), List.of("بقلم", "الموصل", "معرض بغداد", "9 كانون الأول 2021", "موقع المستقبل", "الجمعة"));
    }

    @Test
    void shouldKeepTheLeadParagraphInTheStorysOwnHeader() {
        Article a = Pages.read("time-element.html");

        assertTrue(a.text().startsWith("الأعرجي يعلن رسمياً انتهاء المهمة القتالية"), a.text());
        assertTrue(a.text().contains("\nأعلن مستشار الأمن الوطني قاسم الأعرجي"), a.text());
    }

    @Test
    void shouldDetectArabicWhenThePageHasNoLangAttribute() {
        assertEquals("ar", Pages.read("time-element.html").language());
    }

    @Test
    void shouldFallBackToADatelineWithArabicIndicDigits() {
        Article a = Pages.read("dateline-only.html");

        assertEquals("2021-12-20", a.publishedAt());
        assertEquals("انسحاب القوات القتالية من قاعدة حرير", a.title());
        assertTrue(a.text().startsWith("أربيل ٢٠ كانون الأول ٢٠٢١ –"), a.text());
        assertFalse(a.text().contains("محليات"), a.text());
    }

    @Test
    void shouldLeavePublicationTimeNullWhenThePageHasNone() {
        Article a = Pages.read("no-date.html");

        assertNull(a.publishedAt());
        assertNull(a.url());
        assertTrue(a.id().startsWith("text-"), a.id());
    }

    @Test
    void shouldGiveAPageWithACanonicalUrlAnIdFromThatUrl() {
        Article a = Pages.read("iraqi-portal.html");

        assertEquals("url-" + org.basewatch.contracts.CanonicalUrl.hash(
                "https://rafidain-news.example/news/2021/12/ain-al-asad-committee"), a.id());
    }

    @Test
    void shouldReadAnOldTableLayoutWithBrSeparatedText() {
        Article a = Pages.read("old-table-layout.html");

        assertEquals("العراق يتسلم معسكر التاجي من التحالف الدولي", a.title());
        assertTrue(a.text().startsWith("بغداد 23 آب 2020 - تسلمت القوات الأمنية العراقية"), a.text());
        assertTrue(a.text().endsWith("ومعسكر بسماية."), a.text());
        assertEquals(3, a.text().lines().count(), a.text());
        assertEquals("2020-08-23", a.publishedAt());
        assertFree(a.text(), List.of("الرئيسية", "مواضيع ذات صلة", "قاعدة بلد", "تعليقات", "احمد من بغداد",
                "طباعة", "أرسل لصديق", "جميع الحقوق"));
    }

    @Test
    void shouldFallBackToThePageTitleWhenTheStoryOpensWithoutAHeadline() {
        assertEquals("تحليل: ماذا بعد رحيل المستشارين؟", Pages.read("no-date.html").title());
    }

    @Test
    void shouldRejectAPageWithNoText() {
        Article a = HtmlReader.read("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", null, null);

        assertNull(a);
    }
}

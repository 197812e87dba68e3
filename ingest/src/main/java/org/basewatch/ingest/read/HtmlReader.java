package org.basewatch.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one news page into an article: the main text without navigation, share buttons, ads,
 * "اقرأ أيضاً"/related lists and comments; the title; the publication time from, in this order,
 * {@code article:published_time} meta, JSON-LD {@code datePublished}, the first
 * {@code <time datetime>} outside boilerplate, a dateline in the text (else null, never "now");
 * the language from {@code lang} or the text.
 */
final class HtmlReader {
    private static final Pattern PUBLICATION_INFO = Pattern.compile(
            "^\\s*(نشر|تاريخ النشر|بتاريخ|آخر تحديث|اخر تحديث|تم النشر|published|updated|posted)", Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    /** The article of {@code html} found at {@code url} (may be null for a saved file), or null when it has no text. */
    static Article read(String html, String url, String source) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String title = title(doc);
        String published = firstNonNull(
                Dates.normalise(meta(doc, "article:published_time")),
                jsonLdPublished(doc));
        String language = Languages.fromTag(doc.select("html[lang]").attr("lang"));
        String pageUrl = url != null ? url : pageUrl(doc);
        String site = source != null ? source : blankToNull(meta(doc, "og:site_name"));
        if (published == null) {
            published = storyTime(doc);
        }

        PageCleaner.clean(doc.body());
        Element main = MainText.container(doc.body());
        main.select("h1").remove();
        for (Element time : main.select("time")) {
            if (time.parent() != null && time.parent().ownText().isBlank()) {
                time.remove();
            }
        }
        if (title == null) {
            title = headlineAtTop(main);
        }
        if (title == null) {
            title = blankToNull(doc.title());
        }
        String text = dropHeadLines(MainText.text(main), title);
        if (text.isBlank()) {
            return null;
        }
        if (published == null) {
            published = Dates.dateline(text);
        }
        if (language == null) {
            language = Languages.detect(text);
        }
        return new Article(null, pageUrl, site, published, language, title, text);
    }

    /** The readable text of an HTML fragment (a feed item's description), paragraphs on their own lines. */
    static String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        PageCleaner.clean(body);
        return MainText.text(body);
    }

    private static String title(Document doc) {
        String og = blankToNull(meta(doc, "og:title"));
        if (og != null) {
            return og;
        }
        String headline = jsonLd(doc, "headline");
        if (headline != null) {
            return headline;
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().trim();
        }
        return null;
    }

    /**
     * Pages without og:title, JSON-LD or h1 usually open the story block with a bold or h2 headline,
     * and their {@code <title>} is only the site name; that headline is the better title.
     */
    private static String headlineAtTop(Element main) {
        String first = MainText.text(main).lines().findFirst().orElse("");
        if (first.length() < 10 || first.length() > 150 || first.endsWith(".")) {
            return null;
        }
        for (Element e : main.select("h2, h3, h4, b, strong, font, [class*=title], [class*=headline]")) {
            if (e.text().trim().equals(first)) {
                return first;
            }
        }
        return null;
    }

    private static String pageUrl(Document doc) {
        String canonical = doc.select("link[rel=canonical]").attr("href");
        return blankToNull(canonical.isBlank() ? meta(doc, "og:url") : canonical);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String jsonLdPublished(Document doc) {
        return Dates.normalise(jsonLd(doc, "datePublished"));
    }

    private static String jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = Json.MAPPER.readTree(script.data()).findValue(field);
                if (found != null && found.isTextual() && !found.asText().isBlank()) {
                    return found.asText().trim();
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the next source of the field is tried instead
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} that is not in a related list, sidebar or comment. */
    private static String storyTime(Document doc) {
        for (Element time : doc.select("time[datetime]")) {
            boolean inNoise = time.parents().stream().anyMatch(PageCleaner::isAboutOtherArticles);
            String value = Dates.normalise(time.attr("datetime"));
            if (!inNoise && value != null) {
                return value;
            }
        }
        return null;
    }

    /** Leading lines that repeat the title or only say when the page was published or updated. */
    private static String dropHeadLines(String text, String title) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && (lines.get(0).equals(title) || lines.get(0).length() < 60 && PUBLICATION_INFO.matcher(lines.get(0)).find())) {
            lines.remove(0);
        }
        return String.join("\n", lines);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

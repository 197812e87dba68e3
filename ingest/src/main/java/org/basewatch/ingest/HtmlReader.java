package org.basewatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one news page into an article: the main text without navigation, share buttons, ads,
 * "اقرأ أيضاً"/related lists and comments; the title; the publication time from, in this order,
 * {@code article:published_time} meta, JSON-LD {@code datePublished}, the first
 * {@code <time datetime>} outside boilerplate, a dateline in the text (else null, never "now");
 * the language from {@code lang} or the text.
 */
final class HtmlReader {
    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, object, embed, form, "
            + "button, input, select, textarea, nav, header, footer, aside, svg, canvas, figure, video, audio, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], "
            + "[hidden], .hidden";
    private static final Set<String> NOISE_TOKENS = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "share", "sharing",
            "shares", "social", "sharethis", "addthis", "related", "comment", "comments", "disqus", "respond",
            "ad", "ads", "adsbygoogle", "advert", "advertisement", "advertising", "dfp", "banner", "sponsor",
            "sponsored", "promo", "newsletter", "subscribe", "footer", "sidebar", "widget", "tags",
            "popular", "trending", "mostread", "readmore", "recommended", "cookie", "cookies", "modal", "popup",
            "outbrain", "taboola", "print", "author", "byline", "meta", "caption", "ticker", "breaking", "copyright");
    /** Names of blocks about other articles, whose dates are not this article's. */
    private static final Set<String> ELSEWHERE_TOKENS = Set.of(
            "related", "comment", "comments", "disqus", "sidebar", "widget", "popular", "trending", "mostread",
            "recommended", "readmore", "nav", "menu", "footer", "outbrain", "taboola", "ticker");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+");
    /** Headings that open a block of links to other articles or the comments. */
    private static final Pattern NOISE_HEADING = Pattern.compile(
            "^\\s*(اقرا ايضا|اقرا كذلك|اقرا المزيد|اخبار ذات صله|مواضيع ذات صله|ذات صله|المزيد من الاخبار|اخترنا لك"
                    + "|الاكثر قراءه|الاكثر مشاهده|تعليقات|التعليقات|اضف تعليق|اترك تعليق|شارك|شارك الخبر|تابعنا"
                    + "|read also|read more|related|more stories|comments|share)(\\s.*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLICATION_INFO = Pattern.compile(
            "^\\s*(نشر|تاريخ النشر|بتاريخ|آخر تحديث|اخر تحديث|تم النشر|published|updated|posted)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "br", "tr", "table", "dd", "dt", "dl", "pre", "hr");

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

        removeBoilerplate(doc.body());
        Element main = mainContent(doc.body());
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
        String text = dropHeadLines(text(main), title);
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
        removeBoilerplate(body);
        return text(body);
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
        String first = text(main).lines().findFirst().orElse("");
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
            boolean inNoise = time.parents().stream()
                    .anyMatch(p -> p.is("nav, aside, footer, [role=complementary]") || hasNameToken(p, ELSEWHERE_TOKENS) && !holdsArticle(p));
            String value = Dates.normalise(time.attr("datetime"));
            if (!inNoise && value != null) {
                return value;
            }
        }
        return null;
    }

    private static void removeBoilerplate(Element root) {
        root.select(NOISE_TAGS).remove();
        for (Element e : root.select("[class], [id]")) {
            if (e.parent() != null && hasNameToken(e, NOISE_TOKENS) && !holdsArticle(e)) {
                e.remove();
            }
        }
        for (Element e : root.select("h1, h2, h3, h4, h5, h6, p, strong, b, span, div, li, a")) {
            if (e.parent() != null && isNoiseHeading(e)) {
                removeBlockOpenedBy(e);
            }
        }
        for (Element e : root.select("p, li, div")) {
            if (e.parent() != null && isLinkList(e)) {
                e.remove();
            }
        }
    }

    private static boolean hasNameToken(Element e, Set<String> tokens) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : TOKEN_SPLIT.split(names)) {
            if (tokens.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** A wrapper named like "post has-sidebar" may still hold the story; never remove that. */
    private static boolean holdsArticle(Element e) {
        return e.is("body, html, main, article, [itemprop=articleBody]")
                || !e.select("article, main, [itemprop=articleBody]").isEmpty();
    }

    private static boolean isNoiseHeading(Element e) {
        String own = Dates.fold(e.ownText()).replaceAll("[\\p{P}\\u064B-\\u065F]", " ").replaceAll("\\s+", " ").trim();
        return !own.isEmpty() && own.length() < 40 && NOISE_HEADING.matcher(own).matches();
    }

    /**
     * A "اقرأ أيضاً" heading takes with it the list after it and, when the heading sits in a small
     * box made of links, the whole box; an inline "اقرأ أيضاً: <a>…</a>" paragraph goes alone.
     */
    private static void removeBlockOpenedBy(Element heading) {
        Element block = heading;
        while (block.parent() != null && !block.parent().is("body, article, main, [itemprop=articleBody]")
                && linkDensity(block.parent(), heading) > 0.5) {
            block = block.parent();
        }
        Element next = block.nextElementSibling();
        while (next != null && (next.is("ul, ol") || linkDensity(next, null) > 0.5)) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
        block.remove();
    }

    private static boolean isLinkList(Element e) {
        String text = e.text();
        return !text.isBlank() && text.length() < 400 && !e.select("a").isEmpty() && linkDensity(e, null) > 0.6;
    }

    private static double linkDensity(Element e, Element except) {
        int total = e.text().length() - (except == null ? 0 : except.text().length());
        if (total <= 0) {
            return 1.0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }

    /**
     * The element that holds the story: the one marked {@code articleBody}, else the element whose
     * direct paragraphs carry the most text (readability-style scoring).
     */
    private static Element mainContent(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && !marked.text().isBlank()) {
            return marked;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            score(scores, p.parent(), p.text().trim().length());
        }
        // text written straight into a div or table cell, lines split by <br>, makes that block the story
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.text().trim().length() >= 25) {
                Element block = nearestBlock(t);
                if (block != null && !block.is("p, pre, blockquote") && block.closest("p, pre, blockquote") == null) {
                    score(scores, block, t.text().trim().length());
                }
            }
        }, body);
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    private static void score(Map<Element, Double> scores, Element holder, int length) {
        if (holder == null || length < 25) {
            return;
        }
        scores.merge(holder, (double) length, Double::sum);
        if (holder.parent() != null) {
            scores.merge(holder.parent(), length / 2.0, Double::sum);
        }
    }

    private static Element nearestBlock(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (BLOCKS.contains(e.normalName()) || e.is("td, th, body")) {
                return e;
            }
        }
        return null;
    }

    /** Text with one line per paragraph-like block and whitespace collapsed inside lines. */
    private static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        List<String> kept = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String clean = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n", kept);
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

package org.basewatch.ingest.read;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strips what is not the story from a page: scripts, navigation, menus, share buttons, ads,
 * tag lists, "اقرأ أيضاً"/related blocks, most-read boxes and comment sections, found by tag,
 * by class/id words, by their Arabic or English headings and by how much of them is links.
 */
final class PageCleaner {
    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, object, embed, form, "
            + "button, input, select, textarea, nav, footer, aside, svg, canvas, figure, video, audio, "
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

    private PageCleaner() {
    }

    /** Removes the boilerplate under {@code root} in place. */
    static void clean(Element root) {
        root.select(NOISE_TAGS).remove();
        for (Element header : root.select("header")) {
            // a story's own header may hold its lead paragraph; the site header never does
            if (header.parent() != null && header.parent().closest("article, main, [itemprop=articleBody]") == null) {
                header.remove();
            }
        }
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

    /** True for a block about other articles (related, comments, sidebar, menus), whose dates are not the story's. */
    static boolean isAboutOtherArticles(Element e) {
        return e.is("nav, aside, footer, [role=complementary]") || hasNameToken(e, ELSEWHERE_TOKENS) && !holdsArticle(e);
    }
}

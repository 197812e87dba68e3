package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/** Reads RSS 2.0 and Atom feeds: each item or entry becomes an article (link, title, publication time, text). */
final class FeedReader {
    private FeedReader() {
    }

    static boolean looksLikeFeed(String head) {
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    static List<ReadResult> read(String xml, String origin, String source) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<ReadResult> results = new ArrayList<>();
        boolean atom = doc.selectFirst("feed") != null && doc.selectFirst("rss, channel") == null;
        String feedTitle = source != null ? source : childText(doc.selectFirst(atom ? "feed" : "channel"), "title");
        String feedLanguage = atom
                ? Languages.fromTag(doc.select("feed").attr("xml:lang"))
                : Languages.fromTag(childText(doc.selectFirst("channel"), "language"));
        int n = 0;
        for (Element item : doc.select(atom ? "entry" : "item")) {
            n++;
            String where = origin + "#" + n;
            String link = atom ? atomLink(item) : childText(item, "link");
            String title = childText(item, "title");
            String published = atom
                    ? Dates.normalise(childText(item, "published"))
                    : Dates.normalise(firstNonBlank(childText(item, "pubDate"), childText(item, "dc|date")));
            String body = longest(
                    childText(item, atom ? "content" : "content|encoded"),
                    childText(item, atom ? "summary" : "description"));
            String text = body == null ? "" : HtmlReader.fragmentText(body);
            if (text.isBlank()) {
                results.add(ReadResult.rejected(where, "feed item has no text" + (link == null ? "" : " (" + link + ")")));
                continue;
            }
            String language = feedLanguage != null ? feedLanguage : Languages.detect(text);
            results.add(ReadResult.ok(new Article(null, link, feedTitle, published, language,
                    title == null ? null : Jsoup.parse(title).text(), text), link != null ? link : where));
        }
        if (n == 0) {
            results.add(ReadResult.rejected(origin, "feed has no items"));
        }
        return results;
    }

    private static String atomLink(Element entry) {
        for (Element link : entry.select("> link")) {
            String rel = link.attr("rel");
            if ((rel.isEmpty() || rel.equals("alternate")) && !link.attr("href").isBlank()) {
                return link.attr("href").trim();
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        Element child = parent.selectFirst("> " + tag);
        if (child == null) {
            return null;
        }
        String text = child.wholeText().trim();
        return text.isEmpty() ? null : text;
    }

    private static String longest(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.length() >= b.length() ? a : b;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }
}

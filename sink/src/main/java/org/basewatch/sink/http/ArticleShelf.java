package org.basewatch.sink.http;

import org.basewatch.contracts.Article;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The articles the page cites, by id: outlet, title, URL and publication date of every article seen, and the text of
 * the latest ones, from which a claim's sentence is cut; both bounded, the oldest going first. Thread-safe: a feed
 * fills it while the HTTP server reads it.
 */
public final class ArticleShelf {
    /**
     * Texts kept, in characters (about twice as many bytes for Arabic): the page needs a text only to show the
     * sentence around a claim, and older articles then show the claim's span alone.
     */
    static final long MAX_TEXT_CHARS = 8_000_000;
    /** Cards kept (a few hundred bytes each); beyond this the oldest article is cited by its span and outlet alone. */
    static final int MAX_CARDS = 200_000;

    /** What the page shows of an article besides its text. */
    record Card(String id, String url, String title, String source, String publishedAt) {
    }

    private final LinkedHashMap<String, Card> cards = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> texts = new LinkedHashMap<>();
    private final long maxTextChars;
    private long textChars;

    public ArticleShelf() {
        this(MAX_TEXT_CHARS);
    }

    ArticleShelf(long maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /** Shelves {@code article} under {@code id}; a later version of an article replaces the earlier one. */
    public synchronized void put(String id, Article article) {
        if (id == null || id.isBlank() || article == null) {
            return;
        }
        cards.remove(id);
        cards.put(id, new Card(id, article.url(), article.title(), article.source(), article.publishedAt()));
        Iterator<String> oldestCard = cards.keySet().iterator();
        while (cards.size() > MAX_CARDS) {
            oldestCard.next();
            oldestCard.remove();
        }
        String old = texts.remove(id);
        textChars -= old == null ? 0 : old.length();
        if (article.text() != null) {
            texts.put(id, article.text());
            textChars += article.text().length();
        }
        Iterator<Map.Entry<String, String>> oldest = texts.entrySet().iterator();
        while (textChars > maxTextChars && oldest.hasNext()) {
            textChars -= oldest.next().getValue().length();
            oldest.remove();
        }
    }

    synchronized Optional<Card> card(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(cards.get(id));
    }

    synchronized Optional<String> text(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(texts.get(id));
    }
}

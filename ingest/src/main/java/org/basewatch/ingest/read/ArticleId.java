package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.CanonicalUrl;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable id of an article and the key it is published under: the id it came with, else
 * {@code url-} and the canonical URL hash, else {@code text-} and a hash of its normalised text,
 * so that re-reading the same input gives the same keys.
 */
public final class ArticleId {
    private static final Pattern DIACRITICS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleId() {
    }

    /** The id for {@code article}; null only when it has no id, no URL and no text. */
    public static String of(Article article) {
        if (article.id() != null && !article.id().isBlank()) {
            return article.id().trim();
        }
        if (article.url() != null && !article.url().isBlank()) {
            return "url-" + CanonicalUrl.hash(article.url());
        }
        if (article.text() != null && !article.text().isBlank()) {
            return "text-" + CanonicalUrl.sha256Hex(normalise(article.text())).substring(0, 16);
        }
        return null;
    }

    /** {@code article} carrying its stable id. */
    public static Article assign(Article article) {
        String id = of(article);
        return id == null || id.equals(article.id()) ? article : article.withId(id);
    }

    /**
     * Text folded so that copies differing only in case, spacing, diacritics, tatweel or the
     * spelling of alef hash alike.
     */
    public static String normalise(String text) {
        String s = DIACRITICS.matcher(text).replaceAll("");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا');
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}

package org.basewatch.sink.http;

import org.basewatch.contracts.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a place's evidence into the quotes the page shows: each statement once (the same claim read from a
 * syndicated copy, or listed both in the row and in the history, is one quote naming every outlet), with its
 * article's title, URL and the sentence around it from the {@link ArticleShelf}. Oldest first, undated last.
 */
final class Quotes {
    private static final Comparator<Quote> BY_DATE = Comparator.comparing(Quotes::date,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private Quotes() {
    }

    static List<Quote> of(List<Evidence> evidence, ArticleShelf shelf) {
        Map<String, List<Evidence>> same = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            same.computeIfAbsent(statement(e), k -> new ArrayList<>()).add(e);
        }
        List<Quote> quotes = new ArrayList<>();
        for (List<Evidence> copies : same.values()) {
            quotes.add(quote(copies, shelf));
        }
        quotes.sort(BY_DATE);
        return quotes;
    }

    /** What makes two pieces of evidence one statement: the same words claiming the same thing for the same date. */
    private static String statement(Evidence e) {
        return e.status() + "|" + e.modality() + "|" + e.eventDate() + "|" + Objects.toString(e.evidence(), "").strip();
    }

    private static Quote quote(List<Evidence> copies, ArticleShelf shelf) {
        Evidence first = copies.stream().filter(e -> shelf.card(e.articleId()).isPresent()).findFirst()
                .orElse(copies.get(0));
        Set<String> others = new LinkedHashSet<>();
        copies.forEach(e -> others.add(e.source()));
        others.remove(first.source());
        others.remove(null);
        ArticleShelf.Card card = shelf.card(first.articleId()).orElse(null);
        Sentence sentence = shelf.text(first.articleId())
                .map(text -> Sentence.find(text, first.evidence(), first.start())).orElse(null);
        if (sentence == null) {
            String span = Objects.toString(first.evidence(), "");
            sentence = new Sentence(span, 0, span.length());
        }
        return new Quote(first.articleId(), first.source(), List.copyOf(others),
                card == null ? null : card.title(), card == null ? null : card.url(),
                first.publishedAt() != null ? first.publishedAt() : card == null ? null : card.publishedAt(),
                first.eventDate(), first.status(), first.modality(), first.confidence(),
                sentence.text(), sentence.spanStart(), sentence.spanEnd());
    }

    private static String date(Quote q) {
        if (q.eventDate() != null) {
            return q.eventDate();
        }
        return q.publishedAt() == null || q.publishedAt().length() < 10 ? null : q.publishedAt().substring(0, 10);
    }
}

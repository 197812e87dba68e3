package org.basewatch.processor.extract;

/**
 * For an article without a publication date, the year that stands in for it: the latest year the
 * article writes outside a deadline (an article names past events and this year's plans more than
 * later years').
 */
final class WritingDate {
    private WritingDate() {
    }

    static Integer referenceYear(ArticleReading r) {
        Integer latest = null;
        for (DateMention d : r.dates()) {
            DateExpression e = d.expression();
            if (e.kind() == DateExpression.Kind.ABSOLUTE && d.role() != DateMention.Role.UNTIL
                    && (latest == null || e.year() > latest)) {
                latest = e.year();
            }
        }
        return latest;
    }
}

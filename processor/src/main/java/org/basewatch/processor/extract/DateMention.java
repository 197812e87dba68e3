package org.basewatch.processor.extract;

/**
 * A date expression at tokens {@code [first, end)} and how it is introduced: a plain point in time,
 * the start of a period ("منذ", "since") or a deadline ("حتى", "بحلول", "by", "until", "… موعداً").
 */
record DateMention(int first, int end, DateExpression expression, Role role) {

    enum Role { POINT, SINCE, UNTIL }
}

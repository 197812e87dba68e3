package org.basewatch.app;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PromQlNamesTest {
    @Test
    void shouldFindTheMetricsOfAnExpressionAndNotItsFunctionsLabelsOrRanges() {
        assertEquals(Set.of("basewatch_articles_dead_lettered_total", "basewatch_articles_in_total"),
                PromQlNames.in("sum by (reason) (rate(basewatch_articles_dead_lettered_total{reason=\"corrupt-json\"}[15m]))"
                        + " > 0.2 * sum(rate(basewatch_articles_in_total[15m]))"));
    }

    @Test
    void shouldFindBothSidesOfARatioAndOfAnAnd() {
        assertEquals(Set.of("basewatch_extraction_seconds_sum", "basewatch_extraction_seconds_count", "up"),
                PromQlNames.in("rate(basewatch_extraction_seconds_sum[5m]) / rate(basewatch_extraction_seconds_count[5m]) > 0.05 and on(instance) up == 1"));
    }
}

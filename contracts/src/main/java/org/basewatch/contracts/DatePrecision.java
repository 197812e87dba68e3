package org.basewatch.contracts;

/** How much of an event date the text gave: {@code 2021-12-18}, {@code 2021-12} or {@code 2021}. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}

package org.basewatch.app;

import org.basewatch.ingest.follow.PollLoop;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/**
 * Every duration option reads the same way: ISO-8601 ({@code PT30S}, {@code PT5M}) or a number of seconds, positive
 * (the rule of ingest's {@code --interval}, {@link PollLoop#parseInterval}).
 */
final class DurationOption implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return PollLoop.parseInterval(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

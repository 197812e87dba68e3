package org.basewatch.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadFailuresTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldCallTheThirdFailureWithinAMinuteOneTooMany() {
        ThreadFailures failures = new ThreadFailures(3, Duration.ofMinutes(1));
        assertFalse(failures.tooMany(0));
        assertFalse(failures.tooMany(10 * SECOND));
        assertTrue(failures.tooMany(20 * SECOND));
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        ThreadFailures failures = new ThreadFailures(3, Duration.ofMinutes(1));
        assertFalse(failures.tooMany(0));
        assertFalse(failures.tooMany(50 * SECOND));
        assertFalse(failures.tooMany(70 * SECOND), "the first failure is more than a minute old");
        assertTrue(failures.tooMany(80 * SECOND));
    }
}

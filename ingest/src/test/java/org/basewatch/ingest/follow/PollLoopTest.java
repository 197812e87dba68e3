package org.basewatch.ingest.follow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PollLoopTest {
    @Test
    void shouldReadIntervalsAsIsoDurationsOrSeconds() {
        assertEquals(Duration.ofMinutes(5), PollLoop.parseInterval("PT5M"));
        assertEquals(Duration.ofSeconds(30), PollLoop.parseInterval("pt30s"));
        assertEquals(Duration.ofSeconds(300), PollLoop.parseInterval("300"));
        assertThrows(IllegalArgumentException.class, () -> PollLoop.parseInterval("5 minutes"));
        assertThrows(IllegalArgumentException.class, () -> PollLoop.parseInterval("0"));
    }

    @Test
    void shouldStopWithoutWaitingOutTheInterval() throws InterruptedException {
        PollLoop loop = new PollLoop(Duration.ofHours(1));
        AtomicInteger polls = new AtomicInteger();
        Thread runner = new Thread(() -> loop.run(polls::incrementAndGet), "loop-under-test");
        runner.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() == 1);

        loop.stop();

        await().atMost(Duration.ofSeconds(10)).until(() -> !runner.isAlive());
        assertEquals(1, polls.get());
    }

    @Test
    void shouldEndWhenItsThreadIsInterrupted() {
        AtomicInteger polls = new AtomicInteger();
        PollLoop loop = new PollLoop(Duration.ofHours(1));
        Thread runner = new Thread(() -> loop.run(polls::incrementAndGet), "loop-under-test");
        runner.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() == 1);

        runner.interrupt();

        await().atMost(Duration.ofSeconds(10)).until(() -> !runner.isAlive());
        assertEquals(1, polls.get());
    }
}

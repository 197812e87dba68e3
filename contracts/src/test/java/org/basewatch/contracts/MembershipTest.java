package org.basewatch.contracts;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipTest {
    private static final Path ONE = Path.of("/data/state/sink");
    private static final Path OTHER = Path.of("/data2/state/sink");

    @Test
    void shouldNameAnInstanceAfterItsHostAndStateFolderTheSameWayEveryTime() {
        String first = Membership.instance(null, "worker-7", ONE);
        assertTrue(first.matches("worker-7-[0-9a-f]{8}"), first);
        assertEquals(first, Membership.instance(null, "worker-7", Path.of("/data/state/../state/sink")), "the same folder, however written");
        assertEquals(first, Membership.instance("", "worker-7", ONE), "an empty setting is no setting");
    }

    @Test
    void shouldNameTwoInstancesDifferently() {
        assertNotEquals(Membership.instance(null, "worker-7", ONE), Membership.instance(null, "worker-7", OTHER), "two folders on one host");
        assertNotEquals(Membership.instance(null, "worker-7", ONE), Membership.instance(null, "worker-8", ONE), "one folder on two hosts");
    }

    @Test
    void shouldTakeTheSettingWhenGivenAndKeepOnlyWhatKafkaAcceptsInAnInstanceId() {
        assertEquals("sink-a", Membership.instance("sink-a", "worker-7", ONE));
        assertEquals("sink_a_b.c", Membership.instance(" sink a/b.c ", "worker-7", ONE));
        assertTrue(Membership.instance(null, "Host Name:ä", ONE).startsWith("host_name__-"));
    }

    @Test
    void shouldSetTheGroupInstanceIdAndSessionTimeoutUnlessTheSettingsSayOtherwise() {
        Properties p = new Properties();
        p.setProperty(Membership.CONFIG, "sink-a");
        Membership.apply(p, "basewatch-table-writer", ONE);
        assertEquals("basewatch-table-writer-sink-a", p.get("group.instance.id"));
        assertEquals(Membership.SESSION_TIMEOUT_MS, p.get("session.timeout.ms"));

        Properties explicit = new Properties();
        explicit.setProperty("group.instance.id", "mine");
        explicit.setProperty("session.timeout.ms", "6000");
        Membership.apply(explicit, "g", ONE);
        assertEquals("mine", explicit.get("group.instance.id"), "an explicit group.instance.id wins");
        assertEquals("6000", explicit.get("session.timeout.ms"));

        Properties off = new Properties();
        off.setProperty(Membership.CONFIG, "none");
        assertNull(Membership.apply(off, "g", ONE).get("group.instance.id"), "basewatch.instance.id=none");
        for (String protocol : new String[]{"consumer", "streams"}) {
            Properties other = new Properties();
            other.setProperty("group.protocol", protocol);
            assertNull(Membership.apply(other, "g", ONE).get("group.instance.id"), "group.protocol=" + protocol);
        }
        Properties classic = new Properties();
        classic.setProperty("group.protocol", "CLASSIC");
        assertTrue(String.valueOf(Membership.apply(classic, "g", ONE).get("group.instance.id")).startsWith("g-"));
    }

    @Test
    void shouldTakeTheStreamsApplicationIdAndStateFolder() {
        Properties a = new Properties();
        a.setProperty("application.id", "basewatch-sink");
        a.setProperty("state.dir", ONE.toString());
        Properties b = new Properties();
        b.setProperty("application.id", "basewatch-sink");
        b.setProperty("state.dir", OTHER.toString());
        String idA = (String) Membership.applyToStreams(a).get("group.instance.id");
        assertEquals("basewatch-sink-" + Membership.instance(null, Membership.hostName(), ONE), idA);
        assertNotEquals(idA, Membership.applyToStreams(b).get("group.instance.id"));
    }
}

package org.basewatch.processor.dedup;

import java.util.List;

/** What the {@code story-fingerprints} store keeps per fingerprint: the story and the outlets that carried it. */
public record StoryRef(String storyId, List<String> sources) {
}

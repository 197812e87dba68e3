package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Test pages under {@code src/test/resources/pages}, read the way the ingest command reads them. */
final class Pages {
    private Pages() {
    }

    static Path path(String name) {
        try {
            return Path.of(Pages.class.getResource("/pages/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test page " + name, e);
        }
    }

    static Article read(String name) {
        List<ReadResult> results = ArticleSources.read(path(name).toString(), ReadOptions.defaults()).toList();
        assertEquals(1, results.size(), "one article from " + name + ": " + results);
        ReadResult only = results.get(0);
        assertNull(only.rejection(), "rejected: " + only.rejection());
        assertNotNull(only.article());
        return only.article();
    }
}

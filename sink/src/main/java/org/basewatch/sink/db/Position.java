package org.basewatch.sink.db;

/** Where the table writer goes on in one partition of a topic: the offset of the next record to read. */
public record Position(String topic, int partition, long nextOffset) {
}

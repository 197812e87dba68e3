-- The table writer keeps its position in the database it writes (issue 17), in the same
-- transaction as the rows: an empty database starts from the beginning of the topics whatever
-- any consumer group has committed, and a crash between writing and committing cannot skip or
-- double a batch. database_identity names this database, so that each database gets its own
-- consumer group and two databases fed side by side do not split the partitions between them.

CREATE TABLE writer_positions (
    topic            TEXT             NOT NULL,
    topic_partition  INTEGER          NOT NULL,
    next_offset      BIGINT           NOT NULL,
    updated_at       TEXT             NOT NULL,
    PRIMARY KEY (topic, topic_partition)
);

CREATE TABLE database_identity (
    singleton        INTEGER          NOT NULL PRIMARY KEY CHECK (singleton = 1),
    id               TEXT             NOT NULL
);

-- A corrected article replaces its earlier version's claims (issue 14): each claim records the
-- revision of the article it was read from, and article_revisions the latest revision a
-- correction announced. History leaves out claims of an article that a later revision replaced,
-- whichever order the claim and the correction reach the database in.

ALTER TABLE place_history ADD COLUMN revision_at BIGINT;
ALTER TABLE place_history ADD COLUMN revision_hash TEXT;

CREATE TABLE article_revisions (
    article_id       TEXT             NOT NULL PRIMARY KEY,
    revision_at      BIGINT           NOT NULL,
    revision_hash    TEXT             NOT NULL
);

-- Rows weighed by evidence (issue 15): a row says whether contrary claims were overruled (disputed)
-- and why (the verdict, the claims that carried it and those it overruled, as JSON); a change says
-- how many independent stories made it, the confidence of its claim, and whether it is current
-- news or a retroactive correction. Numbered 3.15 so that another change's V3 or V4 can sit beside it.

ALTER TABLE places ADD COLUMN disputed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE places ADD COLUMN why_json TEXT;

ALTER TABLE status_changes ADD COLUMN sources INTEGER;
ALTER TABLE status_changes ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE status_changes ADD COLUMN kind TEXT;

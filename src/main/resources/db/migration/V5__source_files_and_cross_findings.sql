-- Review across documents (issue 14).
-- The files each stored document was read from, with their content hash (SHA-256), so that importing a
-- district's folder again skips what the store already holds, whatever the file is now called.
CREATE TABLE source_files (
    document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    file         VARCHAR(4000) NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    PRIMARY KEY (document_id, file)
);
CREATE INDEX source_files_by_hash ON source_files (sha256);

-- A finding of a check across documents (across) names the second document (其他文档) it was compared with
-- (null when it was compared with several, e.g. the sum of a department's units); such findings are replaced
-- by the cross-document check, not by the document's own re-validation.
ALTER TABLE findings ADD COLUMN across BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE findings ADD COLUMN other_document_id BIGINT;

-- Dates the review sheet (审核检查表) judges timeliness by: when the analyst says the document was approved
-- (批复) and published (公开). Either may be unknown.
CREATE TABLE document_dates (
    department   VARCHAR(1000) NOT NULL,
    fiscal_year  INT NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    approved_on  DATE,
    published_on DATE,
    PRIMARY KEY (department, fiscal_year, kind)
);

-- The analyst's note to a verdict (采纳/忽略 的审核意见), which the review sheet prints with the problem.
-- (V4 may already have added it: the two branches that wanted it were written side by side)
ALTER TABLE finding_status ADD COLUMN IF NOT EXISTS note VARCHAR(4000);

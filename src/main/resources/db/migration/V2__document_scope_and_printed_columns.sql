-- 部门 and 单位 documents (scope) and the columns a table prints (absent is not zero).
-- A department's 部门预算 and the 单位预算 of one of its units for the same year are two documents, so the
-- scope joins department, year and kind in a document's identity. Documents stored before are 部门 documents.
ALTER TABLE documents ADD COLUMN scope VARCHAR(16) DEFAULT 'department' NOT NULL;
ALTER TABLE documents ADD CONSTRAINT documents_scope CHECK (scope IN ('department', 'unit'));
ALTER TABLE documents DROP CONSTRAINT documents_one_version;
ALTER TABLE documents ADD CONSTRAINT documents_one_version UNIQUE (department, fiscal_year, kind, scope, version);
DROP INDEX documents_by_identity;
CREATE INDEX documents_by_identity ON documents (department, fiscal_year, kind, scope, is_current);

-- The column ids the table prints, in order, separated by ','; NULL for tables stored before: their
-- printed columns are those their cells carry (the readers only ever stored printed columns).
ALTER TABLE disclosure_tables ADD COLUMN printed_columns VARCHAR(4000);

-- What the reader could not read of a stored document (未读取的区域): sheets or page regions with figures that
-- were not recognised as a disclosure table or form. Kept with the document so the window can say, long after
-- the import, that the document is incomplete and where.
CREATE TABLE reading_notes (
    document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    note_no      INT NOT NULL,
    note         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (document_id, note_no)
);

-- Why the analyst accepted or dismissed a finding (采纳/忽略的理由): a verdict without its reason cannot be
-- reviewed by the next person, nor shown in the findings report.
ALTER TABLE finding_status ADD COLUMN note VARCHAR(4000);

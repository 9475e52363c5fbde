-- The notes printed under a table (表注: "注：本表无数据", "说明：…故本表为空表"), as printed and in order.
-- The checks read them to tell a table left empty on purpose from one left blank (table.empty_note), so a
-- document opened from the store must carry them as a fresh read does.
CREATE TABLE table_notes (
    document_id  BIGINT NOT NULL,
    table_no     INT NOT NULL,
    note_no      INT NOT NULL,
    note         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (document_id, table_no, note_no),
    FOREIGN KEY (document_id, table_no) REFERENCES disclosure_tables (document_id, table_no) ON DELETE CASCADE
);

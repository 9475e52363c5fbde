-- The words of a table's 表头 as printed (V10, h-checks): the caption lines over its title and its column
-- labels, each list joined with the unit separator U+001F. The checks read them (a header copied from another
-- fund's table, a part title naming another body), so a document checked again from the store must keep them.
-- NULL for tables stored before: their head was not kept and those checks say nothing of them.
ALTER TABLE disclosure_tables ADD COLUMN head_captions VARCHAR(1000000);
ALTER TABLE disclosure_tables ADD COLUMN head_labels VARCHAR(1000000);

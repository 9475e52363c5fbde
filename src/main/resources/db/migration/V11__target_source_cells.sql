-- Where an indicator's 一级 / 二级 / 三级 names and a goal's text stood in the department's workbook, so that
-- 写回原工作簿 can put edited names and goal texts back into the cells they came from (the value's cell is
-- cell_* of V1). Null where the source had no such cell (a PDF, a form without the column, an added indicator).
ALTER TABLE indicators ADD COLUMN level1_cell_sheet VARCHAR(1000);
ALTER TABLE indicators ADD COLUMN level1_cell_page INT;
ALTER TABLE indicators ADD COLUMN level1_cell_row INT;
ALTER TABLE indicators ADD COLUMN level1_cell_column INT;
ALTER TABLE indicators ADD COLUMN level2_cell_sheet VARCHAR(1000);
ALTER TABLE indicators ADD COLUMN level2_cell_page INT;
ALTER TABLE indicators ADD COLUMN level2_cell_row INT;
ALTER TABLE indicators ADD COLUMN level2_cell_column INT;
ALTER TABLE indicators ADD COLUMN level3_cell_sheet VARCHAR(1000);
ALTER TABLE indicators ADD COLUMN level3_cell_page INT;
ALTER TABLE indicators ADD COLUMN level3_cell_row INT;
ALTER TABLE indicators ADD COLUMN level3_cell_column INT;
ALTER TABLE targets ADD COLUMN goal_cell_sheet VARCHAR(1000);
ALTER TABLE targets ADD COLUMN goal_cell_page INT;
ALTER TABLE targets ADD COLUMN goal_cell_row INT;
ALTER TABLE targets ADD COLUMN goal_cell_column INT;

-- A finding on a performance or self-evaluation form names its project, goal, period and form field
-- (contract: "Places on performance and self-evaluation forms"), for the finding and its other place.
ALTER TABLE findings ADD COLUMN where_project VARCHAR(4000);
ALTER TABLE findings ADD COLUMN where_goal VARCHAR(4000);
ALTER TABLE findings ADD COLUMN where_period VARCHAR(64);
ALTER TABLE findings ADD COLUMN where_field VARCHAR(4000);
ALTER TABLE findings ADD COLUMN other_project VARCHAR(4000);
ALTER TABLE findings ADD COLUMN other_goal VARCHAR(4000);
ALTER TABLE findings ADD COLUMN other_period VARCHAR(64);
ALTER TABLE findings ADD COLUMN other_field VARCHAR(4000);

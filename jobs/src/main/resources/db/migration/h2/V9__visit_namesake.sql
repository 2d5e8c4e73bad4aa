-- recon: the overdue children of a quarter whose missing months meet home visits logged under their name (or its
-- sound) at their place and linked to nobody, with how many such visits each month had; written by the flag step,
-- read by the step that counts such months as visited when the visits outnumber half the unvisited namesakes.
CREATE TABLE visit_namesake (
  quarter VARCHAR(7) NOT NULL,
  child_id VARCHAR(16) NOT NULL,
  place_key VARCHAR(400) NOT NULL,
  missing INT NOT NULL,
  unlinked_1 INT NOT NULL,
  unlinked_2 INT NOT NULL,
  unlinked_3 INT NOT NULL,
  PRIMARY KEY (quarter, child_id)
);

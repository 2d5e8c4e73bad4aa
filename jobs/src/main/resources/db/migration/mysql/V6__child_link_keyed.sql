-- recon: child_link gets a single BIGINT primary key, link_key (see cn.recon.match.LinkKeys): quarter × 2^44 +
-- the source's rank (hukou 0, roster 1, school 2, visits 3) × 2^40 + a running number in child order. InnoDB
-- clusters the table by it, so the match step appends its links at the end of one tree, and the flag step,
-- links.csv and the next quarter's match read a quarter's source as one key range, in child order, without the
-- secondary index child_link_child. Existing links keep their order: by quarter, source, child id (no child first),
-- file and line.
CREATE TABLE child_link_keyed (
  link_key BIGINT NOT NULL PRIMARY KEY,
  quarter VARCHAR(7) NOT NULL,
  source VARCHAR(8) NOT NULL,
  file_id BIGINT NOT NULL,
  line_no INT NOT NULL,
  source_key VARCHAR(64),
  child_id VARCHAR(16),
  method VARCHAR(16) NOT NULL,
  score DOUBLE PRECISION,
  evidence VARCHAR(2000)
) ENGINE=InnoDB;

INSERT INTO child_link_keyed
SELECT (CAST(SUBSTRING(quarter, 1, 4) AS SIGNED) * 4 + CAST(SUBSTRING(quarter, 6, 1) AS SIGNED) - 1) * 17592186044416
         + (CASE source WHEN 'hukou' THEN 0 WHEN 'roster' THEN 1 WHEN 'school' THEN 2 ELSE 3 END) * 1099511627776
         + ROW_NUMBER() OVER (PARTITION BY quarter, source ORDER BY child_id, file_id, line_no) - 1,
       quarter, source, file_id, line_no, source_key, child_id, method, score, evidence
FROM child_link;

DROP TABLE child_link;
RENAME TABLE child_link_keyed TO child_link;

-- recon: matching, flags and reports.

-- Every record of a quarter's current files and the child it belongs to (links.csv is written from this table).
CREATE TABLE child_link (
  quarter VARCHAR(7) NOT NULL,
  source VARCHAR(8) NOT NULL,
  file_id BIGINT NOT NULL,
  line_no INT NOT NULL,
  source_key VARCHAR(64),
  child_id VARCHAR(16),
  method VARCHAR(16) NOT NULL,
  score DOUBLE PRECISION,
  evidence VARCHAR(2000),
  PRIMARY KEY (quarter, source, file_id, line_no)
) ENGINE=InnoDB;
-- the flag step reads each source's links in child order: this index serves that scan without a sort
CREATE INDEX child_link_child ON child_link (quarter, source, child_id);

-- Counters (the next child id).
CREATE TABLE id_sequence (
  name VARCHAR(32) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO id_sequence (name, next_value) VALUES ('child', 1);

-- Pairs the model was unsure of, waiting for a data officer; and the decisions, applied in every later run.
CREATE TABLE review_item (
  item_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  quarter VARCHAR(7) NOT NULL,
  key_a VARCHAR(80) NOT NULL,
  key_b VARCHAR(80) NOT NULL,
  score DOUBLE PRECISION,
  evidence VARCHAR(4000),
  record_a VARCHAR(2000),
  record_b VARCHAR(2000),
  status VARCHAR(10) NOT NULL
) ENGINE=InnoDB;
CREATE INDEX review_item_q ON review_item (quarter, status);

CREATE TABLE review_decision (
  key_a VARCHAR(80) NOT NULL,
  key_b VARCHAR(80) NOT NULL,
  decision VARCHAR(10) NOT NULL,
  decided_by VARCHAR(100),
  decided_at TIMESTAMP NOT NULL,
  PRIMARY KEY (key_a, key_b)
) ENGINE=InnoDB;

-- Flags of each quarter's run, with their status against the previous quarter.
CREATE TABLE flag (
  quarter VARCHAR(7) NOT NULL,
  child_id VARCHAR(16) NOT NULL,
  code VARCHAR(32) NOT NULL,
  severity VARCHAR(8) NOT NULL,
  status VARCHAR(10) NOT NULL,
  first_seen VARCHAR(7) NOT NULL,
  key_child BOOLEAN NOT NULL,
  agency VARCHAR(200),
  detail VARCHAR(1000),
  PRIMARY KEY (quarter, child_id, code)
) ENGINE=InnoDB;

-- One row per child per quarter: what the reports show of the child and count by (flag step output).
CREATE TABLE child_state (
  quarter VARCHAR(7) NOT NULL,
  child_id VARCHAR(16) NOT NULL,
  name VARCHAR(100), sex CHAR(1), birth_date DATE, id_number VARCHAR(32),
  township VARCHAR(100), village VARCHAR(100),
  roster_key VARCHAR(300), school_key VARCHAR(300), hukou_key VARCHAR(300),
  in_hukou BOOLEAN NOT NULL, in_school BOOLEAN NOT NULL, in_roster BOOLEAN NOT NULL, active_in_roster BOOLEAN NOT NULL,
  key_child BOOLEAN NOT NULL, age INT, visit_required INT NOT NULL, visit_done INT NOT NULL,
  guardian_name VARCHAR(100), last_school VARCHAR(200), school_status VARCHAR(16), child_director VARCHAR(100),
  PRIMARY KEY (quarter, child_id)
) ENGINE=InnoDB;

-- Every report and export written: who, when, what.
CREATE TABLE report_audit (
  audit_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  quarter VARCHAR(7) NOT NULL,
  recipient VARCHAR(64) NOT NULL,
  file_path VARCHAR(1000) NOT NULL,
  children INT NOT NULL,
  row_count INT NOT NULL,
  masked BOOLEAN NOT NULL,
  generated_by VARCHAR(100) NOT NULL,
  generated_at TIMESTAMP NOT NULL,
  job_execution_id BIGINT
) ENGINE=InnoDB;

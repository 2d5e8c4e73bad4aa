-- recon: the extracts loaded, one row per file; records of a file are visible only while its status is LOADED.
CREATE TABLE ingest_file (
  file_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  source VARCHAR(8) NOT NULL,
  quarter VARCHAR(7) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  file_path VARCHAR(1000) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  mapping_name VARCHAR(255),
  layout VARCHAR(500),
  status VARCHAR(10) NOT NULL,
  rows_loaded INT, rows_rejected INT, rows_skipped INT,
  message VARCHAR(2000),
  job_execution_id BIGINT,
  created_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NULL
) ENGINE=InnoDB;
CREATE INDEX ingest_file_sha ON ingest_file (source, quarter, sha256);

CREATE TABLE hukou_record (
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  id_raw VARCHAR(64), id_number VARCHAR(32), id_problem VARCHAR(16), name_raw VARCHAR(100), name VARCHAR(100),
  sex CHAR(1), birth_date DATE, ethnicity VARCHAR(32), household_no VARCHAR(64), relation_to_head VARCHAR(32),
  address VARCHAR(300), township VARCHAR(100), village VARCHAR(100), area_code VARCHAR(16), status VARCHAR(32),
  status_date DATE, father_name VARCHAR(100), father_id VARCHAR(32), mother_name VARCHAR(100), mother_id VARCHAR(32),
  issues VARCHAR(1000),
  PRIMARY KEY (file_id, line_no)
) ENGINE=InnoDB;

CREATE TABLE school_record (
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  student_number VARCHAR(40), student_kind CHAR(1), id_raw VARCHAR(64), id_number VARCHAR(32), id_problem VARCHAR(16),
  name_raw VARCHAR(100), name VARCHAR(100), sex CHAR(1), birth_date DATE, id_type VARCHAR(32), ethnicity VARCHAR(32),
  school_code VARCHAR(32), school_name VARCHAR(200), school_area_code VARCHAR(16), grade VARCHAR(16),
  class_name VARCHAR(32), status VARCHAR(16), status_date DATE, hukou_area VARCHAR(200), guardian_name VARCHAR(100),
  left_behind BOOLEAN, issues VARCHAR(1000),
  PRIMARY KEY (file_id, line_no)
) ENGINE=InnoDB;

CREATE TABLE roster_record (
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  roster_id VARCHAR(64), name_raw VARCHAR(100), name VARCHAR(100), sex CHAR(1), id_raw VARCHAR(64),
  id_number VARCHAR(32), id_problem VARCHAR(16), birth_date DATE, ethnicity VARCHAR(32), hukou_registered BOOLEAN,
  township VARCHAR(100), village VARCHAR(100), area_code VARCHAR(16), categories VARCHAR(100),
  difficulty_type VARCHAR(200), father_status VARCHAR(16), mother_status VARCHAR(16), guardianship VARCHAR(16),
  guardianship_assessment VARCHAR(32), guardian_name VARCHAR(100), guardian_id VARCHAR(32),
  guardian_relation VARCHAR(32), entrustment_agreement VARCHAR(16), schooling VARCHAR(16), health VARCHAR(16),
  disability VARCHAR(64), child_director VARCHAR(100), last_visit_date DATE, registered_date DATE,
  roster_status VARCHAR(16), exit_date DATE, issues VARCHAR(1000),
  PRIMARY KEY (file_id, line_no)
) ENGINE=InnoDB;

CREATE TABLE visit_record (
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  roster_id VARCHAR(64), id_raw VARCHAR(64), id_number VARCHAR(32), id_problem VARCHAR(16), name_raw VARCHAR(100),
  name VARCHAR(100), township VARCHAR(100), village VARCHAR(100), visit_date DATE, visit_type VARCHAR(16),
  visitor VARCHAR(100), visitor_role VARCHAR(32), findings VARCHAR(1000), action VARCHAR(1000), issues VARCHAR(1000),
  PRIMARY KEY (file_id, line_no)
) ENGINE=InnoDB;

-- Rows not loaded as records: REJECTED (identifies nobody: listed in rejects.csv) or SKIPPED (e.g. adult 户籍 rows).
CREATE TABLE ingest_reject (
  file_id BIGINT NOT NULL, line_no INT NOT NULL, kind VARCHAR(8) NOT NULL, reason VARCHAR(500) NOT NULL,
  raw_text TEXT,
  PRIMARY KEY (file_id, line_no)
) ENGINE=InnoDB;

-- Which process runs a job execution, so that one left STARTED by a killed process can be recognised and recovered.
CREATE TABLE run_owner (
  job_execution_id BIGINT NOT NULL PRIMARY KEY,
  host VARCHAR(255) NOT NULL,
  pid BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL
) ENGINE=InnoDB;

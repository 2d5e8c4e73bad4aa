-- recon: the four record tables get a single BIGINT primary key, row_key = file_id × 2^32 + line_no (see
-- cn.recon.source.RowKeys), in place of the composite key (file_id, line_no). On H2 such a key is the table's own row
-- key: an ingested row goes into one tree instead of two (the rows and the key's index), and the match step reads a
-- file as one range of that tree. file_id and line_no stay as columns. Existing rows are kept.

CREATE TABLE hukou_record_keyed (
  row_key BIGINT NOT NULL PRIMARY KEY,
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  id_raw VARCHAR(64), id_number VARCHAR(32), id_problem VARCHAR(16), name_raw VARCHAR(100), name VARCHAR(100),
  sex CHAR(1), birth_date DATE, ethnicity VARCHAR(32), household_no VARCHAR(64), relation_to_head VARCHAR(32),
  address VARCHAR(300), township VARCHAR(100), village VARCHAR(100), area_code VARCHAR(16), status VARCHAR(32),
  status_date DATE, father_name VARCHAR(100), father_id VARCHAR(32), mother_name VARCHAR(100), mother_id VARCHAR(32),
  issues VARCHAR(1000)
);

INSERT INTO hukou_record_keyed (row_key, file_id, line_no, id_raw, id_number, id_problem, name_raw, name, sex, birth_date, ethnicity, household_no, relation_to_head, address, township, village, area_code, status, status_date, father_name, father_id, mother_name, mother_id, issues)
SELECT file_id * 4294967296 + line_no, file_id, line_no, id_raw, id_number, id_problem, name_raw, name, sex, birth_date, ethnicity, household_no, relation_to_head, address, township, village, area_code, status, status_date, father_name, father_id, mother_name, mother_id, issues
FROM hukou_record;

DROP TABLE hukou_record;

ALTER TABLE hukou_record_keyed RENAME TO hukou_record;

CREATE TABLE school_record_keyed (
  row_key BIGINT NOT NULL PRIMARY KEY,
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  student_number VARCHAR(40), student_kind CHAR(1), id_raw VARCHAR(64), id_number VARCHAR(32), id_problem VARCHAR(16),
  name_raw VARCHAR(100), name VARCHAR(100), sex CHAR(1), birth_date DATE, id_type VARCHAR(32), ethnicity VARCHAR(32),
  school_code VARCHAR(32), school_name VARCHAR(200), school_area_code VARCHAR(16), grade VARCHAR(16),
  class_name VARCHAR(32), status VARCHAR(16), status_date DATE, hukou_area VARCHAR(200), guardian_name VARCHAR(100),
  left_behind BOOLEAN, issues VARCHAR(1000)
);

INSERT INTO school_record_keyed (row_key, file_id, line_no, student_number, student_kind, id_raw, id_number, id_problem, name_raw, name, sex, birth_date, id_type, ethnicity, school_code, school_name, school_area_code, grade, class_name, status, status_date, hukou_area, guardian_name, left_behind, issues)
SELECT file_id * 4294967296 + line_no, file_id, line_no, student_number, student_kind, id_raw, id_number, id_problem, name_raw, name, sex, birth_date, id_type, ethnicity, school_code, school_name, school_area_code, grade, class_name, status, status_date, hukou_area, guardian_name, left_behind, issues
FROM school_record;

DROP TABLE school_record;

ALTER TABLE school_record_keyed RENAME TO school_record;

CREATE TABLE roster_record_keyed (
  row_key BIGINT NOT NULL PRIMARY KEY,
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  roster_id VARCHAR(64), name_raw VARCHAR(100), name VARCHAR(100), sex CHAR(1), id_raw VARCHAR(64),
  id_number VARCHAR(32), id_problem VARCHAR(16), birth_date DATE, ethnicity VARCHAR(32), hukou_registered BOOLEAN,
  township VARCHAR(100), village VARCHAR(100), area_code VARCHAR(16), categories VARCHAR(100),
  difficulty_type VARCHAR(200), father_status VARCHAR(16), mother_status VARCHAR(16), guardianship VARCHAR(16),
  guardianship_assessment VARCHAR(32), guardian_name VARCHAR(100), guardian_id VARCHAR(32),
  guardian_relation VARCHAR(32), entrustment_agreement VARCHAR(16), schooling VARCHAR(16), health VARCHAR(16),
  disability VARCHAR(64), child_director VARCHAR(100), last_visit_date DATE, registered_date DATE,
  roster_status VARCHAR(16), exit_date DATE, issues VARCHAR(1000)
);

INSERT INTO roster_record_keyed (row_key, file_id, line_no, roster_id, name_raw, name, sex, id_raw, id_number, id_problem, birth_date, ethnicity, hukou_registered, township, village, area_code, categories, difficulty_type, father_status, mother_status, guardianship, guardianship_assessment, guardian_name, guardian_id, guardian_relation, entrustment_agreement, schooling, health, disability, child_director, last_visit_date, registered_date, roster_status, exit_date, issues)
SELECT file_id * 4294967296 + line_no, file_id, line_no, roster_id, name_raw, name, sex, id_raw, id_number, id_problem, birth_date, ethnicity, hukou_registered, township, village, area_code, categories, difficulty_type, father_status, mother_status, guardianship, guardianship_assessment, guardian_name, guardian_id, guardian_relation, entrustment_agreement, schooling, health, disability, child_director, last_visit_date, registered_date, roster_status, exit_date, issues
FROM roster_record;

DROP TABLE roster_record;

ALTER TABLE roster_record_keyed RENAME TO roster_record;

CREATE TABLE visit_record_keyed (
  row_key BIGINT NOT NULL PRIMARY KEY,
  file_id BIGINT NOT NULL, line_no INT NOT NULL,
  roster_id VARCHAR(64), id_raw VARCHAR(64), id_number VARCHAR(32), id_problem VARCHAR(16), name_raw VARCHAR(100),
  name VARCHAR(100), township VARCHAR(100), village VARCHAR(100), visit_date DATE, visit_type VARCHAR(16),
  visitor VARCHAR(100), visitor_role VARCHAR(32), findings VARCHAR(1000), action VARCHAR(1000), issues VARCHAR(1000)
);

INSERT INTO visit_record_keyed (row_key, file_id, line_no, roster_id, id_raw, id_number, id_problem, name_raw, name, township, village, visit_date, visit_type, visitor, visitor_role, findings, action, issues)
SELECT file_id * 4294967296 + line_no, file_id, line_no, roster_id, id_raw, id_number, id_problem, name_raw, name, township, village, visit_date, visit_type, visitor, visitor_role, findings, action, issues
FROM visit_record;

DROP TABLE visit_record;

ALTER TABLE visit_record_keyed RENAME TO visit_record;

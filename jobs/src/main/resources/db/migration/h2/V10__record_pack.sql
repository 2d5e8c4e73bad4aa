-- recon: the fields of each ingested chunk's records that the match step reads, packed into one binary value per
-- chunk (see cn.recon.source.RecordPacks), written by ingestion in the chunk's transaction beside the rows. The match
-- step reads a province's records from these few hundred values instead of decoding every column of 1.7 million
-- rows (the wide rows' address, raw texts and issues, which matching does not use). pack_key = the row key of the
-- chunk's first record (file_id × 2^32 + line_no), so a file's packs are one key range in line order. Files ingested
-- before this migration have no packs; the match step reads their rows.
CREATE TABLE record_pack (
  pack_key BIGINT NOT NULL PRIMARY KEY,
  file_id BIGINT NOT NULL,
  records INT NOT NULL,
  data VARBINARY NOT NULL
);

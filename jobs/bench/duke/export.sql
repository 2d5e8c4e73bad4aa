CALL CSVWRITE('@RAW@', '
SELECT f.SOURCE || '':'' || f.FILE_NAME || '':'' || r.LINE_NO AS "rid", f.SOURCE AS "source",
       COALESCE(r.ID_NUMBER, '''') AS "id", COALESCE(r.NAME, '''') AS "name", COALESCE(CAST(r.SEX AS VARCHAR), '''') AS "sex",
       COALESCE(FORMATDATETIME(r.BIRTH_DATE, ''yyyy-MM-dd''), '''') AS "birth",
       COALESCE(r.TOWNSHIP, '''') AS "township", COALESCE(r.VILLAGE, '''') AS "village",
       COALESCE(r.FATHER_NAME, '''') AS "guardian", COALESCE(r.MOTHER_NAME, '''') AS "mother"
  FROM HUKOU_RECORD r JOIN INGEST_FILE f ON f.FILE_ID = r.FILE_ID WHERE f.QUARTER = ''2026Q3''
UNION ALL
SELECT f.SOURCE || '':'' || f.FILE_NAME || '':'' || r.LINE_NO, f.SOURCE,
       COALESCE(r.ID_NUMBER, ''''), COALESCE(r.NAME, ''''), COALESCE(CAST(r.SEX AS VARCHAR), ''''),
       COALESCE(FORMATDATETIME(r.BIRTH_DATE, ''yyyy-MM-dd''), ''''),
       '''', '''', COALESCE(r.GUARDIAN_NAME, ''''), ''''
  FROM SCHOOL_RECORD r JOIN INGEST_FILE f ON f.FILE_ID = r.FILE_ID WHERE f.QUARTER = ''2026Q3''
UNION ALL
SELECT f.SOURCE || '':'' || f.FILE_NAME || '':'' || r.LINE_NO, f.SOURCE,
       COALESCE(r.ID_NUMBER, ''''), COALESCE(r.NAME, ''''), COALESCE(CAST(r.SEX AS VARCHAR), ''''),
       COALESCE(FORMATDATETIME(r.BIRTH_DATE, ''yyyy-MM-dd''), ''''),
       COALESCE(r.TOWNSHIP, ''''), COALESCE(r.VILLAGE, ''''), COALESCE(r.GUARDIAN_NAME, ''''), ''''
  FROM ROSTER_RECORD r JOIN INGEST_FILE f ON f.FILE_ID = r.FILE_ID WHERE f.QUARTER = ''2026Q3''
ORDER BY 1', 'charset=UTF-8 fieldSeparator=,');

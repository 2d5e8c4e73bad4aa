package cn.recon.ingest.mapping;

/** What kind of value a canonical field holds, which decides how it is read and what a mapping may say about it. */
public enum FieldKind {
    /** Free text, kept as written (trimmed); a value map may relabel values. */
    TEXT,
    /** A person's name, normalised with {@link cn.recon.person.PersonName}. */
    NAME,
    /** A citizen ID, read with {@link cn.recon.person.IdNumber}. */
    ID,
    /** A 全国学籍号, read with {@link cn.recon.person.StudentNumber}. */
    STUDENT_NUMBER,
    /** A date in one of the extract date forms. */
    DATE,
    /** 男 or 女. */
    SEX,
    /** 是 or 否. */
    YES_NO,
    /** One value of a closed list. */
    CHOICE,
    /** One or more values of a closed list, separated by 、 , ; ，； */
    CATEGORIES,
    /** An administrative division code (6, 9 or 12 digits). */
    AREA_CODE,
    /** A division code or a place written out in words. */
    AREA;

    /** Kinds whose values come from a fixed list of canonical values. */
    public boolean closed() {
        return this == SEX || this == YES_NO || this == CHOICE || this == CATEGORIES;
    }

    /** Kinds a value map may be given for. */
    public boolean takesValues() {
        return closed() || this == TEXT || this == AREA;
    }
}

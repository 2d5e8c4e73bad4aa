package cn.recon.report;

/** Who receives a report file; recorded in the audit row of every file written. */
public enum Recipient {
    /** 县民政局数据专员: the quarterly analysis workbook and the machine-readable CSV outputs. */
    DATA_OFFICER("县民政局数据专员"),
    /** 县教育局: the dropout and out-of-school list (劝返复学). */
    EDUCATION_BUREAU("县教育局"),
    /** 县公安局: the list of children without household registration (落实户籍). */
    PUBLIC_SECURITY("县公安局"),
    /** 乡镇儿童督导员 and 儿童主任: the overdue-visit list. */
    TOWNSHIP_SUPERVISOR("乡镇儿童督导员");

    private final String chinese;

    Recipient(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}

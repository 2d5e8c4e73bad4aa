package cn.recon.report;

import java.util.Objects;

/**
 * One ingested source record and the child it joined: a row of {@code links.csv} (FORMATS.md).
 *
 * @param source    {@code hukou}, {@code school}, {@code roster} or {@code visits}
 * @param sourceKey the record key in its source (儿童编号, 全国学籍号, normalised 公民身份号码, …); may be blank
 * @param line      the line (CSV) or row (XLSX) number in the file, 1-based
 * @param method    how it joined, e.g. {@code id}, {@code probabilistic}, {@code review}, {@code new}
 * @param score     the match probability where one was computed, else null
 */
public record LinkLine(String childId, String source, String sourceKey, String file, long line, String method,
        Double score) {

    public LinkLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }
}

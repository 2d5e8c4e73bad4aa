package cn.recon.ingest;

import cn.recon.ingest.read.RawRow;

/** Turns one raw row of a source's extract into its outcome: an accepted canonical record, a skip or a rejection. */
interface RowConverter<T> {

    RowResult<T> convert(RawRow row);

    /** The reason given for a row that identifies nobody. */
    static <T> RowResult<T> reject(RawRow row, String reason) {
        return new RowResult.Rejected<>(row.line(), reason, row.raw());
    }
}

package cn.recon.cli;

import cn.recon.person.IdNumber;
import cn.recon.source.RecordTable;
import cn.recon.source.RowKeys;
import cn.recon.source.Source;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recon explain CHILD_ID}: the records of a child, how each joined it, how sure, and the evidence. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why records were joined into one child: method, probability and per-field evidence.")
class ExplainCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "CHILD_ID", description = "e.g. C000000042 (from flags.csv or links.csv).")
    String childId;

    @Option(names = "--quarter", description = "The quarter (default: the latest one the child appears in).")
    String quarter;

    @Option(names = "--full-ids", description = "Show citizen IDs in full (default: masked, first 6 and last 4).")
    boolean fullIds;

    @Override
    public Integer call() {
        try (var ctx = AppContext.start(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            String q = quarter != null ? quarter : jdbc.queryForObject(
                    "SELECT MAX(quarter) FROM child_link WHERE child_id = ?", String.class, childId);
            if (q == null) {
                System.err.println("recon: no child " + childId);
                return 2;
            }
            System.out.println("Child " + childId + " in " + q + ":");
            List<Map<String, Object>> links = jdbc.queryForList("SELECT l.source, l.source_key, l.method, l.score, "
                    + "l.evidence, f.file_name, l.line_no, l.file_id FROM child_link l JOIN ingest_file f ON f.file_id = "
                    + "l.file_id WHERE l.quarter = ? AND l.child_id = ? ORDER BY l.source, l.file_id, l.line_no",
                    q, childId);
            for (Map<String, Object> l : links) {
                String source = (String) l.get("source");
                System.out.printf("  %-7s %s line %s  key %s%n", source, l.get("file_name"), l.get("line_no"),
                        show((String) l.get("source_key")));
                System.out.printf("          %s%n", describe(jdbc, source, (Long) l.get("file_id"),
                        (Integer) l.get("line_no")));
                System.out.printf("          joined by %s%s%n", l.get("method"), l.get("score") == null ? ""
                        : String.format(", probability %.4f", (Double) l.get("score")));
                if (l.get("evidence") != null) {
                    System.out.printf("          evidence: %s%n", l.get("evidence"));
                }
            }
            return 0;
        }
    }

    private String describe(JdbcTemplate jdbc, String source, long fileId, int line) {
        String table = RecordTable.of(Source.of(source)).table();
        String extra = switch (source) {
            case "hukou" -> "sex, birth_date, township, village, status";
            case "school" -> "sex, birth_date, school_name, status";
            case "roster" -> "sex, birth_date, township, village, roster_status";
            default -> "visit_date, visit_type, township, village";
        };
        Map<String, Object> r = jdbc.queryForMap("SELECT name, id_number, id_problem, issues, " + extra + " FROM "
                + table + " WHERE row_key = ?", RowKeys.of(fileId, line));
        StringBuilder sb = new StringBuilder();
        sb.append(r.get("name")).append(" | ID ").append(show((String) r.get("id_number")));
        if (r.get("id_problem") != null) {
            sb.append(" (").append(r.get("id_problem")).append(")");
        }
        for (String c : extra.split(", ")) {
            sb.append(" | ").append(r.get(c));
        }
        if (r.get("issues") != null) {
            sb.append(" | issues: ").append(r.get("issues"));
        }
        return sb.toString();
    }

    private String show(String id) {
        if (id == null) {
            return "-";
        }
        // anything shaped like a citizen ID (valid or not) or a student number holding one is masked
        boolean idLike = id.matches("[GJL]?\\d{14,17}[\\dXx]");
        return fullIds || !idLike ? id : IdNumber.mask(id);
    }
}

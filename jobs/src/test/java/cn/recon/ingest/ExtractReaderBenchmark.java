package cn.recon.ingest;

import cn.recon.ingest.mapping.Mappings;
import cn.recon.person.IdNumber;
import cn.recon.source.Source;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Throughput of open + read of a generated 户籍 CSV (not a unit test: run by hand from the project root).
 *
 * <pre>
 * java -Xmx64m -XX:+UseSerialGC -cp jobs/target/test-classes:jobs/target/classes:$(cat cp.txt) \
 *      cn.recon.ingest.ExtractReaderBenchmark [rows] [utf8|gb18030]
 * </pre>
 */
public final class ExtractReaderBenchmark {

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤岩玉").split("");
    private static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰飞鹏辉建国文斌宇浩然子轩梓涵一诺欣怡雨泽"
            + "思远晨曦佳琪嘉怡俊杰博文梦瑶婷温罕香叫坎").split("");

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ExtractReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Charset cs = args.length > 1 && args[1].equalsIgnoreCase("gb18030") ? Charset.forName("GB18030")
                : StandardCharsets.UTF_8;
        boolean xlsx = args.length > 1 && args[1].equalsIgnoreCase("xlsx");
        Path file = Files.createTempFile("hukou-bench", xlsx ? ".xlsx" : ".csv");
        try {
            generate(file, rows, cs);
            if (xlsx) {
                Path csv = file.resolveSibling(file.getFileName() + ".csv");
                Files.move(file, csv);
                toXlsx(csv, file);
                Files.delete(csv);
            }
            System.out.printf("%,d rows, %s, %,d bytes%n", rows, cs, Files.size(file));
            int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                int accepted = 0;
                int other = 0;
                try (ExtractReader<?> r = ExtractReaders.open(Source.HUKOU, file, 1,
                        Mappings.defaultFor(Source.HUKOU, Path.of("mappings")), LocalDate.of(2026, 9, 30))) {
                    RowResult<?> row;
                    while ((row = r.read()) != null) {
                        if (row instanceof RowResult.Accepted<?>) {
                            accepted++;
                        } else {
                            other++;
                        }
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
                Runtime rt = Runtime.getRuntime();
                System.out.printf("run %d: %.2f s wall, %.2f s CPU of the reading thread = %,.0f rows per CPU second"
                        + " (accepted %,d, skipped/rejected %,d), heap used %d MB of max %d MB%n", run, s, cpu,
                        rows / cpu, accepted, other,
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void generate(Path file, int rows, Charset cs) throws IOException {
        Random rnd = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, cs)) {
            w.write("公民身份号码,姓名,性别,出生日期,民族,户号,与户主关系,户籍地址,乡镇（街道）,村（社区）,行政区划代码,人员状态,注销日期,"
                    + "父亲姓名,父亲公民身份号码,母亲姓名,母亲公民身份号码\r\n");
            StringBuilder sb = new StringBuilder(400);
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(2008, 10, 1).plusDays(rnd.nextInt(18 * 365 - 200));
                String first17 = "532822" + birth.toString().replace("-", "") + String.format("%03d", rnd.nextInt(1000));
                String id = first17 + IdNumber.checkCharacter(first17);
                boolean male = (first17.charAt(16) - '0') % 2 == 1;
                String surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
                int village = 1 + rnd.nextInt(9);
                sb.setLength(0);
                sb.append(id).append(',').append(surname).append(GIVEN[rnd.nextInt(GIVEN.length)]);
                if (rnd.nextBoolean()) {
                    sb.append(GIVEN[rnd.nextInt(GIVEN.length)]);
                }
                sb.append(',').append(male ? "男" : "女").append(',').append(birth).append(",傣族,")
                        .append(5328220000L + i).append(",子,云南省勐海县勐海镇").append(village).append("号,勐海镇,")
                        .append("沿河社区,53282210100").append(village).append(",正常,,")
                        .append(surname).append("建国,").append(id("532822198" + rnd.nextInt(10) + "0101" + "123"))
                        .append(",玉香,").append(id("532822198" + rnd.nextInt(10) + "0202" + "124")).append("\r\n");
                w.append(sb);
            }
        }
    }

    /** The CSV as a workbook of text cells (SXSSF, shared strings as Excel writes them). */
    static void toXlsx(Path csv, Path xlsx) throws IOException {
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(null, 200, false, true);
                var lines = Files.lines(csv, StandardCharsets.UTF_8);
                var out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("户籍");
            int[] r = {0};
            lines.forEach(line -> {
                var row = sheet.createRow(r[0]++);
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            });
            wb.write(out);
        }
    }

    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}

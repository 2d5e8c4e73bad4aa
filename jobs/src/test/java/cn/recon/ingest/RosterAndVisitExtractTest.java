package cn.recon.ingest;

import static cn.recon.ingest.Extracts.accepted;
import static cn.recon.ingest.Extracts.csv;
import static cn.recon.ingest.Extracts.id;
import static cn.recon.ingest.Extracts.readAll;
import static cn.recon.ingest.Extracts.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import cn.recon.source.RosterRecord;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterAndVisitExtractTest {

    @TempDir
    Path dir;

    static final String[] ROSTER_HEADER = {"儿童编号", "姓名", "性别", "身份证号", "出生日期", "乡镇（街道）", "村（社区）", "区划代码",
        "儿童类别", "监护方式", "委托监护确认书", "在册状态", "是否登记户口"};

    @Test
    void idsStoredAsNumbersInAWorkbook() throws IOException {
        String valid = id("53282220150304123");
        Path f = xlsx(dir, "名册.xlsx", (Object[]) ROSTER_HEADER,
                new Object[] {5328221234567890123d, "甲", "男", 340524800101001d, null, "勐海镇", "沿河社区", 532822101001d, "农村留守儿童",
                    "委托监护", "未签订", "在册"},
                new Object[] {"R002", "乙", "女", Double.parseDouble(valid), null, "勐海镇", "沿河社区", null, "困境儿童",
                    null, null, "在册"},
                new Object[] {"R003", "丙", "女", valid, null, "勐海镇", "沿河社区", null, "困境儿童", null, null, "在册"},
                new Object[] {"R004", "丁", "女", "1.10105E+17", null, "勐海镇", "沿河社区", null, "困境儿童", null, null,
                    "在册"});
        List<RowResult<RosterRecord>> rows = readAll(Source.ROSTER, f);

        RosterRecord fifteen = accepted(rows.get(0));
        assertThat(fifteen.idRaw()).isEqualTo("340524800101001");
        assertThat(fifteen.idNumber()).isEqualTo("34052419800101001X");
        assertThat(fifteen.idProblem()).isEqualTo("FIFTEEN_DIGIT");
        assertThat(fifteen.issues()).contains("INVALID_ID@id_number: 15位旧号码")
                .contains("STORED_AS_NUMBER@roster_id: 在表格中存成了数字");
        assertThat(fifteen.rosterId()).hasSize(19);
        assertThat(fifteen.areaCode()).isEqualTo("532822101001");
        assertThat(fifteen.guardianship()).isEqualTo("委托监护");
        assertThat(fifteen.entrustmentAgreement()).isEqualTo("未签订");

        RosterRecord eighteen = accepted(rows.get(1));
        assertThat(eighteen.idProblem()).isEqualTo("STORED_AS_NUMBER");
        assertThat(eighteen.idNumber()).hasSize(18).isNotEqualTo(valid).startsWith(valid.substring(0, 13));
        assertThat(eighteen.issues()).startsWith("ID_STORED_AS_NUMBER@id_number").doesNotContain("INVALID_ID");

        RosterRecord text = accepted(rows.get(2));
        assertThat(text.idNumber()).isEqualTo(valid);
        assertThat(text.idProblem()).isNull();
        assertThat(text.issues()).isNull();

        RosterRecord exponent = accepted(rows.get(3));
        assertThat(exponent.idProblem()).isEqualTo("STORED_AS_NUMBER");
        assertThat(exponent.issues()).startsWith("ID_STORED_AS_NUMBER@id_number");
    }

    @Test
    void sexFormsDateFormsCategoriesAndVocabularies() throws IOException {
        String h = String.join(",", ROSTER_HEADER) + ",最近走访日期,登记日期,退出日期,父亲状况,健康状况";
        String tail = ",勐海镇,沿河社区,,";
        Path f = csv(dir, "roster.csv", StandardCharsets.UTF_8, h,
                "R1,甲,男,,2015-03-04" + tail + "农村留守儿童,父母监护,,在册,是,2015-03-04,2015-03-04,,外出打工,健康",
                "R2,乙,女,,2015/3/4" + tail + "\"农村留守儿童、困境儿童\",,,在册,否,2015/3/4,,,,",
                "R3,丙,1,,20150304" + tail + "\"困境儿童,散居孤儿\",,,已退出,1,20150304,,2026-01-02,,",
                "R4,丁,2,,2015.3.4" + tail + "困境儿童;留守儿童;困境儿童,,,在册,,2015.3.4,,,,",
                "R5,戊,M,,2015年3月4日" + tail + "困境儿童，孤儿；其它,,,在册,,2015年3月4日,,,,",
                "R6,己,f,,2015-03-04 00:00:00" + tail + "事实无人抚养儿童,,,在册,,,,,,",
                "R7,庚,未知,,2015-13-04" + tail + ",,,退出,,,,,,",
                "R8,,,,,,,,,,,在册,,,,,,");
        List<RowResult<RosterRecord>> rows = readAll(Source.ROSTER, f);
        assertThat(rows).hasSize(8);
        List<RosterRecord> r = rows.subList(0, 7).stream().map(Extracts::accepted).toList();

        assertThat(r).extracting(RosterRecord::sex).containsExactly(Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.FEMALE,
                Sex.MALE, Sex.FEMALE, null);
        LocalDate d = LocalDate.of(2015, 3, 4);
        assertThat(r.subList(0, 6)).extracting(RosterRecord::birthDate).containsOnly(d);
        assertThat(r.subList(0, 5)).extracting(RosterRecord::lastVisitDate).containsOnly(d);
        assertThat(r.get(0).registeredDate()).isEqualTo(d);
        assertThat(r.get(2).exitDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(r.get(0).fatherStatus()).isEqualTo("外出务工");
        assertThat(r.get(0).health()).isEqualTo("健康");
        assertThat(r.get(0).hukouRegistered()).isTrue();
        assertThat(r.get(1).hukouRegistered()).isFalse();
        assertThat(r.get(2).hukouRegistered()).isTrue();

        assertThat(r).extracting(RosterRecord::categories).containsExactly("农村留守儿童", "农村留守儿童、困境儿童",
                "困境儿童、散居孤儿", "困境儿童、农村留守儿童", "困境儿童、散居孤儿、其它", "事实无人抚养儿童", null);
        assertThat(r.get(4).issues()).isEqualTo("UNKNOWN_VALUE@categories: 「其它」不是标准的儿童类别，原样保留");
        assertThat(r.get(0).issues()).isNull();

        assertThat(r.get(6).issues()).contains("UNKNOWN_VALUE@sex").contains("BAD_DATE@birth_date")
                .contains("MISSING_VALUE@categories");
        assertThat(r.get(6).rosterStatus()).isEqualTo("已退出");

        RowResult.Rejected<?> rejected = (RowResult.Rejected<?>) rows.get(7);
        assertThat(rejected.line()).isEqualTo(9);
        assertThat(rejected.reason()).contains("姓名").contains("身份证号");
    }

    @Test
    void quotedNewlinesKeepTheLineNumbersOfLaterRows() throws IOException {
        Path f = csv(dir, "visits.csv", StandardCharsets.UTF_8, "儿童编号,姓名,走访日期,走访方式,发现问题,处置情况",
                "R1,甲,2026-07-03,入户,\"孩子说：\r\n“奶奶病了”\r\n需要跟进\",\"已联系村委会, 安排送医\"",
                "R2,乙,2026/8/1,电话,,",
                ",,2026-08-02,入户走访,,",
                ",丙,2026-08-03,家访,,",
                "R3,,,上门服务,,");
        List<RowResult<VisitRecord>> rows = readAll(Source.VISITS, f);
        assertThat(rows).extracting(RowResult::line).containsExactly(2, 5, 6, 7, 8);
        VisitRecord first = accepted(rows.get(0));
        assertThat(first.findings()).isEqualTo("孩子说：\r\n“奶奶病了”\r\n需要跟进");
        assertThat(first.action()).isEqualTo("已联系村委会, 安排送医");
        assertThat(first.visitType()).isEqualTo("入户走访");
        assertThat(first.visitDate()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(accepted(rows.get(1)).visitType()).isEqualTo("电话联系");
        assertThat(rows.get(2)).isInstanceOf(RowResult.Rejected.class);
        assertThat(((RowResult.Rejected<?>) rows.get(2)).reason()).contains("儿童编号");
        VisitRecord byName = accepted(rows.get(3));
        assertThat(byName.rosterId()).isNull();
        assertThat(byName.name()).isEqualTo("丙");
        VisitRecord noDate = accepted(rows.get(4));
        assertThat(noDate.visitDate()).isNull();
        assertThat(noDate.visitType()).isEqualTo("上门服务");
        assertThat(noDate.issues()).isEqualTo(
                "MISSING_VALUE@visit_date: 必填项为空; UNKNOWN_VALUE@visit_type: 「上门服务」不是标准取值，原样保留");
    }
}

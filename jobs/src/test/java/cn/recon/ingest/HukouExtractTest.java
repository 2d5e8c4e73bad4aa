package cn.recon.ingest;

import static cn.recon.ingest.Extracts.accepted;
import static cn.recon.ingest.Extracts.csv;
import static cn.recon.ingest.Extracts.id;
import static cn.recon.ingest.Extracts.idEndingInX;
import static cn.recon.ingest.Extracts.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.ingest.mapping.Mappings;
import cn.recon.person.Sex;
import cn.recon.source.HukouRecord;
import cn.recon.source.RecordIssues;
import cn.recon.source.Source;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HukouExtractTest {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final String HEADER = "公民身份号码,姓名,性别,民族,户号,与户主关系,户籍地址,乡镇（街道）,村（社区）,行政区划代码,人员状态,注销日期,"
            + "父亲姓名,父亲公民身份号码,母亲姓名,母亲公民身份号码";

    @TempDir
    Path dir;

    @Test
    void aGb18030ExtractWithoutBirthDateColumn() throws IOException {
        String child = id("53282220150304123");
        String x = idEndingInX("20160101");
        String messy = " " + toFullWidth(x.substring(0, 6)) + " " + x.substring(6, 17) + "x";
        Path f = csv(dir, "户籍.csv", GB18030, HEADER,
                child + ",岩温,1,傣,001,子,勐海镇沿河社区,勐海镇,沿河社区,532822101001,正常,,岩香,"
                        + "340524800101001,玉罕,532822199001011234",
                messy + ",張偉,女,汉族,002,女,,勐海镇,,532822101999,户籍正常,,,,,",
                "11010519491231002X,老人,男,汉,003,户主,,,,,正常,,,,,",
                ",,,,004,,,,,,正常,,,,,",
                ",阿依古丽•买买提,F,维吾尔族,005,孙女,,,,,死亡,2020年5月6日,,,,",
                id("53282220100101234") + ",玉罕,M,傣,006,,,,,53282210100,失踪,2021/7/8,,,,");
        List<RowResult<HukouRecord>> rows = readAll(Source.HUKOU, f);
        assertThat(rows).extracting(RowResult::line).containsExactly(2, 3, 4, 5, 6, 7);

        HukouRecord a = accepted(rows.get(0));
        assertThat(a.fileId()).isEqualTo(7L);
        assertThat(a.idNumber()).isEqualTo(child);
        assertThat(a.idProblem()).isNull();
        assertThat(a.name()).isEqualTo("岩温");
        assertThat(a.sex()).isEqualTo(Sex.MALE);
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(a.ethnicity()).isEqualTo("傣");
        assertThat(a.areaCode()).isEqualTo("532822101001");
        assertThat(a.status()).isEqualTo("正常");
        assertThat(a.fatherName()).isEqualTo("岩香");
        assertThat(a.fatherId()).isEqualTo("34052419800101001X");
        assertThat(a.motherId()).isEqualTo("532822199001011234");
        assertThat(a.issues()).contains("INVALID_ID@mother_id").doesNotContain("father_id");

        HukouRecord b = accepted(rows.get(1));
        assertThat(b.idRaw()).isEqualTo(messy.strip());
        assertThat(b.idNumber()).isEqualTo(x);
        assertThat(b.idProblem()).isNull();
        assertThat(b.name()).isEqualTo("张伟");
        assertThat(b.nameRaw()).isEqualTo("張偉");
        assertThat(b.sex()).isEqualTo(Sex.FEMALE);
        assertThat(b.ethnicity()).isEqualTo("汉族");
        assertThat(b.status()).isEqualTo("正常");
        assertThat(b.areaCode()).isEqualTo("532822101999");
        assertThat(RecordIssues.has(b.issues(), "BAD_AREA_CODE")).isTrue();

        assertThat(rows.get(2)).isInstanceOf(RowResult.Skipped.class);
        assertThat(((RowResult.Skipped<?>) rows.get(2)).reason()).contains("成年").contains("2026-09-30");

        RowResult.Rejected<?> rejected = (RowResult.Rejected<?>) rows.get(3);
        assertThat(rejected.reason()).contains("姓名").contains("公民身份号码");
        assertThat(rejected.raw()).isEqualTo(",,,,004,,,,,,正常");

        HukouRecord e = accepted(rows.get(4));
        assertThat(e.name()).isEqualTo("阿依古丽·买买提");
        assertThat(e.idNumber()).isNull();
        assertThat(e.birthDate()).isNull();
        assertThat(e.status()).isEqualTo("死亡注销");
        assertThat(e.statusDate()).isEqualTo(LocalDate.of(2020, 5, 6));
        assertThat(e.issues()).isEqualTo("MISSING_VALUE@id_number: 必填项为空");

        HukouRecord g = accepted(rows.get(5));
        assertThat(g.status()).isEqualTo("失踪");
        assertThat(g.issues()).contains("UNKNOWN_VALUE@status: 「失踪」").contains("BAD_AREA_CODE@area_code");
        assertThat(g.statusDate()).isEqualTo(LocalDate.of(2021, 7, 8));
    }

    @Test
    void birthDateColumnWinsAndABlankOneIsDerivedFromTheId() throws IOException {
        Path f = csv(dir, "h.csv", StandardCharsets.UTF_8, "身份证号,姓名,出生日期,户籍状态",
                id("53282220150304123") + ",甲,2015.3.5,正常",
                id("53282220150304123") + ",乙,,正常",
                id("53282220080930123") + ",丙,,正常",
                id("53282220081001123") + ",丁,,正常",
                id("53282220150304123") + ",戊,2015-02-30,",
                "532822201503041230,己,,正常");
        List<RowResult<HukouRecord>> rows = readAll(Source.HUKOU, f);
        assertThat(accepted(rows.get(0)).birthDate()).isEqualTo(LocalDate.of(2015, 3, 5));
        assertThat(accepted(rows.get(1)).birthDate()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(rows.get(2)).as("18 on the reference date").isInstanceOf(RowResult.Skipped.class);
        assertThat(accepted(rows.get(3)).birthDate()).isEqualTo(LocalDate.of(2008, 10, 1));
        HukouRecord bad = accepted(rows.get(4));
        assertThat(bad.birthDate()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(bad.issues()).contains("BAD_DATE@birth_date: 「2015-02-30」").contains("MISSING_VALUE@status");
        HukouRecord badCheck = accepted(rows.get(5));
        assertThat(badCheck.idProblem()).isEqualTo("BAD_CHECK");
        assertThat(badCheck.birthDate()).isNull();
        assertThat(badCheck.issues()).startsWith("INVALID_ID@id_number");
    }

    @Test
    void missingRequiredColumnStopsTheFileAndNamesIt() throws IOException {
        Path f = csv(dir, "缺列.csv", GB18030, "身份证号,姓名,性别", id("53282220150304123") + ",甲,男");
        assertThatThrownBy(() -> readAll(Source.HUKOU, f)).isInstanceOf(ExtractFileException.class)
                .hasMessageStartingWith("缺列.csv: 缺少必需的列").hasMessageContaining("「人员状态」")
                .hasMessageContaining("户籍状态");
    }

    @Test
    void aMappingOfAnotherSourceIsRefused() throws IOException {
        Path f = csv(dir, "h.csv", StandardCharsets.UTF_8, "身份证号,姓名,户籍状态");
        assertThatThrownBy(() -> ExtractReaders.open(Source.HUKOU, f, 1, Mappings.defaultFor(Source.ROSTER,
                Extracts.MAPPINGS), Extracts.REF)).isInstanceOf(ExtractFileException.class)
                .hasMessageContaining("roster.yml").hasMessageContaining("户籍");
        assertThatThrownBy(() -> ExtractReaders.open(Source.HUKOU, f, 1, Mappings.defaultFor(Source.HUKOU,
                Extracts.MAPPINGS), Extracts.REF, cn.recon.source.SchoolRecord.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOpenerOfTheIngestJobTakesTheDefaultOrAnExplicitMapping() throws IOException {
        Path f = csv(dir, "h.csv", StandardCharsets.UTF_8, "证件号码,名字,状态", id("53282220150304123") + ",甲,正常");
        ExtractOpener opener = ExtractReaders.opener(Extracts.MAPPINGS);
        assertThatThrownBy(() -> opener.open(Source.HUKOU, f, 1, null, Extracts.REF))
                .isInstanceOf(ExtractFileException.class).hasMessageContaining("公民身份号码");
        Path county = java.nio.file.Files.writeString(dir.resolve("county.yml"), """
                source: hukou
                name: 某县户籍
                fields:
                  id_number: {headers: [证件号码], required: true}
                  name: {headers: [名字], required: true}
                  status: {headers: [状态], required: true}
                """);
        try (ExtractReader<?> r = opener.open(Source.HUKOU, f, 1, county, Extracts.REF)) {
            assertThat(r.describe()).contains("某县户籍").contains("county.yml");
            HukouRecord rec = (HukouRecord) accepted(r.read());
            assertThat(rec.name()).isEqualTo("甲");
            assertThat(rec.status()).isEqualTo("正常");
            assertThat(r.read()).isNull();
        }
    }

    static String toFullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append((char) (c + 0xFEE0));
        }
        return sb.toString();
    }
}

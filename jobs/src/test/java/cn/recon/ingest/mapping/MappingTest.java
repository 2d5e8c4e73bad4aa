package cn.recon.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.ingest.read.HeaderSpec;
import cn.recon.person.Dates;
import cn.recon.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MappingTest {

    /** The top-level mappings/ folder (tests run in the project root). */
    static final Path MAPPINGS = Path.of("mappings");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Source.class)
    void everyReferenceMappingLoadsAndDefinesItsMandatoryFields(Source source) {
        Mapping m = Mappings.defaultFor(source, MAPPINGS);
        assertThat(m.source()).isEqualTo(source);
        assertThat(m.name()).isNotBlank();
        for (FieldDef d : FieldCatalog.fields(source).values()) {
            if (d.mandatory()) {
                assertThat(m.field(d.name()).required()).as(d.name()).isTrue();
            }
        }
        assertThat(m.headerSpec().columns()).extracting(HeaderSpec.Column::field)
                .containsAll(m.fields().keySet());
        assertThat(m.dateOrder()).isEqualTo(Dates.Order.YMD);
    }

    @Test
    void referenceVocabularies() {
        Mapping hukou = Mappings.defaultFor(Source.HUKOU, MAPPINGS);
        Vocabulary status = hukou.vocabulary("status");
        assertThat(status.closed()).isTrue();
        assertThat(status.lookup("正常")).isEqualTo("正常");
        assertThat(status.lookup("出国（境）注销")).isEqualTo("出国(境)注销");
        assertThat(status.lookup(" 死亡 ")).isEqualTo("死亡注销");
        assertThat(status.lookup("在读")).isNull();
        Vocabulary sex = hukou.vocabulary("sex");
        assertThat(sex.lookup("1")).isEqualTo("男");
        assertThat(sex.lookup("f")).isEqualTo("女");
        assertThat(hukou.vocabulary("ethnicity").closed()).isFalse();

        Mapping roster = Mappings.defaultFor(Source.ROSTER, MAPPINGS);
        assertThat(roster.vocabulary("mother_status").lookup("外出打工")).isEqualTo("外出务工");
        assertThat(roster.vocabulary("categories").lookup("留守儿童")).isEqualTo("农村留守儿童");
        Mapping school = Mappings.defaultFor(Source.SCHOOL, MAPPINGS);
        assertThat(school.vocabulary("grade").lookup("8")).isEqualTo("八年级");
        assertThat(school.vocabulary("left_behind").lookup("Y")).isEqualTo("是");
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("county.yml"), text, StandardCharsets.UTF_8);
    }

    private static final String MINIMAL_VISITS = """
            source: visits
            name: 某县走访
            sheet: 走访
            date_formats: [d/M/yyyy]
            fields:
              visit_date: {headers: [走访时间], required: true}
              visit_type:
                headers: [方式]
                required: true
                values: {上门: 入户走访}
            """;

    @Test
    void aCountyLayoutIsAFileNotCode() throws IOException {
        Mapping m = Mapping.load(yaml(MINIMAL_VISITS));
        assertThat(m.name()).isEqualTo("某县走访");
        assertThat(m.sheet()).isEqualTo("走访");
        assertThat(m.dateOrder()).isEqualTo(Dates.Order.DMY);
        assertThat(m.field("visit_type").headers()).containsExactly("方式");
        assertThat(m.vocabulary("visit_type").lookup("上门")).isEqualTo("入户走访");
        assertThat(m.field("name")).isNull();
    }

    private void refused(String text, String... words) throws IOException {
        Path f = yaml(text);
        var a = assertThatThrownBy(() -> Mapping.load(f)).isInstanceOf(MappingException.class)
                .hasMessageContaining("county.yml");
        for (String w : words) {
            a.hasMessageContaining(w);
        }
    }

    @Test
    void plainErrors() throws IOException {
        refused(MINIMAL_VISITS.replace("visit_type:", "visit_kind:"), "未知的字段「visit_kind」", "visit_type");
        refused(MINIMAL_VISITS.replace("  visit_date: {headers: [走访时间], required: true}\n", ""),
                "缺少必需字段的定义", "visit_date");
        refused(MINIMAL_VISITS.replace("上门: 入户走访", "上门: 家访"), "「家访」不是标准值", "入户走访");
        refused(MINIMAL_VISITS.replace("source: visits", "source: police"), "source「police」");
        refused(MINIMAL_VISITS.replace("sheet: 走访", "sheets: 走访"), "未知的键「sheets」");
        refused(MINIMAL_VISITS.replace("required: true\n    values", "requird: true\n    values"), "requird");
        refused(MINIMAL_VISITS.replace("required: true}", "required: 是}"), "true 或 false");
        refused(MINIMAL_VISITS.replace("[d/M/yyyy]", "[dd-MMM-yy]"), "dd-MMM-yy", "支持");
        refused(MINIMAL_VISITS.replace("[d/M/yyyy]", "[d/M/yyyy, M/d/yyyy]"), "不能同时");
        refused(MINIMAL_VISITS.replace("[方式]", "[走访时间]"), "「走访时间」同时用于");
        refused(MINIMAL_VISITS + "  visit_date:\n    headers: [日期]\n", "duplicate");
        refused(MINIMAL_VISITS + "  id_number:\n    headers: [身份证号]\n    values: {a: b}\n", "不能有 values");
        refused("source: visits\nfields: [", "YAML");
        refused("", "空的");
    }

    @Test
    void aMappingForAnotherSourceIsRefusedAsDefault() throws IOException {
        Files.writeString(dir.resolve("hukou.yml"), MINIMAL_VISITS);
        assertThatThrownBy(() -> Mappings.defaultFor(Source.HUKOU, dir)).isInstanceOf(MappingException.class)
                .hasMessageContaining("走访记录");
        assertThatThrownBy(() -> Mappings.defaultFor(Source.SCHOOL, dir)).isInstanceOf(MappingException.class)
                .hasMessageContaining("不存在");
    }
}

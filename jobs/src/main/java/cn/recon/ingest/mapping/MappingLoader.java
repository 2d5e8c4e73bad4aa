package cn.recon.ingest.mapping;

import cn.recon.ingest.read.HeaderNames;
import cn.recon.source.Source;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a mapping YAML file and checks it thoroughly, so that a county's edited copy fails early and plainly. */
final class MappingLoader {

    static final List<String> DATE_FORMATS = List.of("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日",
            "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "M/d/yyyy", "M.d.yyyy", "M-d-yyyy");
    private static final Set<String> TOP_KEYS = Set.of("source", "name", "description", "sheet", "date_formats",
            "fields");
    private static final Set<String> FIELD_KEYS = Set.of("headers", "required", "values");

    private MappingLoader() {
    }

    static Mapping load(Path file) {
        Object doc;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(options)).load(r);
        } catch (IOException e) {
            throw new MappingException(file, "无法读取（" + e.getMessage() + "）", e);
        } catch (YAMLException e) {
            throw new MappingException(file, "不是正确的 YAML 格式（" + e.getMessage().replace('\n', ' ') + "）", e);
        }
        if (!(doc instanceof Map<?, ?> top)) {
            throw new MappingException(file, "文件应由 source、name、fields 等键组成，但内容"
                    + (doc == null ? "是空的" : "不是键值对"));
        }
        for (Object k : top.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(k))) {
                throw new MappingException(file, "未知的键「" + k + "」（可用的键：source、name、description、sheet、date_formats、fields）");
            }
        }
        Source source = source(file, top.get("source"));
        String name = text(top.get("name"));
        if (name == null) {
            String f = file.getFileName().toString();
            name = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : f;
        }
        List<String> dateFormats = dateFormats(file, top.get("date_formats"));
        Map<String, FieldMapping> fields = fields(file, source, top.get("fields"));
        return new Mapping(source, name, text(top.get("description")), text(top.get("sheet")), dateFormats, fields,
                file);
    }

    private static Source source(Path file, Object v) {
        if (v == null) {
            throw new MappingException(file, "缺少 source（应为 hukou、school、roster 或 visits）");
        }
        try {
            return Source.of(String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new MappingException(file, "source「" + v + "」不对（应为 hukou、school、roster 或 visits）", e);
        }
    }

    private static List<String> dateFormats(Path file, Object v) {
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : list(file, "date_formats", v)) {
            String f = String.valueOf(o).strip();
            if (!DATE_FORMATS.contains(f)) {
                throw new MappingException(file, "date_formats 中的「" + f + "」不是支持的日期格式（支持："
                        + String.join("、", DATE_FORMATS) + "）");
            }
            out.add(f);
        }
        boolean dmy = out.stream().anyMatch(f -> f.startsWith("d"));
        boolean mdy = out.stream().anyMatch(f -> f.startsWith("M"));
        if (dmy && mdy) {
            throw new MappingException(file, "date_formats 不能同时有“日在前”（d/M/yyyy）和“月在前”（M/d/yyyy）的格式：无法区分");
        }
        return out;
    }

    private static Map<String, FieldMapping> fields(Path file, Source source, Object v) {
        if (!(v instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new MappingException(file, "缺少 fields（每个字段的列名等）");
        }
        Map<String, FieldDef> catalog = FieldCatalog.fields(source);
        Map<String, FieldMapping> out = new LinkedHashMap<>();
        Map<String, String> aliasOwner = new HashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String field = String.valueOf(e.getKey());
            FieldDef def = catalog.get(field);
            if (def == null) {
                throw new MappingException(file, "未知的字段「" + field + "」（" + source.chinese() + "的字段有："
                        + String.join("、", catalog.keySet()) + "）");
            }
            FieldMapping fm = field(file, def, e.getValue());
            for (String h : fm.headers()) {
                String other = aliasOwner.putIfAbsent(HeaderNames.normalize(h), field);
                if (other != null) {
                    throw new MappingException(file, "列名「" + h + "」同时用于字段 " + other + " 和 " + field
                            + "：一个列名只能对应一个字段");
                }
            }
            out.put(field, fm);
        }
        List<String> missing = new ArrayList<>();
        for (FieldDef d : catalog.values()) {
            if (d.mandatory() && !out.containsKey(d.name())) {
                missing.add(d.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new MappingException(file, "缺少必需字段的定义：" + String.join("、", missing) + "（" + source.chinese()
                    + "的这些字段必须在 fields 中给出列名）");
        }
        return out;
    }

    private static FieldMapping field(Path file, FieldDef def, Object v) {
        String where = "字段 " + def.name();
        if (!(v instanceof Map<?, ?> m)) {
            throw new MappingException(file, where + " 应写成 headers/required/values 的键值对");
        }
        for (Object k : m.keySet()) {
            if (!FIELD_KEYS.contains(String.valueOf(k))) {
                throw new MappingException(file, where + " 中有未知的键「" + k + "」（可用：headers、required、values）");
            }
        }
        List<String> headers = new ArrayList<>();
        Object h = m.get("headers");
        if (h == null) {
            throw new MappingException(file, where + " 缺少 headers（文件中表示该字段的列名）");
        }
        for (Object o : list(file, where + " 的 headers", h)) {
            String s = text(o);
            if (s == null || HeaderNames.normalize(s).isEmpty()) {
                throw new MappingException(file, where + " 的 headers 中有空的列名");
            }
            headers.add(s);
        }
        if (headers.isEmpty()) {
            throw new MappingException(file, where + " 的 headers 是空的");
        }
        Object req = m.get("required");
        if (req != null && !(req instanceof Boolean)) {
            throw new MappingException(file, where + " 的 required 应为 true 或 false，而不是「" + req + "」");
        }
        Map<String, String> values = values(file, def, where, m.get("values"));
        return new FieldMapping(def.name(), headers, Boolean.TRUE.equals(req), values);
    }

    private static Map<String, String> values(Path file, FieldDef def, String where, Object v) {
        if (v == null) {
            return Map.of();
        }
        if (!def.kind().takesValues()) {
            throw new MappingException(file, where + " 不能有 values（它的值按" + describe(def.kind()) + "读取）");
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new MappingException(file, where + " 的 values 应写成「原值: 标准值」的键值对");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String raw = yamlScalar(e.getKey());
            String canonical = yamlScalar(e.getValue());
            if (raw == null || raw.isBlank() || canonical == null || canonical.isBlank()) {
                throw new MappingException(file, where + " 的 values 中有空的原值或标准值（" + e.getKey() + ": "
                        + e.getValue() + "）");
            }
            if (def.kind().closed() && !def.canonical().contains(canonical)) {
                throw new MappingException(file, where + " 的 values 中「" + raw + "」对应的「" + canonical
                        + "」不是标准值（标准值：" + String.join("、", def.canonical()) + "）");
            }
            out.put(raw.strip(), canonical.strip());
        }
        return out;
    }

    /** YAML reads yes/no/true/false as booleans and 1 as a number: give back the text the officer wrote. */
    private static String yamlScalar(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Map<?, ?> || o instanceof List<?>) {
            return null;
        }
        return String.valueOf(o);
    }

    private static List<?> list(Path file, String where, Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        if (v instanceof String || v instanceof Number) {
            return List.of(v);
        }
        throw new MappingException(file, where + " 应是一个列表，如 [公民身份号码, 身份证号]");
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = String.valueOf(o).strip();
        return s.isEmpty() ? null : s;
    }

    private static String describe(FieldKind k) {
        return switch (k) {
            case NAME -> "姓名";
            case ID -> "身份证号";
            case STUDENT_NUMBER -> "学籍号";
            case DATE -> "日期";
            case AREA_CODE -> "区划代码";
            default -> "固定规则";
        };
    }
}

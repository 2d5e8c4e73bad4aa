package cn.recon.rules;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a YAML file read as a node tree, so that every complaint names the file, the line and the full key
 * ({@code rules.yml line 24: compulsory_age.max must be …}). Keys that are never asked for are reported by
 * {@link #finish()}, so that a misspelt key is an error, not silently ignored.
 */
final class YamlSection {

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    private YamlSection(String file, String path, MappingNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw at(t.getKeyNode(), "a key in " + describe() + " is not plain text");
            }
            if (entries.put(k.getValue(), t) != null) {
                throw at(k, "key " + full(k.getValue()) + " appears twice");
            }
        }
    }

    static YamlSection root(Reader reader, String file) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RulesFileException(file + " line " + line + ": not valid YAML (" + e.getProblem() + ")", e);
        } catch (YAMLException e) {
            throw new RulesFileException(file + ": not valid YAML (" + e.getMessage() + ")", e);
        }
        if (root == null) {
            throw new RulesFileException(file + " is empty");
        }
        if (!(root instanceof MappingNode m)) {
            throw new RulesFileException(file + " line " + line(root) + ": the file must be a list of keys and values");
        }
        return new YamlSection(file, "", m);
    }

    /** The keys of this mapping, in file order (all of them count as used). */
    List<String> keys() {
        used.addAll(entries.keySet());
        return new ArrayList<>(entries.keySet());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    YamlSection section(String key) {
        Node v = value(key);
        if (!(v instanceof MappingNode m)) {
            throw at(v, full(key) + " must be a group of keys (indented lines below it)");
        }
        return new YamlSection(file, full(key), m);
    }

    String text(String key) {
        Node v = value(key);
        String s = v instanceof ScalarNode sc ? sc.getValue().strip() : null;
        if (s == null || s.isEmpty()) {
            throw at(v, full(key) + " must be a text, found " + shown(v));
        }
        return s;
    }

    int integer(String key, int min, int max) {
        Node v = value(key);
        String s = v instanceof ScalarNode sc ? sc.getValue().strip() : "";
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw at(v, full(key) + " must be a whole number from " + min + " to " + max + ", found " + shown(v));
        }
        if (n < min || n > max) {
            throw at(v, full(key) + " must be a whole number from " + min + " to " + max + ", found " + n);
        }
        return n;
    }

    boolean bool(String key) {
        Node v = value(key);
        String s = v instanceof ScalarNode sc ? sc.getValue().strip() : "";
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw at(v, full(key) + " must be true or false, found " + shown(v));
    }

    /** A list of texts such as {@code [在读, 休学]}; duplicates are an error, and so is an empty list unless allowed. */
    Set<String> texts(String key, boolean emptyAllowed) {
        Node v = value(key);
        if (!(v instanceof SequenceNode seq)) {
            throw at(v, full(key) + " must be a list such as [a, b], found " + shown(v));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Node item : seq.getValue()) {
            String s = item instanceof ScalarNode sc ? sc.getValue().strip() : "";
            if (s.isEmpty()) {
                throw at(item, full(key) + " holds an empty or non-text entry " + shown(item));
            }
            if (!out.add(s)) {
                throw at(item, full(key) + " lists '" + s + "' twice");
            }
        }
        if (out.isEmpty() && !emptyAllowed) {
            throw at(v, full(key) + " must list at least one value");
        }
        return out;
    }

    /** Fails on the first key of this mapping that was never asked for (a misspelt or unknown key). */
    void finish(String expected) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!used.contains(e.getKey())) {
                throw at(e.getValue().getKeyNode(), "unknown key " + full(e.getKey()) + " (expected " + expected + ")");
            }
        }
    }

    /** An error about this whole mapping, at its first line. */
    RulesFileException error(String message) {
        return at(node, message);
    }

    /** An error about one key of this mapping, at that key's line. */
    RulesFileException error(String key, String message) {
        NodeTuple t = entries.get(key);
        return at(t == null ? node : t.getKeyNode(), message);
    }

    String full(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Node value(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            throw at(node, full(key) + " is missing" + (path.isEmpty() ? "" : " (under " + path + ")"));
        }
        used.add(key);
        return t.getValueNode();
    }

    private String describe() {
        return path.isEmpty() ? "the file" : path;
    }

    private RulesFileException at(Node n, String message) {
        return new RulesFileException(file + " line " + line(n) + ": " + message);
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String shown(Node n) {
        if (n instanceof ScalarNode sc) {
            return sc.getValue().isBlank() ? "nothing" : "'" + sc.getValue() + "'";
        }
        return n instanceof SequenceNode ? "a list" : "a group of keys";
    }
}

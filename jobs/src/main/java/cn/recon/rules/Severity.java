package cn.recon.rules;

/** How urgently a flag must be acted on. INFO flags are counted, not acted on. */
public enum Severity {
    HIGH, NORMAL, INFO
}

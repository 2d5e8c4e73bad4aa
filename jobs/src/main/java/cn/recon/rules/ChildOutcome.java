package cn.recon.rules;

import java.util.List;

/**
 * The flag step's output for one child: its state, its flags with their status against last quarter, and (null
 * unless the child misses a month in which home visits under its name at its place stayed unlinked) what
 * {@link NamesakeVisits} weighs.
 */
public record ChildOutcome(ChildState state, List<FlagChange> changes, NamesakeVisits.Overdue namesakeVisits) {
}

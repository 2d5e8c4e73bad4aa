package cn.recon.rules;

import java.util.List;

/** The flag step's output for one child: its state and its flags with their status against last quarter. */
public record ChildOutcome(ChildState state, List<FlagChange> changes) {
}

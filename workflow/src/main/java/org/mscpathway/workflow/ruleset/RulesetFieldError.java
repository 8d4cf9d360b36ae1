package org.mscpathway.workflow.ruleset;

/** One thing wrong with a proposed ruleset, named by its key, e.g. {@code catalogue.thresholds.cardiac.x}. */
public record RulesetFieldError(String field, String message) {
}

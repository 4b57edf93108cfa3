package com.copydesk.rules.missingaux;

import java.util.List;

/**
 * A place where an auxiliary is missing: between token {@code before} and token {@code after} (indexes in
 * {@link com.copydesk.rules.grammar.Tokens}), with the words to insert there, best first.
 */
public record Gap(int before, int after, List<String> inserts) {}

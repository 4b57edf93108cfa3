package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random drafts and random interleavings of typing, deleting, fixing, undoing and redoing: a fix
 * lands only where the checked text still stands, undo then redo gives the same text, every issue
 * kept still covers the text it was reported for, and no operation touches text outside its span.
 */
class EditingProperties {

  enum Kind { TYPE, DELETE, FIX, STALE_FIX, UNDO, REDO }

  record Op(Kind kind, int a, int b, String text) {}

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdeéfghijklmnoprstuvwxyz").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", ", ", ". ", "\n", "\n\n", " 😀 ");
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(60), sep.list().ofSize(60))
        .as((words, seps) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < words.size(); i++) {
            sb.append(words.get(i)).append(seps.get(i));
          }
          return sb.toString();
        });
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op = Combinators.combine(
        Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 12),
        Arbitraries.strings().withChars("xyz ,.\n😀").ofMaxLength(5))
        .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(40);
  }

  /** Issues on every third word of the text, as a checker might report them. */
  static List<Issue> issuesOn(String text) {
    List<Issue> out = new ArrayList<>();
    int i = 0;
    int n = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && n++ % 3 == 0) {
        String word = text.substring(start, i);
        out.add(new Issue(new Span(start, i), "R", Category.SPELLING, "m", "", List.of(word.toUpperCase()),
            word, new SentenceContext(word, 0, word.length())));
      }
      i = Math.max(i, start) + 1;
    }
    return out;
  }

  @Property(tries = 1500)
  void editsFixesAndUndoKeepIssuesTrueAndTouchNothingElse(@ForAll("drafts") String initial,
      @ForAll("operations") List<Op> ops) {
    Draft draft = new Draft(initial);
    EditHistory history = new EditHistory();
    List<Issue> issues = issuesOn(initial);
    for (Op op : ops) {
      String before = draft.text();
      switch (op.kind()) {
        case TYPE: {
          Edit e = new Edit(op.a() % (before.length() + 1), "", op.text());
          if (splitsPair(before, e.start())) {
            continue;
          }
          draft = apply(draft, e, history);
          issues = Issues.afterEdit(issues, e);
          assertOnlyTouched(before, draft.text(), e);
          break;
        }
        case DELETE: {
          int start = op.a() % (before.length() + 1);
          int end = Math.min(before.length(), start + op.b());
          if (splitsPair(before, start) || splitsPair(before, end)) {
            continue;
          }
          Edit e = new Edit(start, before.substring(start, end), "");
          draft = apply(draft, e, history);
          issues = Issues.afterEdit(issues, e);
          assertOnlyTouched(before, draft.text(), e);
          break;
        }
        case FIX: {
          if (issues.isEmpty()) {
            continue;
          }
          Issue target = issues.get(op.a() % issues.size());
          assertThat(Fix.isCurrent(before, target)).isTrue();
          Edit e = Fix.edit(target, target.replacements().get(0));
          draft = apply(draft, e, history);
          issues = Issues.afterEdit(issues, e);
          assertThat(issues).doesNotContain(target);
          assertOnlyTouched(before, draft.text(), e);
          break;
        }
        case STALE_FIX: {
          // an issue reported on text that has since changed is refused, and nothing changes
          Issue stale = new Issue(new Span(0, 1), "R", Category.SPELLING, "m", "", List.of("Q"), "\u0007",
              new SentenceContext("\u0007", 0, 1));
          Draft current = draft;
          assertThatThrownBy(() -> Fix.apply(current, stale, "Q")).isInstanceOf(StaleTextException.class);
          assertThat(draft.text()).isEqualTo(before);
          break;
        }
        case UNDO: {
          if (!history.canUndo()) {
            continue;
          }
          Draft undone = history.undo(draft);
          Draft redone = history.redo(undone);
          assertThat(redone.text()).isEqualTo(before);
          draft = history.undo(redone);
          issues = issuesOn(draft.text());
          break;
        }
        case REDO: {
          if (!history.canRedo()) {
            continue;
          }
          draft = history.redo(draft);
          issues = issuesOn(draft.text());
          break;
        }
        default:
          throw new AssertionError(op.kind());
      }
      for (Issue i : issues) {
        assertThat(i.span().of(draft.text())).as("issue still covers its text").isEqualTo(i.coveredText());
      }
    }
  }

  private static Draft apply(Draft draft, Edit e, EditHistory history) {
    Draft after = draft.apply(e);
    history.record(List.of(e));
    return after;
  }

  private static boolean splitsPair(String text, int position) {
    return position > 0 && position < text.length() && Character.isLowSurrogate(text.charAt(position));
  }

  private static void assertOnlyTouched(String before, String after, Edit e) {
    assertThat(after.substring(0, e.start())).isEqualTo(before.substring(0, e.start()));
    int tailBefore = before.length() - e.start() - e.removed().length();
    assertThat(after.substring(after.length() - tailBefore)).isEqualTo(before.substring(before.length() - tailBefore));
    assertThat(after.substring(e.start(), e.start() + e.inserted().length())).isEqualTo(e.inserted());
  }
}

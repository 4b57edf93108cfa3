package com.copydesk.rules.lexicon;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/** Nouns from WordNet 3.1 by what their first (most frequent) sense is a kind of. */
final class WordNetNouns {
  private final Dictionary dictionary;

  WordNetNouns() throws JWNLException {
    this.dictionary = Dictionary.getDefaultResourceInstance();
  }

  /**
   * Single-word nouns whose first sense is a kind of one of the given synsets (each named by a lemma and its
   * sense number, e.g. "time period" 1), directly or through instances ("Monday" is an instance of a day of
   * the week). Only senses with a use count of at least {@code minUses} in WordNet's tagged corpus count.
   */
  Set<String> firstSenseUnder(List<String> roots, int minUses) throws JWNLException {
    Set<Long> rootOffsets = new HashSet<>();
    for (String root : roots) {
      int space = root.lastIndexOf(' ');
      IndexWord w = dictionary.getIndexWord(POS.NOUN, root.substring(0, space));
      rootOffsets.add(w.getSenses().get(Integer.parseInt(root.substring(space + 1)) - 1).getOffset());
    }
    Set<String> out = new TreeSet<>();
    Iterator<IndexWord> it = dictionary.getIndexWordIterator(POS.NOUN);
    while (it.hasNext()) {
      IndexWord index = it.next();
      String lemma = index.getLemma().toLowerCase(Locale.ROOT);
      if (!lemma.matches("[a-z]+") || index.getSenses().isEmpty()) {
        continue;
      }
      Synset first = index.getSenses().get(0);
      int uses = first.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(lemma))
          .mapToInt(net.sf.extjwnl.data.Word::getUseCount).sum();
      if (uses >= minUses && under(first, rootOffsets)) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static boolean under(Synset start, Set<Long> roots) throws JWNLException {
    Deque<Synset> todo = new ArrayDeque<>(List.of(start));
    Set<Long> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Synset s = todo.pop();
      if (!seen.add(s.getOffset())) {
        continue;
      }
      if (roots.contains(s.getOffset())) {
        return true;
      }
      for (Pointer p : s.getPointers()) {
        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
          todo.push(p.getTargetSynset());
        }
      }
    }
    return false;
  }
}

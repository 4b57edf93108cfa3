package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Checks drafts with LanguageTool plus Copydesk's own rules. Paragraphs are checked on a small pool
 * of worker threads, each with its own LanguageTool instance (LanguageTool is not thread-safe), and
 * paragraphs already checked with the same settings come from the {@link ParagraphCache}. Safe to
 * call from any thread; the calling thread only waits.
 */
public final class Proofreader implements DraftChecker {
  private static final String WARM_UP_TEXT = "Copydesk is getting ready to check your draft.";

  private final ExecutorService workers;
  private final int workerCount;
  private final ParagraphCache cache;
  private final ThreadLocal<ParagraphChecker> checkers = new ThreadLocal<>();
  private final Map<Thread, CheckSettings> warmSettings = new ConcurrentHashMap<>();
  private final RuleCatalog rules = new RuleCatalog();

  /**
   * About 300 words: what starting one more LanguageTool instance costs in checking time once the first is
   * up (its rules, dictionaries and models are the language's and shared: a second instance takes about
   * 40 ms to build and 40 ms more in its first check, with the quick JIT compiler).
   */
  static final int CHARS_PER_EXTRA_WORKER = 2_000;

  public Proofreader() {
    this(defaultWorkers(), new ParagraphCache());
  }

  public Proofreader(int workerCount, ParagraphCache cache) {
    if (workerCount < 1) {
      throw new IllegalArgumentException("workerCount < 1");
    }
    this.workerCount = workerCount;
    this.cache = cache;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(workerCount, r -> {
      Thread t = new Thread(r, "copydesk-check-" + n.incrementAndGet());
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY - 1);
      return t;
    });
  }

  /**
   * One worker per core, at most four, and no more than the heap holds (each LanguageTool instance
   * with its analysis buffers needs roughly 150 MB on long paragraphs). {@code -Dcopydesk.workers=N}
   * overrides.
   */
  public static int defaultWorkers() {
    Integer forced = Integer.getInteger("copydesk.workers");
    if (forced != null && forced > 0) {
      return forced;
    }
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    int byHeap = (int) Math.max(1, (heapMb - 200) / 150);
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(Math.min(cores, 4), byHeap));
  }

  public int workerCount() {
    return workerCount;
  }

  public ParagraphCache cache() {
    return cache;
  }

  /** Description and issue type of every rule that has found an issue in this proofreader's checks. */
  public RuleCatalog rules() {
    return rules;
  }

  /** Creates and exercises LanguageTool on every worker, off the caller's thread. */
  public CompletableFuture<Void> warmUp(CheckSettings settings) {
    CyclicBarrier everyWorker = new CyclicBarrier(workerCount);
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int i = 0; i < workerCount; i++) {
      all.add(CompletableFuture.runAsync(() -> {
        checker(settings).check(WARM_UP_TEXT, List.of());
        try {
          everyWorker.await(2, TimeUnit.MINUTES);
        } catch (Exception e) {
          // another worker was busy; warm-up is best effort
        }
      }, workers));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
  }

  @Override
  public CheckResult check(Draft draft, CheckSettings settings) {
    return check(draft, settings, CheckListener.NONE, () -> false);
  }

  /**
   * Checks every paragraph of {@code draft} not already in the cache, then runs the whole-draft
   * passes. Throws {@link CancellationException} soon after {@code cancelled} turns true, and
   * {@link CheckException} if LanguageTool fails.
   */
  @Override
  public CheckResult check(Draft draft, CheckSettings settings, CheckListener listener,
      BooleanSupplier cancelled) {
    CheckResult paragraphs = checkParagraphs(draft, settings, listener, cancelled);
    return DraftPass.result(draft, settings, paragraphs.issues(), paragraphs.paragraphs(),
        paragraphs.checkedParagraphs());
  }

  /**
   * The paragraphs' issues only, without the whole-draft passes: for a caller that checks part of a
   * larger draft and runs the passes over the whole of it itself (a Copydesk server answering a
   * client that sends one paragraph at a time).
   */
  public CheckResult checkParagraphs(Draft draft, CheckSettings settings, CheckListener listener,
      BooleanSupplier cancelled) {
    CacheLookup lookup = new CacheLookup(draft, settings, cache);
    int total = lookup.total();
    AtomicInteger done = new AtomicInteger(total - lookup.missed());
    listener.progress(done.get(), total);
    if (lookup.work() > 0) {
      AtomicInteger next = new AtomicInteger();
      Runnable lane = () -> {
        for (int k = next.getAndIncrement(); k < lookup.work(); k = next.getAndIncrement()) {
          if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException();
          }
          Paragraph.Key key = lookup.paragraph(k);
          lookup.answer(k, checker(settings).check(key.text(), key.markup()));
          listener.progress(done.addAndGet(lookup.copies(k)), total);
        }
      };
      List<Future<?>> lanes = new ArrayList<>();
      for (int i = 0; i < lanes(settings, lookup.charsToCheck(), lookup.work()); i++) {
        lanes.add(workers.submit(lane));
      }
      awaitAll(lanes);
    }
    return new CheckResult(draft, settings, lookup.issues(), total, lookup.missed());
  }

  /**
   * How many workers share a check. Starting another LanguageTool costs about as much as checking a
   * few thousand words, so a small check stays on one worker unless others are already warm.
   */
  private int lanes(CheckSettings settings, int charsToCheck, int paragraphsToCheck) {
    int worthStarting = 1 + charsToCheck / CHARS_PER_EXTRA_WORKER;
    int warm = (int) warmSettings.values().stream().filter(s -> s.sameEngineAs(settings)).count();
    return Math.max(1, Math.min(Math.min(workerCount, paragraphsToCheck), Math.max(worthStarting, warm)));
  }

  private static void awaitAll(List<Future<?>> lanes) {
    for (int i = 0; i < lanes.size(); i++) {
      try {
        lanes.get(i).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancelAll(lanes);
        throw new CancellationException("interrupted");
      } catch (ExecutionException e) {
        cancelAll(lanes);
        Throwable cause = e.getCause();
        if (cause instanceof CancellationException) {
          throw (CancellationException) cause;
        }
        throw new CheckException("LanguageTool failed: " + cause, cause);
      }
    }
  }

  private static void cancelAll(List<Future<?>> lanes) {
    for (Future<?> f : lanes) {
      f.cancel(true);
    }
  }

  private ParagraphChecker checker(CheckSettings settings) {
    ParagraphChecker c = checkers.get();
    if (c == null || !c.settings().sameEngineAs(settings)) {
      c = new ParagraphChecker(settings, rules);
      checkers.set(c);
      warmSettings.put(Thread.currentThread(), settings);
    } else if (!c.settings().equals(settings)) {
      c = c.withSettings(settings);
      checkers.set(c);
    }
    return c;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}

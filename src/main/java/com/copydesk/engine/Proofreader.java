package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
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
public final class Proofreader implements AutoCloseable {
  private static final String WARM_UP_TEXT = "Copydesk is getting ready to check your draft.";

  private final ExecutorService workers;
  private final int workerCount;
  private final ParagraphCache cache;
  private final ThreadLocal<ParagraphChecker> checkers = new ThreadLocal<>();

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

  public CheckResult check(Draft draft, CheckSettings settings) {
    return check(draft, settings, CheckListener.NONE, () -> false);
  }

  /**
   * Checks every paragraph of {@code draft} not already in the cache. Throws
   * {@link CancellationException} soon after {@code cancelled} turns true, and {@link CheckException}
   * if LanguageTool fails.
   */
  public CheckResult check(Draft draft, CheckSettings settings, CheckListener listener,
      BooleanSupplier cancelled) {
    String text = draft.text();
    List<Paragraph> paragraphs = draft.paragraphs();
    int total = paragraphs.size();
    List<List<Issue>> found = new ArrayList<>(total);
    List<Future<List<Issue>>> pending = new ArrayList<>(total);
    AtomicInteger done = new AtomicInteger();
    int toCheck = 0;
    for (Paragraph p : paragraphs) {
      String source = p.textIn(text);
      List<Issue> cached = cache.get(settings, source, p.markup());
      found.add(cached);
      if (cached != null) {
        pending.add(null);
        done.incrementAndGet();
      } else {
        toCheck++;
        pending.add(workers.submit(() -> {
          if (cancelled.getAsBoolean()) {
            throw new CancellationException();
          }
          List<Issue> issues = checker(settings).check(source, p.markup());
          cache.put(settings, source, p.markup(), issues);
          listener.progress(done.incrementAndGet(), total);
          return issues;
        }));
      }
    }
    if (toCheck == 0) {
      listener.progress(total, total);
    }
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      List<Issue> paragraphIssues = found.get(i) != null ? found.get(i) : await(pending, i);
      int offset = paragraphs.get(i).start();
      for (Issue issue : paragraphIssues) {
        issues.add(issue.shift(offset));
      }
    }
    return new CheckResult(draft, settings, issues, total, toCheck);
  }

  private static List<Issue> await(List<Future<List<Issue>>> pending, int index) {
    try {
      return pending.get(index).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelRest(pending, index);
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      cancelRest(pending, index);
      Throwable cause = e.getCause();
      if (cause instanceof CancellationException) {
        throw (CancellationException) cause;
      }
      throw new CheckException("LanguageTool failed: " + cause, cause);
    } catch (CancellationException e) {
      cancelRest(pending, index);
      throw e;
    }
  }

  private static void cancelRest(List<Future<List<Issue>>> pending, int from) {
    for (int i = from; i < pending.size(); i++) {
      if (pending.get(i) != null) {
        pending.get(i).cancel(false);
      }
    }
  }

  private ParagraphChecker checker(CheckSettings settings) {
    ParagraphChecker c = checkers.get();
    if (c == null || !c.settings().sameEngineAs(settings)) {
      c = new ParagraphChecker(settings);
      checkers.set(c);
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

package app.tandem.search;

import app.tandem.base.SearchContributor;
import app.tandem.base.SearchHit;
import app.tandem.base.db.FulltextTerms;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search field in the header: asks each feature's {@link SearchContributor} for the kinds of record the user's
 * roles may search there and for the records matching the text (each feature applies its own record scope), and
 * groups the hits by kind, at most {@link #PER_KIND} each, in the features' order: accounts, contacts, deals,
 * improvement items, checklist templates, checklist runs, people.
 * <p>
 * The kinds are asked at the same time, each on a thread of a small pool of its own (so a search takes as long as
 * its slowest kind, not their sum; docs/search-benchmark.md). Each task runs as the user who searched (their
 * security context goes with it), and each feature's search opens its own read-only transaction there, so its
 * method security and record scope apply as before. The search itself holds no connection while it waits.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GlobalSearchService {

    public static final int PER_KIND = 5;

    /** Threads for the kinds: one search's kinds run at once; more searches queue (or run in the caller). */
    static final int THREADS = 6;
    private static final int QUEUE = 100;

    private final List<SearchContributor> contributors;
    private final ThreadPoolExecutor pool;

    GlobalSearchService(List<SearchContributor> contributors) {
        this.contributors = contributors;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "global-search-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * The groups with hits; none when the text is too short (see {@link #searchable}). A space at the end matters:
     * it finishes the last word (see {@code FulltextTerms}), so the features get the text with it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SearchResults search(@Nullable String text) {
        String query = text == null ? "" : text.strip();
        if (text == null || !searchable(query)) {
            return new SearchResults(query, List.of());
        }
        String typed = text.stripLeading();
        Map<String, Future<List<SearchHit>>> running = new LinkedHashMap<>();
        // each task runs in the security context of this thread (taken when the task is made: the holder's strategy
        // is the one in use now, e.g. Vaadin's, not the one of when this bean was made)
        for (SearchContributor feature : contributors.stream()
                .sorted(Comparator.comparingInt(SearchContributor::order)).toList()) {
            for (String kind : feature.kinds()) {
                running.put(kind, pool.submit(new DelegatingSecurityContextCallable<>(
                        () -> feature.search(kind, typed, PER_KIND + 1))));
            }
        }
        List<SearchGroup> groups = new ArrayList<>();
        try {
            for (Map.Entry<String, Future<List<SearchHit>>> kind : running.entrySet()) {
                List<SearchHit> hits = result(kind.getValue());
                if (!hits.isEmpty()) {
                    boolean more = hits.size() > PER_KIND;
                    groups.add(new SearchGroup(kind.getKey(), List.copyOf(more ? hits.subList(0, PER_KIND) : hits),
                            more));
                }
            }
        } finally {
            running.values().forEach(f -> f.cancel(false));
        }
        return new SearchResults(query, List.copyOf(groups));
    }

    /** 3 characters or more, or a number (a checklist run's, "#7"). */
    static boolean searchable(String text) {
        return FulltextTerms.searchable(text) || text.strip().matches("#?\\d{1,12}");
    }

    /** The task's hits, or what it threw (e.g. an access denial) as if it had been called here. */
    private static List<SearchHit> result(Future<List<SearchHit>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}

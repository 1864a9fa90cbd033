package org.coalitiongraph.resolve;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** An index read from the graph on first use and dropped after every write, to be read again when next needed. */
final class RefreshingIndex<T> {

    private final Supplier<T> load;
    private final AtomicReference<T> current = new AtomicReference<>();
    private final AtomicLong writes = new AtomicLong();

    RefreshingIndex(Supplier<T> load) {
        this.load = load;
    }

    T get() {
        var index = current.get();
        if (index == null) {
            long before = writes.get();
            index = load.get();
            // An index read while a write landed may miss it: use it for this call, keep it only if none did.
            if (writes.get() == before) {
                current.compareAndSet(null, index);
            }
        }
        return index;
    }

    void forget() {
        writes.incrementAndGet();
        current.set(null);
    }
}

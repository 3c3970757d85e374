package dev.exobindings.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last {@value #CAPACITY} InvokeCommand calls, oldest first. Thread-safe. */
public final class CallJournal {
    /** How many calls are kept. */
    public static final int CAPACITY = 10_000;

    private final Deque<RecordedCall> calls = new ArrayDeque<>();

    /** Adds a call, dropping the oldest beyond the capacity. */
    public synchronized void add(RecordedCall call) {
        if (calls.size() == CAPACITY) {
            calls.removeFirst();
        }
        calls.addLast(call);
    }

    /** The kept calls, oldest first. */
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /** The kept calls of one cmdlet (case-insensitive), oldest first. */
    public synchronized List<RecordedCall> calls(String cmdlet) {
        return calls.stream().filter(c -> c.cmdlet().equalsIgnoreCase(cmdlet)).toList();
    }

    /** Forgets every call. */
    public synchronized void clear() {
        calls.clear();
    }
}

package dev.exobindings.runtime;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collector;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The rows of a listing as a {@link Stream}, plus {@link #truncated()}: whether the service had more rows than the
 * stream delivered. Every operation delegates to the underlying lazy stream; intermediate operations return plain
 * streams (keep a reference to this object to ask {@code truncated()} after consuming them).
 *
 * @param <T> row type
 */
public final class RowStream<T> implements Stream<T> {
    private final Stream<T> rows;
    private final BooleanSupplier truncated;

    RowStream(Stream<T> rows, BooleanSupplier truncated) {
        this.rows = rows;
        this.truncated = truncated;
    }

    /**
     * True once the last page was read and the service had more rows than it delivered (its default ResultSize
     * of 1000, or the ResultSize given, cut the list; a WARN log says so too). False before the end is reached.
     */
    public boolean truncated() {
        return truncated.getAsBoolean();
    }

    /** This stream with another mapping, keeping {@link #truncated()}. */
    public <R> RowStream<R> mapRows(Function<? super T, ? extends R> mapper) {
        return new RowStream<>(rows.map(mapper), truncated);
    }

    @Override public Stream<T> filter(Predicate<? super T> p) { return rows.filter(p); }
    @Override public <R> Stream<R> map(Function<? super T, ? extends R> f) { return rows.map(f); }
    @Override public IntStream mapToInt(ToIntFunction<? super T> f) { return rows.mapToInt(f); }
    @Override public LongStream mapToLong(ToLongFunction<? super T> f) { return rows.mapToLong(f); }
    @Override public DoubleStream mapToDouble(ToDoubleFunction<? super T> f) { return rows.mapToDouble(f); }
    @Override public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> f) { return rows.flatMap(f); }
    @Override public IntStream flatMapToInt(Function<? super T, ? extends IntStream> f) { return rows.flatMapToInt(f); }
    @Override public LongStream flatMapToLong(Function<? super T, ? extends LongStream> f) { return rows.flatMapToLong(f); }
    @Override public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> f) { return rows.flatMapToDouble(f); }
    @Override public Stream<T> distinct() { return rows.distinct(); }
    @Override public Stream<T> sorted() { return rows.sorted(); }
    @Override public Stream<T> sorted(Comparator<? super T> c) { return rows.sorted(c); }
    @Override public Stream<T> peek(Consumer<? super T> a) { return rows.peek(a); }
    @Override public Stream<T> limit(long n) { return rows.limit(n); }
    @Override public Stream<T> skip(long n) { return rows.skip(n); }
    @Override public Stream<T> takeWhile(Predicate<? super T> p) { return rows.takeWhile(p); }
    @Override public Stream<T> dropWhile(Predicate<? super T> p) { return rows.dropWhile(p); }
    @Override public void forEach(Consumer<? super T> a) { rows.forEach(a); }
    @Override public void forEachOrdered(Consumer<? super T> a) { rows.forEachOrdered(a); }
    @Override public Object[] toArray() { return rows.toArray(); }
    @Override public <A> A[] toArray(IntFunction<A[]> g) { return rows.toArray(g); }
    @Override public T reduce(T identity, BinaryOperator<T> op) { return rows.reduce(identity, op); }
    @Override public Optional<T> reduce(BinaryOperator<T> op) { return rows.reduce(op); }
    @Override public <U> U reduce(U identity, BiFunction<U, ? super T, U> acc, BinaryOperator<U> comb) {
        return rows.reduce(identity, acc, comb);
    }
    @Override public <R> R collect(Supplier<R> s, BiConsumer<R, ? super T> acc, BiConsumer<R, R> comb) {
        return rows.collect(s, acc, comb);
    }
    @Override public <R, A> R collect(Collector<? super T, A, R> c) { return rows.collect(c); }
    @Override public Optional<T> min(Comparator<? super T> c) { return rows.min(c); }
    @Override public Optional<T> max(Comparator<? super T> c) { return rows.max(c); }
    @Override public long count() { return rows.count(); }
    @Override public boolean anyMatch(Predicate<? super T> p) { return rows.anyMatch(p); }
    @Override public boolean allMatch(Predicate<? super T> p) { return rows.allMatch(p); }
    @Override public boolean noneMatch(Predicate<? super T> p) { return rows.noneMatch(p); }
    @Override public Optional<T> findFirst() { return rows.findFirst(); }
    @Override public Optional<T> findAny() { return rows.findAny(); }
    @Override public Iterator<T> iterator() { return rows.iterator(); }
    @Override public Spliterator<T> spliterator() { return rows.spliterator(); }
    @Override public boolean isParallel() { return rows.isParallel(); }
    @Override public Stream<T> sequential() { return rows.sequential(); }
    @Override public Stream<T> parallel() { return rows.parallel(); }
    @Override public Stream<T> unordered() { return rows.unordered(); }
    @Override public Stream<T> onClose(Runnable h) { return rows.onClose(h); }
    @Override public void close() { rows.close(); }
}

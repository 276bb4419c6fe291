package org.dgsm.simulations.metrics;

import java.util.Arrays;

/** A growing list of non-negative long samples (milliseconds) with nearest-rank percentiles. */
public final class Samples {

    private long[] values = new long[256];
    private int size;
    private boolean sorted = true;

    public void add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("samples must not be negative, got " + value);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        sorted = false;
    }

    public int size() {
        return size;
    }

    /** Nearest-rank percentile, p in (0, 100]; 0 when empty. */
    public long percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        if (size == 0) {
            return 0;
        }
        sort();
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.max(0, rank - 1)];
    }

    public long max() {
        if (size == 0) {
            return 0;
        }
        sort();
        return values[size - 1];
    }

    /** The samples in ascending order (a copy). */
    public long[] sortedValues() {
        sort();
        return Arrays.copyOf(values, size);
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}

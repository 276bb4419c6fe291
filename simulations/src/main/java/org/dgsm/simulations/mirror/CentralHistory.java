package org.dgsm.simulations.mirror;

import java.util.Arrays;

/**
 * What the central database knew about one subscriber over time: each row is a location (village, LU time) that
 * arrived at the central site at {@code receivedAt}. Rows arrive in time order; a row older than the newest known LU
 * is not kept (the central keeps the latest location).
 */
final class CentralHistory {

    private long[] receivedAt = new long[2];
    private long[] luTime = new long[2];
    private int[] village = new int[2];
    private int size;

    void record(long receivedAtMillis, long luTimeMillis, int atVillage) {
        if (size > 0 && luTime[size - 1] >= luTimeMillis) {
            return;
        }
        if (size == receivedAt.length) {
            receivedAt = Arrays.copyOf(receivedAt, size * 2);
            luTime = Arrays.copyOf(luTime, size * 2);
            village = Arrays.copyOf(village, size * 2);
        }
        receivedAt[size] = receivedAtMillis;
        luTime[size] = luTimeMillis;
        village[size] = atVillage;
        size++;
    }

    /** The index of the newest row the central had at {@code time}, or -1. */
    int latestKnownAt(long time) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (receivedAt[mid] <= time) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    long luTime(int row) {
        return luTime[row];
    }

    int village(int row) {
        return village[row];
    }
}

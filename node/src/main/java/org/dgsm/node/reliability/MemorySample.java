package org.dgsm.node.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One memory reading of this JVM: heap in use right after a full collection (the live set, so the trend is not
 * hidden by garbage waiting for the collector) and the resident set size from {@code /proc/self/status}.
 */
public record MemorySample(long elapsedSeconds, long heapUsedBytes, long rssBytes, long operations) {

    /** Forces a collection first: call it at most every few seconds. */
    public static MemorySample take(long elapsedSeconds, long operations) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new MemorySample(elapsedSeconds, heap, residentSetBytes(), operations);
    }

    /** VmRSS of this process, or -1 where /proc is not there. */
    static long residentSetBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static String csvHeader() {
        return "elapsed_s,heap_used_mib,rss_mib,operations";
    }

    public String csv() {
        return String.format(java.util.Locale.ROOT, "%d,%.2f,%.2f,%d", elapsedSeconds, heapUsedBytes / 1048576.0,
                rssBytes / 1048576.0, operations);
    }
}

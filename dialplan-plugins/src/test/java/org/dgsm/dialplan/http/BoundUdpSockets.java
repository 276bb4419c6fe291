package org.dgsm.dialplan.http;

import org.dgsm.testkit.RunningProcess;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Waits until a child process has bound its UDP socket, read from {@code /proc/net/udp} of the test's network
 * namespace, so a test never guesses start-up times.
 */
final class BoundUdpSockets {

    private BoundUdpSockets() {
    }

    static void await(InetSocketAddress address, RunningProcess owner, Duration bound) throws Exception {
        String wanted = procEntry(address);
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!owner.isAlive()) {
                throw new AssertionError(owner.name() + " exited (code " + owner.process().exitValue()
                        + ") before binding " + address + "\n" + owner.logTail());
            }
            if (isBound(wanted)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(owner.name() + " did not bind UDP " + address + " within " + bound + "\n"
                + owner.logTail());
    }

    private static boolean isBound(String wanted) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/net/udp"));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 1 && columns[1].equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 0A00007F:13C4} for 127.0.0.10:5060: the address as the kernel's 32-bit word in host order. */
    private static String procEntry(InetSocketAddress address) {
        if (!(address.getAddress() instanceof Inet4Address)) {
            throw new IllegalArgumentException("IPv4 only: " + address);
        }
        byte[] b = address.getAddress().getAddress();
        String ip = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                ? String.format(Locale.ROOT, "%02X%02X%02X%02X", b[3], b[2], b[1], b[0])
                : String.format(Locale.ROOT, "%02X%02X%02X%02X", b[0], b[1], b[2], b[3]);
        return ip + ":" + String.format(Locale.ROOT, "%04X", address.getPort());
    }
}

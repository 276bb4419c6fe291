package org.dgsm.smpp.it;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.Tlv;
import org.dgsm.testkit.RunningProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A village's SMSC played by fake_smsc.pl on Net::SMPP (libnet-smpp-perl), driven over its control port. The
 * process is stopped by {@link #close()}; its output is kept in the work directory for failure messages.
 */
final class FakeSmsc implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("READY smpp=(\\d+) control=(\\d+)");

    private final String name;
    private final RunningProcess process;
    private final int smppPort;
    private final Socket control;
    private final OutputStream commands;
    private final List<SmscEvent> events = new ArrayList<>();
    private final Thread reader;

    private FakeSmsc(String name, RunningProcess process, int smppPort, Socket control) throws IOException {
        this.name = name;
        this.process = process;
        this.smppPort = smppPort;
        this.control = control;
        this.commands = control.getOutputStream();
        this.reader = new Thread(this::readEvents, name + "-events");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Fails with the install hint if perl or Net::SMPP is missing. */
    static void requirePerlSmpp() {
        try {
            Process p = new ProcessBuilder("perl", "-MNet::SMPP", "-MJSON::PP", "-e", "1")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("perl with Net::SMPP is needed as the SMSC test peer:"
                        + " apt-get install libnet-smpp-perl\n" + out);
            }
        } catch (IOException e) {
            throw new AssertionError("perl is needed as the SMSC test peer: apt-get install perl libnet-smpp-perl ("
                    + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Starts the script; {@code smppPort} 0 picks a free port. */
    static FakeSmsc start(String name, Path workDir, int smppPort, String... options) throws IOException {
        requirePerlSmpp();
        Path script = workDir.resolve("fake_smsc.pl");
        if (!Files.exists(script)) {
            try (InputStream in = FakeSmsc.class.getResourceAsStream("/smsc/fake_smsc.pl")) {
                if (in == null) {
                    throw new IllegalStateException("test resource /smsc/fake_smsc.pl is missing");
                }
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> command = new ArrayList<>(List.of("perl", script.toString(), "--smpp-port",
                String.valueOf(smppPort)));
        command.addAll(List.of(options));
        RunningProcess process = RunningProcess.start(name, command, workDir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Matcher ready = null;
        while (System.nanoTime() < deadline) {
            Matcher m = READY.matcher(process.log());
            if (m.find()) {
                ready = m;
                break;
            }
            if (!process.isAlive()) {
                break;
            }
            sleepMillis(20);
        }
        if (ready == null) {
            process.close();
            throw new AssertionError(name + " did not start\n" + process.logTail());
        }
        Socket control = new Socket();
        control.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(ready.group(2))), 5000);
        control.setTcpNoDelay(true);
        return new FakeSmsc(name, process, Integer.parseInt(ready.group(1)), control);
    }

    int smppPort() {
        return smppPort;
    }

    String logTail() {
        return process.logTail();
    }

    private void readEvents() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(control.getInputStream(),
                StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = in.readLine()) != null) {
                SmscEvent event = SmscEvent.parse(line);
                synchronized (events) {
                    events.add(event);
                    events.notifyAll();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    List<SmscEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    List<SmscEvent> events(String name) {
        return events().stream().filter(e -> e.is(name)).toList();
    }

    /** Waits until {@code count} events match; returns them (fails with the script's log after the timeout). */
    List<SmscEvent> await(Predicate<SmscEvent> match, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (true) {
                List<SmscEvent> found = events.stream().filter(match).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(name + ": expected " + count + " x " + what + " within " + timeout
                            + ", saw " + found.size() + "\nevents: " + tail(events) + "\n" + process.logTail());
                }
                try {
                    events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    SmscEvent awaitOne(Predicate<SmscEvent> match, Duration timeout, String what) {
        return await(match, 1, timeout, what).get(0);
    }

    private static String tail(List<SmscEvent> all) {
        int from = Math.max(0, all.size() - 15);
        StringBuilder sb = new StringBuilder();
        for (SmscEvent e : all.subList(from, all.size())) {
            sb.append("\n  ").append(e);
        }
        return sb.toString();
    }

    /** Queues a deliver_sm (an MO SMS as osmo-msc hands it to the ESME). */
    void deliver(String tag, ShortMessage m) {
        StringBuilder tlvs = new StringBuilder();
        for (Tlv t : m.tlvs()) {
            if (tlvs.length() > 0) {
                tlvs.append(',');
            }
            tlvs.append("{\"tag\":").append(t.tag()).append(",\"hex\":\"").append(HexFormat.of().formatHex(t.value()))
                    .append("\"}");
        }
        send("{\"cmd\":\"deliver\",\"tag\":" + quote(tag) + ",\"pdu\":{"
                + "\"service_type\":" + quote(m.serviceType())
                + ",\"source_addr_ton\":" + m.source().ton() + ",\"source_addr_npi\":" + m.source().npi()
                + ",\"source_addr\":" + quote(m.source().address())
                + ",\"dest_addr_ton\":" + m.destination().ton() + ",\"dest_addr_npi\":" + m.destination().npi()
                + ",\"destination_addr\":" + quote(m.destination().address())
                + ",\"esm_class\":" + m.esmClass() + ",\"protocol_id\":" + m.protocolId()
                + ",\"priority_flag\":" + m.priorityFlag() + ",\"registered_delivery\":" + m.registeredDelivery()
                + ",\"data_coding\":" + m.dataCoding()
                + ",\"short_message_hex\":\"" + HexFormat.of().formatHex(m.shortMessage()) + "\""
                + ",\"tlvs\":[" + tlvs + "]}}");
    }

    /** Writes raw octets to the ESME connection. */
    void raw(byte[] octets) {
        send("{\"cmd\":\"raw\",\"hex\":\"" + HexFormat.of().formatHex(octets) + "\"}");
    }

    void setSubmitStatus(int status) {
        send("{\"cmd\":\"set\",\"submit_status\":" + status + "}");
    }

    void setWindow(int window) {
        send("{\"cmd\":\"set\",\"window\":" + window + "}");
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private synchronized void send(String json) {
        try {
            commands.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            commands.flush();
        } catch (IOException e) {
            throw new AssertionError(name + ": cannot send a command: " + e + "\n" + process.logTail());
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            control.close();
        } catch (IOException ignored) {
            // the process is stopped below anyway
        }
        process.close();
    }
}

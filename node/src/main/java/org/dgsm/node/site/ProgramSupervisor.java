package org.dgsm.node.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one external program (osmo-msc, osmo-sgsn, osmo-stp, ...) and keeps it running: its output is appended to
 * its log file, it is started again with growing waits when it ends ({@link RestartSchedule}), and {@link #status()}
 * tells how it is doing. {@link #close()} stops it for good (SIGTERM, then SIGKILL after the grace time).
 *
 * <p>All decisions are taken on one thread of the supervisor's own; the clock only stamps events, waits are
 * measured by that thread's scheduler.
 */
public final class ProgramSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgramSupervisor.class);

    private final ProgramSpec spec;
    private final SupervisionPolicy policy;
    private final Clock clock;
    private final RestartSchedule schedule;
    private final ScheduledExecutorService thread;
    private volatile ProgramStatus status;
    private Process process;
    private boolean closed;

    private ProgramSupervisor(ProgramSpec spec, SupervisionPolicy policy, Clock clock) {
        this.spec = spec;
        this.policy = policy;
        this.clock = clock;
        this.schedule = new RestartSchedule(spec.name(), policy);
        this.status = schedule.status();
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "dgsm-supervise-" + spec.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the program now and watches it with {@link SupervisionPolicy#DEFAULT}. */
    public static ProgramSupervisor start(ProgramSpec spec) {
        return start(spec, SupervisionPolicy.DEFAULT, Clock.systemUTC());
    }

    public static ProgramSupervisor start(ProgramSpec spec, SupervisionPolicy policy, Clock clock) {
        ProgramSupervisor supervisor = new ProgramSupervisor(Objects.requireNonNull(spec, "spec"),
                Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(clock, "clock"));
        supervisor.thread.execute(supervisor::launchIfDue);
        return supervisor;
    }

    public ProgramSpec spec() {
        return spec;
    }

    /** How the program is doing now. */
    public ProgramStatus status() {
        return status;
    }

    /** Stops the program and its child processes for good; waits until they are gone. Idempotent. */
    @Override
    public void close() {
        CompletableFuture<Process> stopping = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                closed = true;
                schedule.stopRequested();
                publish();
                stopping.complete(process);
            });
        } catch (RejectedExecutionException e) {
            return; // already closed
        }
        Process running;
        try {
            running = stopping.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = null;
        } catch (ExecutionException | TimeoutException e) {
            running = null;
        }
        if (running != null) {
            Process ending = running;
            terminate(ending);
            try {
                ending.onExit().get(policy.stopGrace().toMillis() + 1_000, TimeUnit.MILLISECONDS);
                // record the exit now, whether or not the exit callback got to the thread first
                thread.submit(() -> exited(ending)).get(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("{}: process {} did not end", spec.name(), ending.pid());
            }
        }
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void launchIfDue() {
        if (closed || !schedule.startDue(clock.millis())) {
            return;
        }
        try {
            Files.createDirectories(spec.workingDirectory());
            prepareLog();
            mark("starting " + String.join(" ", spec.command()));
            Process started = new ProcessBuilder(spec.command())
                    .directory(spec.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            process = started;
            schedule.started(started.pid(), clock.millis());
            publish();
            log.info("{} started (pid {})", spec.name(), started.pid());
            started.onExit().thenRun(() -> onThread(() -> exited(started)));
        } catch (IOException | RuntimeException e) {
            long next = schedule.startFailed(e.getMessage() == null ? e.toString() : e.getMessage(), clock.millis());
            publish();
            log.warn("{} could not be started: {}; next try at {}", spec.name(), e.getMessage(), Instant.ofEpochMilli(next));
            scheduleLaunch(next);
        }
    }

    private void exited(Process ended) {
        if (ended != process) {
            return;
        }
        process = null;
        int code = ended.exitValue();
        long next = schedule.exited(code, clock.millis());
        publish();
        mark("exited with code " + code);
        if (next < 0) {
            log.info("{} stopped (exit code {})", spec.name(), code);
            return;
        }
        log.warn("{} exited with code {}; restarting at {} (see {})", spec.name(), code, Instant.ofEpochMilli(next),
                spec.logFile());
        scheduleLaunch(next);
    }

    private void scheduleLaunch(long atMillis) {
        if (atMillis < 0) {
            return;
        }
        try {
            thread.schedule(this::launchIfDue, Math.max(0, atMillis - clock.millis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void onThread(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // closing: the exit no longer matters
        }
    }

    private void publish() {
        status = schedule.status();
    }

    private void terminate(Process running) {
        running.descendants().forEach(ProcessHandle::destroy);
        running.destroy();
        try {
            if (!running.waitFor(policy.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} ignored SIGTERM for {}; killing it", spec.name(), policy.stopGrace());
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Moves an overgrown log aside before a start. */
    private void prepareLog() throws IOException {
        Path logFile = spec.logFile();
        Path folder = logFile.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (Files.exists(logFile) && Files.size(logFile) > policy.maxLogBytes()) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A line of ours in the program's log, so that its runs can be told apart. */
    private void mark(String what) {
        String line = "--- dgsm " + Instant.ofEpochMilli(clock.millis()) + " " + spec.name() + ": " + what + " ---\n";
        try {
            Files.writeString(spec.logFile(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.debug("{}: cannot write to {}: {}", spec.name(), spec.logFile(), e.getMessage());
        }
    }
}

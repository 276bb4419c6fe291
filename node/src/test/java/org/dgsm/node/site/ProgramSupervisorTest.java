package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramSupervisorTest {

    private static final SupervisionPolicy FAST = new SupervisionPolicy(Duration.ofMillis(50),
            Duration.ofMillis(200), Duration.ofSeconds(60), Duration.ofMillis(500), 1 << 20);

    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private ProgramSpec spec(String name, Path program) {
        return new ProgramSpec(name, List.of(program.toString()), dir.resolve("run/" + name),
                dir.resolve("log/" + name + ".log"));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void restartsAProgramThatDiesAndKeepsItsOutput() throws Exception {
        Path dies = script("dies", "echo \"run in $(pwd)\"\nexit 3");
        ProgramSupervisor supervisor = ProgramSupervisor.start(spec("dies", dies), FAST, Clock.systemUTC());
        try {
            await("three restarts", () -> supervisor.status().restarts() >= 3);
            ProgramStatus s = supervisor.status();
            assertThat(s.name()).isEqualTo("dies");
            assertThat(s.lastExitCode()).isEqualTo(3);
            assertThat(s.lastExitAt()).isNotNull();
        } finally {
            supervisor.close();
        }
        String log = Files.readString(dir.resolve("log/dies.log"));
        assertThat(log.lines().filter(l -> l.equals("run in " + dir.resolve("run/dies")))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(log).contains("dies: starting " + dies, "dies: exited with code 3");
    }

    @Test
    void reportsARunningProgramAndStopsItForGood() throws Exception {
        Path runs = script("runs", "echo up\nexec sleep 30");
        ProgramSupervisor supervisor = ProgramSupervisor.start(spec("runs", runs), FAST, Clock.systemUTC());
        await("running", () -> supervisor.status().state() == ProgramState.RUNNING);
        long pid = supervisor.status().pid();
        assertThat(ProcessHandle.of(pid)).isPresent();
        supervisor.close();
        ProgramStatus s = supervisor.status();
        assertThat(s.state()).isEqualTo(ProgramState.STOPPED);
        assertThat(s.restarts()).isZero();
        assertThat(s.lastExitCode()).isEqualTo(143); // SIGTERM
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        Thread.sleep(300);
        assertThat(supervisor.status().restarts()).isZero();
        supervisor.close(); // idempotent
    }

    @Test
    void killsAProgramThatIgnoresSigterm() throws Exception {
        Path stubborn = script("stubborn", "trap '' TERM\necho ready\nwhile true; do sleep 0.05; done");
        ProgramSupervisor supervisor = ProgramSupervisor.start(spec("stubborn", stubborn), FAST, Clock.systemUTC());
        await("ready", () -> {
            try {
                return Files.readString(dir.resolve("log/stubborn.log")).contains("ready");
            } catch (IOException e) {
                return false;
            }
        });
        long pid = supervisor.status().pid();
        supervisor.close();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(supervisor.status().lastExitCode()).isEqualTo(137); // SIGKILL
    }

    @Test
    void keepsTryingAProgramThatCannotBeStarted() throws Exception {
        ProgramSupervisor supervisor = ProgramSupervisor.start(spec("missing", dir.resolve("no-such-program")), FAST,
                Clock.systemUTC());
        try {
            await("a failed start", () -> supervisor.status().lastError() != null);
            ProgramStatus s = supervisor.status();
            assertThat(s.state()).isEqualTo(ProgramState.WAITING_TO_RESTART);
            assertThat(s.lastError()).contains("no-such-program");
            assertThat(s.nextStartAt()).isNotNull();
        } finally {
            supervisor.close();
        }
        assertThat(supervisor.status().state()).isEqualTo(ProgramState.STOPPED);
    }

    @Test
    void movesAnOvergrownLogAsideBeforeARestart() throws Exception {
        Path chatty = script("chatty", "yes x | head -c 3000\nexit 1");
        SupervisionPolicy smallLogs = new SupervisionPolicy(Duration.ofMillis(50), Duration.ofMillis(100),
                Duration.ofSeconds(60), Duration.ofMillis(500), 2_000);
        ProgramSupervisor supervisor = ProgramSupervisor.start(spec("chatty", chatty), smallLogs, Clock.systemUTC());
        try {
            await("two restarts", () -> supervisor.status().restarts() >= 2);
        } finally {
            supervisor.close();
        }
        assertThat(dir.resolve("log/chatty.log.1")).exists();
        assertThat(Files.size(dir.resolve("log/chatty.log.1"))).isGreaterThan(2_000);
    }
}

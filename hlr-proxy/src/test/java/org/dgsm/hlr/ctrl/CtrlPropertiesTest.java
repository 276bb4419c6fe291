package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.dgsm.hlr.gsup.Mutations;
import org.dgsm.hlr.store.SubscriberStore;

/** The CTRL decoders and the command handler over random, damaged and pieced-together input. */
class CtrlPropertiesTest {

    /** The CTRL texts of the interop requests: valid and invalid commands of every kind, the seeds for mutations. */
    private static final List<byte[]> SEED_TEXTS = CtrlScenario.requests().stream()
            .filter(r -> !r.line().startsWith("raw "))
            .map(r -> Arrays.copyOfRange(r.bytes(), 4, r.bytes().length))
            .toList();
    private static final List<String> WORDS = List.of("GET", "SET", "GET_REPLY", "SET_REPLY", "TRAP", "ERROR", "get",
            "(unknown)", "1", "42", "007", "err", "-1", "subscriber", "by-imsi-901990000000001", "by-msisdn-101",
            "by-id-1", "by-id-", "by-x", "info", "info-aud", "info-all", "msisdn", "cs-enabled", "ps-enabled", "aud2g",
            "aud3g", "create", "delete", "none", "0", "OK", "milenage", "xor", "comp128v1", "op", "opc",
            "000102030405060708090a0b0c0d0e0f", "901990000000009", "a+b", "\u00ff");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ".", ".", "  ", "\n", ",", "\0", "", "\t");

    private static Path dir;
    private static SubscriberStore store;
    private static CtrlCommands commands;

    @BeforeContainer
    static void openStore() throws IOException {
        dir = Files.createTempDirectory("ctrl-properties");
        store = SubscriberStore.open(dir.resolve("hlr.db"));
        CtrlScenario.provision(store);
        commands = new CtrlCommands(store);
    }

    @AfterContainer
    static void closeStore() throws IOException {
        store.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Decoding any bytes either fails with {@link MalformedCtrlException} or gives a command that survives re-encoding. */
    @Property(tries = 100_000)
    void decoderOnlyThrowsMalformedCtrlAndDecodedCommandsReEncodeToThemselves(@ForAll("texts") byte[] text) {
        CtrlCommand command;
        try {
            command = CtrlCodec.decode(text);
        } catch (MalformedCtrlException e) {
            assertThat(e.replyId()).matches("err|[0-9]+");
            Statistics.collect("malformed");
            return;
        }
        Statistics.collect(command.type());
        if (command.variable() != null) {
            assertThat(CtrlCodec.isValidVariable(command.variable())).isTrue();
        }
        try {
            assertThat(CtrlCodec.decode(CtrlCodec.encode(command))).isEqualTo(command);
        } catch (MalformedCtrlException e) {
            throw new AssertionError("re-encoded " + command + " no longer decodes", e);
        }
    }

    /** A stream of frames in random chunks gives the same inputs as in one piece, and never an exception. */
    @Property(tries = 20_000)
    void frameDecoderIsIndifferentToChunking(@ForAll("streams") byte[] stream, @ForAll long splitSeed) {
        List<String> whole = describe(new CtrlFrameDecoder().feed(stream));
        CtrlFrameDecoder pieces = new CtrlFrameDecoder();
        List<String> chunked = new ArrayList<>();
        Random random = new Random(splitSeed);
        int pos = 0;
        while (pos < stream.length) {
            int n = random.nextInt(stream.length - pos + 1);
            chunked.addAll(describe(pieces.feed(stream, pos, n)));
            pos += n;
        }
        assertThat(chunked).isEqualTo(whole);
        long closes = whole.stream().filter(s -> s.startsWith("Close")).count();
        assertThat(closes).isLessThanOrEqualTo(1);
        if (closes == 1) {
            assertThat(whole.get(whole.size() - 1)).startsWith("Close");
        }
        Statistics.collect(closes == 1 ? "closed" : "open");
    }

    /** Any decodable command gets an answer (or none) without an exception, and answers echo id and variable. */
    @Property(tries = 3_000)
    void commandsAnswerAnyCommandWithoutThrowing(@ForAll("texts") byte[] text) {
        CtrlCommand command;
        try {
            command = CtrlCodec.decode(text);
        } catch (MalformedCtrlException e) {
            return;
        }
        Optional<CtrlCommand> answer = commands.handle(command);
        Statistics.collect(answer.map(a -> a.type().toString()).orElse("no answer"));
        if (answer.isEmpty()) {
            assertThat(command.type()).isIn(CtrlType.ERROR, CtrlType.GET_REPLY, CtrlType.SET_REPLY);
            return;
        }
        CtrlCommand a = answer.get();
        assertThat(a.id()).isEqualTo(command.id());
        if (a.type() == CtrlType.ERROR) {
            assertThat(a.value()).isNotEmpty();
        } else {
            assertThat(a.type()).isEqualTo(command.type() == CtrlType.SET ? CtrlType.SET_REPLY : CtrlType.GET_REPLY);
            assertThat(a.variable()).isEqualTo(command.variable());
        }
    }

    @Provide
    Arbitrary<byte[]> texts() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
        Arbitrary<byte[]> mutated = Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            return Mutations.mutate(SEED_TEXTS.get(r.nextInt(SEED_TEXTS.size())), r);
        });
        Arbitrary<byte[]> valid = Arbitraries.of(SEED_TEXTS);
        Arbitrary<byte[]> soup = Arbitraries.longs().map(CtrlPropertiesTest::wordSoup);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(3, mutated),
                net.jqwik.api.Tuple.of(1, valid), net.jqwik.api.Tuple.of(3, soup));
    }

    @Provide
    Arbitrary<byte[]> streams() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int frames = r.nextInt(6);
            for (int i = 0; i < frames; i++) {
                switch (r.nextInt(8)) {
                    case 0 -> out.writeBytes(new byte[] {0, 1, (byte) 0xfe, (byte) r.nextInt(8)});
                    case 1 -> out.writeBytes(new byte[] {0, 0, (byte) (r.nextBoolean() ? 0xee : 0xfe)});
                    case 2 -> out.writeBytes(new byte[] {(byte) 0x04, (byte) 0xae, (byte) 0xee});
                    case 3 -> out.writeBytes(Mutations.randomBytes(r, 12));
                    case 4 -> out.writeBytes(new byte[] {0, 2, (byte) 0xee, (byte) r.nextInt(3), 'x'});
                    default -> out.writeBytes(CtrlFrames.frameText(SEED_TEXTS.get(r.nextInt(SEED_TEXTS.size()))));
                }
            }
            byte[] stream = out.toByteArray();
            return r.nextInt(4) == 0 ? Mutations.mutate(stream, r) : stream;
        });
    }

    private static byte[] wordSoup(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        int words = r.nextInt(8);
        for (int i = 0; i < words; i++) {
            text.append(WORDS.get(r.nextInt(WORDS.size())));
            text.append(SEPARATORS.get(r.nextInt(SEPARATORS.size())));
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> describe(List<CtrlInput> inputs) {
        List<String> out = new ArrayList<>();
        for (CtrlInput input : inputs) {
            out.add(input instanceof CtrlInput.Text t ? "Text " + Escapes.escape(t.bytes()) : input.toString());
        }
        return out;
    }
}

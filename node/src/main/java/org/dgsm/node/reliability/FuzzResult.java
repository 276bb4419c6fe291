package org.dgsm.node.reliability;

import java.util.List;

/**
 * What a fuzz run of one target found. {@code crashes} counts inputs that made the decoder throw anything but its
 * documented exception; {@code crashSamples} keeps the first few, with the input in hex, for regression tests.
 */
public record FuzzResult(String target, long inputs, long accepted, long refused, long crashes,
                         List<Crash> crashSamples, long elapsedMillis) {

    public record Crash(String inputHex, String exception) {
    }

    public FuzzResult {
        crashSamples = List.copyOf(crashSamples);
    }
}

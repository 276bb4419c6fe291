package org.dgsm.hlr.ipa;

import java.util.List;

/**
 * Bytes on an IPA connection that can never become valid: a frame header announcing more than
 * {@link IpaFrame#MAX_LENGTH} bytes, or a CCM message that cannot be parsed. osmo closes the connection in both
 * cases, and so should the caller; {@link IpaFrameDecoder} refuses further input after throwing it.
 */
public final class MalformedIpaException extends Exception {

    private final List<IpaFrame> framesBeforeError;

    public MalformedIpaException(String message) {
        this(message, List.of());
    }

    public MalformedIpaException(String message, List<IpaFrame> framesBeforeError) {
        super(message);
        this.framesBeforeError = List.copyOf(framesBeforeError);
    }

    /**
     * Whole frames the decoder completed from the same input before it met the error, in order: a caller may still
     * act on them before closing, as osmo does (it handles frames one by one).
     */
    public List<IpaFrame> framesBeforeError() {
        return framesBeforeError;
    }
}

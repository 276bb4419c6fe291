package org.dgsm.hlr.gsup;

/**
 * Session id (IE 0x30, 4 bytes big-endian) and session state (IE 0x31). osmo only sends them together and only when
 * the state is not 0, so a session in the model always has a state.
 *
 * @param id    0 – 0xFFFFFFFF
 * @param state 1 begin, 2 continue, 3 end (other non-zero values are carried as they are)
 */
public record GsupSession(long id, int state) {

    public static final int BEGIN = 1;
    public static final int CONTINUE = 2;
    public static final int END = 3;

    public GsupSession {
        if (id < 0 || id > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("session id must fit 32 bits unsigned, got " + id);
        }
        if (state < 1 || state > 0xff) {
            throw new IllegalArgumentException("session state must be 1-255, got " + state);
        }
    }
}

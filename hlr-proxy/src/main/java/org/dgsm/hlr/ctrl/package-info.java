/**
 * osmo-hlr's CTRL interface, sans-I/O, answering as osmo-hlr 1.5.0 (libosmocore 1.7.0) does, byte for byte.
 *
 * <p>Wire format: IPA frames {@code LL LL EE 00 <text>} (stream 0xEE, Osmocom extension 0x00). The text is one of
 * {@code GET <id> <variable>}, {@code SET <id> <variable> <value>}, {@code GET_REPLY|SET_REPLY|TRAP <id> <variable>
 * <value>}, {@code ERROR <id> <message>}. IPA PING is answered with PONG, ID_ACK with ID_ACK.
 *
 * <p>{@link org.dgsm.hlr.ctrl.CtrlFrameDecoder} cuts the byte stream into frames, {@link org.dgsm.hlr.ctrl.CtrlCodec}
 * parses and writes the text, {@link org.dgsm.hlr.ctrl.CtrlCommands} runs the subscriber commands on a {@link
 * org.dgsm.hlr.store.SubscriberStore}, and {@link org.dgsm.hlr.ctrl.CtrlConnection} ties them together per
 * connection (bytes in, bytes out). The TCP server is {@link org.dgsm.hlr.ctrl.netty.CtrlServer}.
 *
 * <p>Facts established by probing osmo-hlr 1.5.0 (the test transcript holds the answers to 241 requests): an
 * answer's value may be empty ({@code GET_REPLY 3 var } with a trailing space); {@code info} texts start with a
 * newline; a {@code by-imsi-} selector is not looked up for {@code info-aud} and {@code cs/ps-enabled} SETs, so an
 * unknown IMSI gives an empty {@code info-aud} and an {@code An error has occurred.} on SET; the IND bit length of
 * {@code aud3g} is read with C's {@code atoi}; a frame header announcing more than 1197 bytes is skipped and the
 * bytes after it are read as the next frame. osmo-hlr 1.5.0 aborts on a CTRL frame of exactly 1197 bytes (no room to
 * terminate the text); we answer it.
 */
package org.dgsm.hlr.ctrl;

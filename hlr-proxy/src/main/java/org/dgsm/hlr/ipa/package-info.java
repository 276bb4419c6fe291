/**
 * IPA framing and the CCM identity handshake as osmo-hlr runs them (spec gsup-ipa.md §1–2), sans-I/O: {@link
 * org.dgsm.hlr.ipa.IpaFrameDecoder} reassembles frames from any chunking, {@link org.dgsm.hlr.ipa.CcmDecoder} and
 * {@link org.dgsm.hlr.ipa.CcmEncoder} handle the CCM stream, and {@link org.dgsm.hlr.ipa.IpaServerHandshake} /
 * {@link org.dgsm.hlr.ipa.IpaClientHandshake} are per-connection state machines that take bytes and time and return
 * {@link org.dgsm.hlr.ipa.IpaEvent}s (bytes to send, peer identity, GSUP payloads, close). No I/O, no Netty.
 */
package org.dgsm.hlr.ipa;

/**
 * GSUP over IPA on the network, with Netty: {@link org.dgsm.hlr.netty.GsupServer} (the HLR side, many MSCs, SGSNs
 * and proxying HLRs known by IPA name) and {@link org.dgsm.hlr.netty.GsupClient} (one outgoing link with identity,
 * keepalive and reconnect). The channel handlers are thin adapters: bytes go into the sans-I/O handshakes of
 * {@code org.dgsm.hlr.ipa} and the small sans-I/O helpers here ({@link org.dgsm.hlr.netty.GsupIntake}, {@link
 * org.dgsm.hlr.netty.EarlyGsupBuffer}, {@link org.dgsm.hlr.netty.PeerRegistry}, {@link
 * org.dgsm.hlr.netty.IdentityAcceptance}, {@link org.dgsm.hlr.netty.ReconnectBackoff}), and what comes back is
 * written, scheduled or closed. The {@link org.dgsm.hlr.core.GsupHandler} runs on one thread of its own, never on an
 * I/O thread.
 */
package org.dgsm.hlr.netty;

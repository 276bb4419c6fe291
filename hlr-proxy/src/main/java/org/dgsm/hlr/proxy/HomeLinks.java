package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.GsupMessage;

/**
 * The proxy's port to its GSUP client connections, one per home HLR address, shared by all visitors of that home.
 * A link reports {@link DgsmProxy#onHomeLinkReady} only once the home has accepted our IPA identity (so nothing is
 * forwarded before the home knows our name: no handshake race), then {@link DgsmProxy#onHomeMessage} for what the
 * home sends and {@link DgsmProxy#onHomeLinkDown} when it is lost; all on the proxy's thread.
 */
public interface HomeLinks {

    /** Makes sure a link to {@code home} exists and keeps (re)connecting; idempotent, must not block. */
    void open(HomeAddress home);

    /** Sends on a ready link; false if the link is not ready (nothing was sent). Must not block. */
    boolean send(HomeAddress home, GsupMessage message);
}

package org.dgsm.hlr.ctrl;

/** Ends a CTRL command with an ERROR answer carrying {@link #getMessage()} as osmo words it. */
final class CtrlFailure extends RuntimeException {

    CtrlFailure(String reply) {
        super(reply, null, false, false);
    }
}

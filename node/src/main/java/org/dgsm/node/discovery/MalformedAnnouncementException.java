package org.dgsm.node.discovery;

/** A DNS-SD announcement from the network that does not follow the village TXT layout of {@link AnnouncementTxt}. */
public final class MalformedAnnouncementException extends Exception {

    public MalformedAnnouncementException(String message) {
        super(message);
    }
}

package org.dgsm.node.config;

/** A village config that cannot be used; the message names the file, the line and the key. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}

package org.dgsm.mslookup.client;

/** What a {@link MslookupReport} says; the words are those osmo-mslookup-client prints. */
public enum ResultCode {
    /** An answer: age and at least one address. */
    RESULT("result"),
    /** The request ended without any answer. */
    NOT_FOUND("not-found"),
    /** The request ended after its best answer had already been reported: "the previous result stands". */
    NONE("none");

    private final String word;

    ResultCode(String word) {
        this.word = word;
    }

    /** {@code result}, {@code not-found} or {@code none}. */
    public String word() {
        return word;
    }
}

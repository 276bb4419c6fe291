/**
 * The GSUP message codec, byte-compatible with libosmogsm (spec gsup-ipa.md §3–7): {@link
 * org.dgsm.hlr.gsup.GsupDecoder} with osmo's verdicts, {@link org.dgsm.hlr.gsup.GsupEncoder} in osmo's canonical IE
 * order, the immutable {@link org.dgsm.hlr.gsup.GsupMessage} model and {@link org.dgsm.hlr.gsup.GsupReplies} for
 * answers built the way osmo builds them. Byte strings are {@link org.dgsm.hlr.gsup.Octets}.
 */
package org.dgsm.hlr.gsup;

/** Lossless GSUP message ⇄ JSON conversion for the {@code dgsm gsup decode/encode} commands; see {@link
 * org.dgsm.hlr.gsup.json.GsupJson}. */
package org.dgsm.hlr.gsup.json;

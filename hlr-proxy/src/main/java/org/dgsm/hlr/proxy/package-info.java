/**
 * The D-GSM proxy (dgsm-proxy.md): a village's HLR relays GSUP for visitors — subscribers of other villages — to
 * their home HLRs, found with mslookup, and keeps a persistent roaming cache so visitors can still attach while
 * their home village is unreachable.
 *
 * <p>{@link org.dgsm.hlr.proxy.DgsmProxy} is the sans-I/O core (a {@link org.dgsm.hlr.core.GsupHandler} in front
 * of the local {@link org.dgsm.hlr.core.HlrCore}); {@link org.dgsm.hlr.proxy.HomeLookups} and
 * {@link org.dgsm.hlr.proxy.HomeLinks} are its ports, implemented on Netty by
 * {@link org.dgsm.hlr.proxy.netty.DgsmProxyService}. {@link org.dgsm.hlr.proxy.RoamingCache} keeps visitors in
 * dgsm-node's own SQLite tables ({@code dgsm_roaming_visitor}, {@code dgsm_roaming_tuple}) with recently used
 * entries in memory; {@link org.dgsm.hlr.proxy.VisitorAttachRecords} lets the mslookup server answer
 * {@code sip.voice} / {@code smpp.sms} for visitors attached here.
 *
 * <p><b>Trade-off of the cache: authentication tuples leave home, keys never do.</b> To authenticate a visitor
 * while its home HLR is unreachable, the visited village stocks a few authentication tuples (RAND, SRES, Kc and,
 * for UMTS, IK, CK, AUTN, XRES) that the home HLR computed — exactly what a VLR receives anyway in every SAI result.
 * Ki, K and OP/OPc stay in the home village: the visited village can neither compute new tuples nor impersonate
 * the subscriber elsewhere; the worst a compromised village can do with its stock is what it could do as the
 * serving network (decrypt that subscriber's traffic with the stocked keys for as long as the stock lasts). Each
 * tuple is used at most once and deleted when used, so RANDs are never replayed. Tuples are fetched under the
 * proxy's own name ({@code <ipa-name>-stock}) as Source-Name: the home allocates them an AuC IND slot of their
 * own, so their sequence numbers are not overtaken by vectors the VLR gets meanwhile and a USIM accepts them even
 * hours later (a stock fetched under the VLR's name would be rejected as stale once the VLR has used a newer
 * vector of the same slot). The subscriber data replayed to a VLR while home is away is the last Insert
 * Subscriber Data home sent; when home is back it gets an Update Location for the VLR where the visitor attached
 * meanwhile. Visitors not refreshed by home for {@link org.dgsm.hlr.proxy.ProxySettings#dataExpiry()} (default
 * 7 days) are forgotten with their stock.
 *
 * <p>Bounded waits: a request for a visitor never waits longer than
 * {@link org.dgsm.hlr.proxy.ProxySettings#answerBound()} (default 5 s) for home; it is then served from the cache
 * or answered with {@link org.dgsm.hlr.core.HlrSettings#noProxyCause()} (Check IMEI with an ACK), and a late
 * answer from home is dropped, so every request gets at most one answer.
 */
package org.dgsm.hlr.proxy;

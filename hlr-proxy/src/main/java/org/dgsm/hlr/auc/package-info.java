/**
 * The authentication centre (AuC): the GSM/UMTS authentication algorithms and osmo-hlr's
 * Send-Authentication-Info vector generation, all sans-I/O.
 *
 * <p>Algorithms: {@link org.dgsm.hlr.auc.Comp128v1}, {@link org.dgsm.hlr.auc.Comp128v2},
 * {@link org.dgsm.hlr.auc.Comp128v3}, {@link org.dgsm.hlr.auc.Xor2g} (2G, RAND and Ki to SRES
 * and Kc); {@link org.dgsm.hlr.auc.Milenage}, {@link org.dgsm.hlr.auc.Tuak},
 * {@link org.dgsm.hlr.auc.Xor3g} (3G, the {@link org.dgsm.hlr.auc.AkaFunctions} f1..f5*).
 *
 * <p>Vector generation: {@link org.dgsm.hlr.auc.AuthVectorGenerator} turns a subscriber's
 * {@link org.dgsm.hlr.auc.SubscriberAuthData} plus an {@link org.dgsm.hlr.auc.AuthVectorRequest}
 * into {@link org.dgsm.hlr.auc.AuthVector}s and the SQN to store, following hlr-auc.md §2.
 * Failures are {@link org.dgsm.hlr.auc.AucException}s carrying the GSUP cause osmo-hlr answers.
 *
 * <p>Key material (Ki, K, OP, OPc, TOP, TOPc) and derived session keys are never logged and
 * never appear in {@code toString()} or exception messages.
 */
package org.dgsm.hlr.auc;

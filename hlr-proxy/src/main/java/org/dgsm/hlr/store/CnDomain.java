package org.dgsm.hlr.store;

/** Core network domain of a location update, purge or network access mode flag. */
public enum CnDomain {
    /** Circuit switched: MSC/VLR, columns {@code vlr_number}, {@code nam_cs}, {@code ms_purged_cs}, {@code last_lu_seen}. */
    CS,
    /** Packet switched: SGSN, columns {@code sgsn_number}, {@code nam_ps}, {@code ms_purged_ps}, {@code last_lu_seen_ps}. */
    PS
}

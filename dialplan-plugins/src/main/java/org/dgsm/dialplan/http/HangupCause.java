package org.dgsm.dialplan.http;

/** The FreeSWITCH hang-up causes (Q.850 names) the dialplan endpoint uses. */
enum HangupCause {
    /** Q.850 cause 1: no village knows the number. */
    UNALLOCATED_NUMBER,
    /** Q.850 cause 28: the dialled text is not an MSISDN. */
    INVALID_NUMBER_FORMAT,
    /** Q.850 cause 41: the lookup could not be done; trying again later may work. */
    TEMPORARY_FAILURE
}

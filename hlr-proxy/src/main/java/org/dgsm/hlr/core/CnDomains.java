package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.store.CnDomain;

/** osmo's reading of the CN domain IE: {@code 02} is CS, anything else — absent included — is PS. */
final class CnDomains {

    private CnDomains() {
    }

    static CnDomain of(GsupMessage message) {
        Integer value = message.cnDomain();
        return value != null && value == GsupMessage.CN_DOMAIN_CS ? CnDomain.CS : CnDomain.PS;
    }

    static int ieValue(CnDomain domain) {
        return domain == CnDomain.CS ? GsupMessage.CN_DOMAIN_CS : GsupMessage.CN_DOMAIN_PS;
    }
}

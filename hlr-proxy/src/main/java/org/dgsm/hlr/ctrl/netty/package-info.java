/** The CTRL TCP server on Netty: {@link org.dgsm.hlr.ctrl.netty.CtrlServer}. */
package org.dgsm.hlr.ctrl.netty;

package org.dgsm.mslookup.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds hand-made DNS packets byte by byte, including ones our encoders would never produce. */
public final class TestPacket {

    public static final String SIP_1001 = "sip.voice.1001.msisdn.mdns.osmocom.org";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public static TestPacket header(int id, int flags, int qd, int an, int ns, int ar) {
        TestPacket p = new TestPacket();
        return p.u16(id).u16(flags).u16(qd).u16(an).u16(ns).u16(ar);
    }

    public static TestPacket answerHeader(int records) {
        return header(0x4242, 0x8000, 0, records, 0, 0);
    }

    public TestPacket u8(int value) {
        out.write(value);
        return this;
    }

    public TestPacket u16(int value) {
        return u8(value >>> 8).u8(value & 0xff);
    }

    public TestPacket u32(long value) {
        return u16((int) (value >>> 16) & 0xffff).u16((int) value & 0xffff);
    }

    public TestPacket raw(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** Writes {@code name} as plain labels split at dots, then the terminating zero. */
    public TestPacket name(String name) {
        for (String label : name.split("\\.")) {
            u8(label.length()).raw(label.getBytes(StandardCharsets.ISO_8859_1));
        }
        return u8(0);
    }

    public TestPacket question(String name, int type, int qclass) {
        return name(name).u16(type).u16(qclass);
    }

    public TestPacket record(String name, int type, int rclass, long ttl, byte[] rdata) {
        return name(name).u16(type).u16(rclass).u32(ttl).u16(rdata.length).raw(rdata);
    }

    public TestPacket record(int type, byte[] rdata) {
        return record(SIP_1001, type, 1, 0, rdata);
    }

    public TestPacket txt(String keyValue) {
        return record(16, txtRdata(keyValue));
    }

    public TestPacket a(int b0, int b1, int b2, int b3) {
        return record(1, new byte[] {(byte) b0, (byte) b1, (byte) b2, (byte) b3});
    }

    public TestPacket aaaa(byte[] address) {
        return record(28, address);
    }

    public static byte[] txtRdata(String keyValue) {
        byte[] text = keyValue.getBytes(StandardCharsets.ISO_8859_1);
        byte[] rdata = new byte[text.length + 1];
        rdata[0] = (byte) text.length;
        System.arraycopy(text, 0, rdata, 1, text.length);
        return rdata;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}

package org.dgsm.node.reliability;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupSession;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.PdpInfo;
import org.dgsm.hlr.gsup.SmRpAddress;
import org.dgsm.hlr.ipa.CcmDecoder;
import org.dgsm.hlr.ipa.CcmEncoder;
import org.dgsm.hlr.ipa.CcmMessage;
import org.dgsm.hlr.ipa.IpaFrameDecoder;
import org.dgsm.hlr.ipa.IpaFrameEncoder;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.ipa.MalformedIpaException;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupQueryDecoder;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.config.ConfigException;
import org.dgsm.node.config.VillageConfigLoader;
import org.dgsm.smpp.message.DeliveryReceipt;
import org.dgsm.smpp.message.MalformedReceiptException;
import org.dgsm.smpp.message.MalformedTlvException;
import org.dgsm.smpp.message.MalformedUdhException;
import org.dgsm.smpp.message.PduStructure;
import org.dgsm.smpp.message.Tlv;
import org.dgsm.smpp.message.TlvCodec;
import org.dgsm.smpp.message.UserDataHeader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoders a village exposes to its links and its operator, each with valid seeds built by our own encoders
 * (the mutations then start from realistic structure).
 */
public final class FuzzTargets {

    static final String SUFFIX = "mdns.osmocom.org";

    private FuzzTargets() {
    }

    /** Every target; the YAML one writes its inputs to files in {@code scratch}. */
    public static List<FuzzTarget> all(Path scratch) {
        return List.of(mslookupQuery(), mslookupAnswer(), ipaFrames(), ccm(), gsup(), smppPdu(), smppTlv(),
                smppUdh(), smppReceipt(), yamlConfig(scratch));
    }

    public static FuzzTarget mslookupQuery() {
        MslookupQueryDecoder decoder = new MslookupQueryDecoder(SUFFIX);
        List<byte[]> seeds = new ArrayList<>();
        for (MslookupQuery q : queries()) {
            seeds.add(MslookupQueryEncoder.encode(0x1234, q, SUFFIX));
        }
        return new FuzzTarget("mslookup-query", seeds, decoder::decode, MalformedPacketException.class, 300);
    }

    public static FuzzTarget mslookupAnswer() {
        MslookupAnswerDecoder decoder = new MslookupAnswerDecoder(SUFFIX);
        List<byte[]> seeds = new ArrayList<>();
        try {
            InetAddress v4 = InetAddress.getByName("10.9.8.7");
            InetAddress v6 = InetAddress.getByName("fd00::17");
            for (MslookupQuery q : queries()) {
                seeds.add(MslookupAnswerEncoder.encode(new MslookupAnswer(7, q,
                        new MslookupResult(12, new ServiceAddress(v4, 5060), null)), SUFFIX));
                seeds.add(MslookupAnswerEncoder.encode(new MslookupAnswer(8, q,
                        new MslookupResult(0, new ServiceAddress(v4, 4222), new ServiceAddress(v6, 4222))), SUFFIX));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FuzzTarget("mslookup-answer", seeds, decoder::decode, MalformedPacketException.class, 300);
    }

    private static List<MslookupQuery> queries() {
        try {
            return List.of(MslookupQuery.parse("sip.voice.1001.msisdn"),
                    MslookupQuery.parse("gsup.hlr.901700000014701.imsi"), MslookupQuery.parse("smpp.sms.12345.msisdn"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<GsupMessage> gsupMessages() {
        byte[] rand = new byte[16];
        byte[] autn = new byte[16];
        for (int i = 0; i < 16; i++) {
            rand[i] = (byte) i;
            autn[i] = (byte) (0xf0 - i);
        }
        String imsi = "901700000014701";
        return List.of(
                GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, imsi).cnDomain(2).build(),
                GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).numVectorsRequested(2).build(),
                GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, imsi).addAuthTuple(AuthTuple.gsmAndUmts(
                        rand, new byte[4], new byte[8], rand, rand, autn, new byte[8])).addAuthTuple(
                        AuthTuple.gsm(rand, new byte[4], new byte[8])).build(),
                GsupMessage.builder(GsupMessageType.INSERT_DATA_REQUEST, imsi).msisdn(Octets.fromHex("0621430110"))
                        .cnDomain(1).addPdpInfo(PdpInfo.of(1, Octets.fromHex("0121"), Octets.ascii("\u0008internet"),
                                Octets.fromHex("00"), null)).build(),
                GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_ERROR, imsi).cause(2).build(),
                GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, imsi)
                        .sourceName(Octets.ascii("msc-north\0")).destinationName(Octets.ascii("hlr-south\0"))
                        .messageClass(1).build(),
                GsupMessage.builder(GsupMessageType.PROC_SS_REQUEST, imsi).session(new GsupSession(42, 1))
                        .ssInfo(Octets.fromHex("a1120201010201")).messageClass(3).build(),
                GsupMessage.builder(GsupMessageType.MO_FORWARD_SM_REQUEST, imsi).smRpMr(5)
                        .smRpDa(new SmRpAddress(SmRpAddress.SMSC_ADDRESS, Octets.fromHex("0621430110")))
                        .smRpOa(new SmRpAddress(SmRpAddress.MSISDN, Octets.fromHex("0621430110")))
                        .smRpUi(Octets.fromHex("01000b915121551532f40000")).messageClass(2).build());
    }

    public static FuzzTarget gsup() {
        List<byte[]> seeds = gsupMessages().stream().map(GsupEncoder::encode).toList();
        return new FuzzTarget("gsup", seeds, GsupDecoder::decode, MalformedGsupException.class, 200);
    }

    public static FuzzTarget ipaFrames() {
        List<byte[]> seeds = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] gsup : gsupMessages().stream().map(GsupEncoder::encode).toList()) {
            byte[] framed = IpaFrameEncoder.encodeGsup(gsup);
            seeds.add(framed);
            stream.writeBytes(framed);
        }
        for (CcmMessage m : ccmMessages()) {
            byte[] framed = CcmEncoder.frame(m);
            seeds.add(framed);
            stream.writeBytes(framed);
        }
        seeds.add(stream.toByteArray());
        // the decoder is stateful: a fresh one per input, fed in two chunks so that frames also span reads
        return new FuzzTarget("ipa-frames", seeds, input -> {
            IpaFrameDecoder decoder = new IpaFrameDecoder();
            int cut = input.length / 3;
            decoder.feed(input, 0, cut);
            decoder.feed(input, cut, input.length - cut);
        }, MalformedIpaException.class, 400);
    }

    private static List<CcmMessage> ccmMessages() {
        IpaIdentity id = IpaIdentity.of("msc-north-1", "MSC", "1.0");
        return List.of(new CcmMessage.Ping(), new CcmMessage.Pong(), new CcmMessage.IdAck(),
                new CcmMessage.IdGet(List.of(8, 0, 1, 2, 3, 4, 5, 7)), id.answer(List.of(8, 0, 1, 2, 3, 4, 5, 7)));
    }

    public static FuzzTarget ccm() {
        List<byte[]> seeds = ccmMessages().stream().map(CcmEncoder::encode).toList();
        return new FuzzTarget("ipa-ccm", seeds, CcmDecoder::decode, MalformedIpaException.class, 120);
    }

    public static FuzzTarget smppPdu() {
        List<byte[]> seeds = List.of(
                pdu(PduStructure.BIND_TRANSCEIVER, cstr("OSMPP"), cstr("foo"), cstr(""), new byte[]{0x34, 0, 0},
                        cstr("")),
                pdu(PduStructure.SUBMIT_SM, submitBody("hello"), TlvCodec.encode(List.of(
                        new Tlv(0x1d60, "0123456789abcdef".getBytes(StandardCharsets.US_ASCII))))),
                pdu(PduStructure.DELIVER_SM, submitBody("id:1 sub:001 dlvrd:001 submit date:2601011200"
                        + " done date:2601011201 stat:DELIVRD err:000 text:hi")),
                pdu(PduStructure.DATA_SM, cstr(""), new byte[]{1, 1}, cstr("1001"), new byte[]{1, 1}, cstr("1002"),
                        new byte[]{0, 0, 0}, TlvCodec.encode(List.of(new Tlv(0x0424, "payload".getBytes(
                                StandardCharsets.US_ASCII))))),
                pdu(PduStructure.SUBMIT_SM | PduStructure.RESPONSE_BIT, cstr("42")));
        return new FuzzTarget("smpp-pdu", seeds, input -> {
            int status = PduStructure.check(input);
            if (status < 0) {
                throw new IllegalStateException("negative status " + status);
            }
        }, null, 200);
    }

    public static FuzzTarget smppTlv() {
        List<byte[]> seeds = List.of(TlvCodec.encode(List.of(
                new Tlv(0x1d60, "0123456789abcdef".getBytes(StandardCharsets.US_ASCII)),
                new Tlv(0x1d62, "127.0.0.1:2775".getBytes(StandardCharsets.US_ASCII)),
                new Tlv(0x0204, new byte[]{0, 7}), new Tlv(0x020c, new byte[]{0, 1}))), new byte[0]);
        return new FuzzTarget("smpp-tlv", seeds, TlvCodec::decode, MalformedTlvException.class, 120);
    }

    public static FuzzTarget smppUdh() {
        byte[] text = "hello from the village".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> seeds = List.of(concat(new byte[]{5, 0, 3, 0x2a, 3, 1}, text),
                concat(new byte[]{6, 8, 4, 0x12, 0x34, 2, 2}, text),
                concat(new byte[]{11, 0, 3, 1, 2, 1, 5, 4, 0x0b, (byte) 0x84, 0, 0}, text));
        return new FuzzTarget("smpp-udh", seeds, UserDataHeader::parse, MalformedUdhException.class, 160);
    }

    public static FuzzTarget smppReceipt() {
        List<byte[]> seeds = List.of(("id:0123456789 sub:001 dlvrd:001 submit date:2601011200 done date:2601011201"
                        + " stat:DELIVRD err:000 text:hello").getBytes(StandardCharsets.US_ASCII),
                ("id:7 sub:001 dlvrd:000 submit date:2601011200 done date:2601011201 stat:UNDELIV err:001 text:")
                        .getBytes(StandardCharsets.US_ASCII));
        return new FuzzTarget("smpp-receipt", seeds, DeliveryReceipt::parse, MalformedReceiptException.class, 160);
    }

    public static FuzzTarget yamlConfig(Path scratch) {
        Path file = scratch.resolve("village.yaml");
        List<byte[]> seeds = List.of(("""
                site: north
                database: hlr.db
                gsup:
                  bind: 127.0.0.5:4223
                mslookup:
                  group: 239.192.23.43:4267
                  interface: lo
                  ttl: 4
                  domain-suffix: mesh.example
                services:
                  sip.voice: 127.0.0.5:5060
                  smpp.sms: "[fd00::5]:2775"
                http:
                  bind: 127.0.0.5:8043
                proxy:
                  enabled: false
                """).getBytes(StandardCharsets.UTF_8), ("""
                site: a
                database: /var/lib/dgsm/hlr.db
                sms:
                  listen: 127.0.0.7:2776
                  smsc: 127.0.0.1:2775
                  system-id: OSMPP
                  password: secret
                """).getBytes(StandardCharsets.UTF_8), "site: south\n".getBytes(StandardCharsets.UTF_8));
        return new FuzzTarget("yaml-config", seeds, input -> {
            Files.write(file, input);
            VillageConfigLoader.load(file).build();
        }, ConfigException.class, 400);
    }

    static byte[] cstr(String s) {
        return concat(s.getBytes(StandardCharsets.US_ASCII), new byte[]{0});
    }

    private static byte[] submitBody(String text) {
        byte[] sm = text.getBytes(StandardCharsets.US_ASCII);
        return concat(cstr(""), new byte[]{1, 1}, cstr("1001"), new byte[]{1, 1}, cstr("1002"),
                new byte[]{0, 0, 0}, cstr(""), cstr(""), new byte[]{1, 0, 0, 0, (byte) sm.length}, sm);
    }

    static byte[] pdu(int commandId, byte[]... body) {
        byte[] b = concat(body);
        return ByteBuffer.allocate(16 + b.length).putInt(16 + b.length).putInt(commandId).putInt(0).putInt(1).put(b)
                .array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

#!/usr/bin/perl
# A stand-in for the SMSC side of osmo-msc's SMPP interface, for tests: built on Net::SMPP
# (Debian package libnet-smpp-perl). It accepts an ESME bind, records every submit_sm, answers it like
# osmo-msc (message_id "msg_id_not_implemented" unless --message-id counter), sends an osmo-style
# delivery receipt for submits that ask for one, and sends deliver_sm (MO SMS) on command.
#
# Control: a TCP port on 127.0.0.1. The test sends commands as JSON lines; the script answers with event
# lines of space-separated key=value pairs, values percent-escaped, TLVs as tag:hex,tag:hex (tag in 4 hex
# digits); every event carries "t", the epoch time in seconds with sub-millisecond resolution.
#   {"cmd":"deliver","tag":T,"pdu":{...}}   queue a deliver_sm (fields as Net::SMPP names,
#                                            short_message_hex, tlvs:[{"tag":N,"hex":H}])
#   {"cmd":"raw","hex":H}                   write raw octets to the ESME connection
#   {"cmd":"set","submit_status":N,"receipts":"auto"|"none","window":N}
#   {"cmd":"drop"}                          close the ESME connection
# Events: ready, connected, bound, submit_sm, deliver_sent, deliver_sm_resp, receipt_sent,
#         generic_nack, enquire_link, unbind, closed, other.
# On start it prints "READY smpp=<port> control=<port>" to stdout.
use strict;
use warnings;
use Net::SMPP;
use IO::Socket::INET;
use IO::Select;
use JSON::PP;
use Time::HiRes qw(time);
use Getopt::Long;

$| = 1;
my %opt = (smpp_port => 0, control_port => 0, system_id => 'OSMPP', password => 'foo',
           message_id => 'fixed', receipts => 'auto', window => 10);
GetOptions('smpp-port=i' => \$opt{smpp_port}, 'control-port=i' => \$opt{control_port},
           'system-id=s' => \$opt{system_id}, 'password=s' => \$opt{password},
           'message-id=s' => \$opt{message_id}, 'receipts=s' => \$opt{receipts},
           'window=i' => \$opt{window})
    or die "usage: fake_smsc.pl [--smpp-port N] [--control-port N] [--system-id S] [--password P]"
         . " [--message-id fixed|counter] [--receipts auto|none] [--window N]\n";

my $json = JSON::PP->new->canonical;
my $listener = Net::SMPP->new_listen('127.0.0.1', port => $opt{smpp_port}, smpp_version => 0x34)
    or die "cannot listen for SMPP on port $opt{smpp_port}: $!\n";
my $control_listener = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $opt{control_port},
                                             Listen => 5, ReuseAddr => 1, Proto => 'tcp')
    or die "cannot listen for control on port $opt{control_port}: $!\n";
print "READY smpp=", $listener->sockport, " control=", $control_listener->sockport, "\n";

my $select = IO::Select->new($listener, $control_listener);
my ($esme, $control);
my $control_buffer = '';
my @backlog;            # events produced before the control client connected
my @to_deliver;         # queued deliver commands
my %outstanding;        # our deliver_sm seq => tag, waiting for deliver_sm_resp
my $submit_status = 0;
my $message_counter = 0;
my $sms_id = 0;

sub escape {
    my ($value) = @_;
    $value = '' unless defined $value;
    $value =~ s/([^A-Za-z0-9_.:,\-])/sprintf('%%%02X', ord $1)/ge;
    return $value;
}

sub emit {
    my ($event) = @_;
    $event->{t} = sprintf('%.6f', time);
    my @pairs = ('event=' . escape($event->{event}));
    for my $key (sort keys %$event) {
        next if $key eq 'event';
        my $value = $event->{$key};
        if (ref $value eq 'ARRAY') {
            $value = join(',', map { sprintf('%04x:%s', $_->{tag}, $_->{hex}) } @$value);
        }
        push @pairs, $key . '=' . escape($value);
    }
    my $line = join(' ', @pairs) . "\n";
    if ($control) {
        print $control $line;
    } else {
        push @backlog, $line;
    }
}

sub hex_of { return unpack('H*', defined $_[0] ? $_[0] : '') }

# The TLVs of a decoded PDU in wire order, as [{tag, hex}].
sub tlv_list {
    my ($pdu) = @_;
    my $copy = { data => $pdu->{data} };
    my $offset = Net::SMPP::decode_submit_v34($copy);
    my @tlvs;
    my $data = $pdu->{data};
    while ($offset + 4 <= length $data) {
        my ($tag, $len) = unpack 'nn', substr($data, $offset, 4);
        push @tlvs, { tag => $tag, hex => unpack('H*', substr($data, $offset + 4, $len)) };
        $offset += 4 + $len;
    }
    return \@tlvs;
}

sub fields_of {
    my ($pdu) = @_;
    my %f = map { $_ => $pdu->{$_} } qw(service_type source_addr_ton source_addr_npi source_addr dest_addr_ton
        dest_addr_npi destination_addr esm_class protocol_id priority_flag schedule_delivery_time validity_period
        registered_delivery replace_if_present_flag data_coding sm_default_msg_id);
    $f{short_message_hex} = hex_of($pdu->{short_message});
    $f{tlvs} = tlv_list($pdu);
    $f{body_hex} = hex_of($pdu->{data});
    $f{seq} = $pdu->{seq};
    return \%f;
}

# deliver_sm with Net::SMPP when every TLV has a name it knows; otherwise packed here (Net::SMPP would
# encode a numeric tag as an integer, not as the octets given).
sub send_deliver {
    my ($tag, $p) = @_;
    my @tlvs = @{ $p->{tlvs} || [] };
    my @named;
    my $all_named = 1;
    for my $t (@tlvs) {
        my $entry = Net::SMPP::param_tab->{ $t->{tag} };
        if ($entry) {
            push @named, $entry->{name}, pack('H*', $t->{hex});
        } else {
            $all_named = 0;
        }
    }
    my %mandatory = (
        service_type => $p->{service_type} // '',
        source_addr_ton => $p->{source_addr_ton} // 0, source_addr_npi => $p->{source_addr_npi} // 0,
        source_addr => $p->{source_addr} // '',
        dest_addr_ton => $p->{dest_addr_ton} // 0, dest_addr_npi => $p->{dest_addr_npi} // 0,
        destination_addr => $p->{destination_addr},
        esm_class => $p->{esm_class} // 0, protocol_id => $p->{protocol_id} // 0,
        priority_flag => $p->{priority_flag} // 0, schedule_delivery_time => '', validity_period => '',
        registered_delivery => $p->{registered_delivery} // 0, replace_if_present_flag => 0,
        data_coding => $p->{data_coding} // 0, sm_default_msg_id => 0,
        short_message => pack('H*', $p->{short_message_hex} // ''));
    my $seq;
    if ($all_named) {
        $seq = $esme->deliver_sm(async => 1, %mandatory, @named);
    } else {
        $seq = ++(${*$esme}{seq});
        my $body = pack('Z*CCZ*CCZ*CCCZ*Z*CCCCCa*', @mandatory{qw(service_type source_addr_ton source_addr_npi
            source_addr dest_addr_ton dest_addr_npi destination_addr esm_class protocol_id priority_flag
            schedule_delivery_time validity_period registered_delivery replace_if_present_flag data_coding
            sm_default_msg_id)}, length($mandatory{short_message}), $mandatory{short_message});
        $body .= pack('nna*', $_->{tag}, length(pack('H*', $_->{hex})), pack('H*', $_->{hex})) for @tlvs;
        $esme->syswrite(pack('NNNN', 16 + length($body), 0x00000005, 0, $seq) . $body);
    }
    $outstanding{$seq} = $tag;
    emit({ event => 'deliver_sent', tag => $tag, seq => $seq });
}

sub pump_deliveries {
    while ($esme && @to_deliver && scalar(keys %outstanding) < $opt{window}) {
        my $next = shift @to_deliver;
        send_deliver($next->{tag}, $next->{pdu});
    }
}

# What osmo-msc sends when the phone acknowledges an SMS that asked for a status report.
sub send_receipt {
    my ($submit, $message_id) = @_;
    my $id = $message_id eq 'msg_id_not_implemented' ? sprintf('%08d', ++$sms_id) : $message_id;
    my $text = "id:$id sub:000 dlvrd:000 submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DELIVRD err:000 text:";
    my @tlv;
    push @tlv, user_message_reference => $submit->{user_message_reference}
        if defined $submit->{user_message_reference};
    my $seq = $esme->deliver_sm(async => 1, service_type => 'CMT',
        source_addr_ton => 3, source_addr_npi => 1, source_addr => $submit->{destination_addr},
        dest_addr_ton => $submit->{source_addr_ton}, dest_addr_npi => $submit->{source_addr_npi},
        destination_addr => $submit->{source_addr},
        esm_class => 0x04, protocol_id => $submit->{protocol_id}, priority_flag => 0,
        schedule_delivery_time => '', validity_period => '', registered_delivery => 0,
        replace_if_present_flag => 0, data_coding => 0x02, sm_default_msg_id => 0,
        short_message => $text, @tlv);
    $outstanding{$seq} = 'receipt';
    emit({ event => 'receipt_sent', seq => $seq, source_addr => $submit->{destination_addr},
           destination_addr => $submit->{source_addr}, text => $text });
}

sub handle_pdu {
    my ($pdu) = @_;
    my $cmd = $pdu->{cmd};
    if ($cmd == 0x00000001 || $cmd == 0x00000002 || $cmd == 0x00000009) {
        my $ok = ($pdu->{system_id} // '') eq $opt{system_id} && ($pdu->{password} // '') eq $opt{password};
        my %resp = (1 => 'bind_receiver_resp', 2 => 'bind_transmitter_resp', 9 => 'bind_transceiver_resp');
        my $method = $resp{$cmd};
        $esme->$method(seq => $pdu->{seq}, status => $ok ? 0 : 0x0e, system_id => 'fake-msc');
        emit({ event => 'bound', ok => $ok ? 1 : 0, system_id => $pdu->{system_id},
               password => $pdu->{password}, bind => sprintf('0x%08x', $cmd) });
        pump_deliveries() if $ok;
    } elsif ($cmd == 0x00000004) {
        my $message_id = $opt{message_id} eq 'counter' ? 'm' . (++$message_counter) : 'msg_id_not_implemented';
        my $fields = fields_of($pdu);
        $fields->{event} = 'submit_sm';
        emit($fields);
        $esme->submit_sm_resp(seq => $pdu->{seq}, status => $submit_status,
                              message_id => $submit_status ? '' : $message_id);
        if (!$submit_status && $opt{receipts} eq 'auto' && ($pdu->{registered_delivery} & 1)
                && ($pdu->{esm_class} & 0x3c) == 0) {
            send_receipt($pdu, $message_id);
        }
    } elsif ($cmd == 0x80000005) {
        my $tag = delete $outstanding{ $pdu->{seq} };
        emit({ event => 'deliver_sm_resp', seq => $pdu->{seq}, status => $pdu->{status}, tag => $tag });
        pump_deliveries();
    } elsif ($cmd == 0x00000015) {
        $esme->enquire_link_resp(seq => $pdu->{seq});
        emit({ event => 'enquire_link', seq => $pdu->{seq} });
    } elsif ($cmd == 0x00000006) {
        $esme->unbind_resp(seq => $pdu->{seq});
        emit({ event => 'unbind', seq => $pdu->{seq} });
    } elsif ($cmd == 0x80000000) {
        my $tag = delete $outstanding{ $pdu->{seq} };
        emit({ event => 'generic_nack', seq => $pdu->{seq}, status => $pdu->{status}, tag => $tag });
        pump_deliveries();
    } else {
        emit({ event => 'other', cmd => sprintf('0x%08x', $cmd), seq => $pdu->{seq}, status => $pdu->{status},
               body_hex => hex_of($pdu->{data}) });
    }
}

sub drop_esme {
    return unless $esme;
    $select->remove($esme);
    close $esme;
    $esme = undef;
    %outstanding = ();
    emit({ event => 'closed' });
}

sub handle_command {
    my ($c) = @_;
    my $cmd = $c->{cmd} // '';
    if ($cmd eq 'deliver') {
        push @to_deliver, { tag => $c->{tag}, pdu => $c->{pdu} };
        pump_deliveries();
    } elsif ($cmd eq 'raw') {
        $esme->syswrite(pack('H*', $c->{hex})) if $esme;
    } elsif ($cmd eq 'set') {
        $submit_status = $c->{submit_status} if defined $c->{submit_status};
        $opt{receipts} = $c->{receipts} if defined $c->{receipts};
        $opt{window} = $c->{window} if defined $c->{window};
    } elsif ($cmd eq 'drop') {
        drop_esme();
    } else {
        emit({ event => 'error', message => "unknown command '$cmd'" });
    }
}

emit({ event => 'ready' });
while (1) {
    for my $fh ($select->can_read(1)) {
        if ($fh == $listener) {
            my $connection = $listener->accept or next;
            drop_esme() if $esme;
            $esme = $connection;
            $select->add($esme);
            emit({ event => 'connected', peer_port => $esme->peerport });
        } elsif ($fh == $control_listener) {
            $control = $control_listener->accept or next;
            $control->autoflush(1);
            $select->add($control);
            print $control $_ for @backlog;
            @backlog = ();
        } elsif ($control && $fh == $control) {
            my $n = sysread($control, my $chunk, 65536);
            exit 0 unless $n;    # the test went away
            $control_buffer .= $chunk;
            while ($control_buffer =~ s/^([^\n]*)\n//) {
                handle_command($json->decode($1)) if length $1;
            }
        } elsif ($esme && $fh == $esme) {
            my $pdu = $esme->read_pdu();
            if (!$pdu) {
                drop_esme();
                next;
            }
            handle_pdu($pdu);
        }
    }
}

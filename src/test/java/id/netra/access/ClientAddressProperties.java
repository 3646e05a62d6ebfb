package id.netra.access;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** IPv6 clients are counted by their /64, IPv4 clients by their address, however the address is written. */
class ClientAddressProperties {

    @Provide
    Arbitrary<byte[]> ipv6() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16)
                // not an IPv4-mapped address, which Java reads as IPv4
                .filter(b -> !(b[10] == (byte) 0xFF && b[11] == (byte) 0xFF && allZero(b, 0, 10)));
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    @Property
    void addressesInOneSlash64ShareAKeyAndOtherNetworksDoNot(@ForAll("ipv6") byte[] a, @ForAll("ipv6") byte[] b)
            throws UnknownHostException {
        byte[] sameNetwork = a.clone();
        System.arraycopy(b, 8, sameNetwork, 8, 8);
        String keyA = ClientAddress.key(InetAddress.getByAddress(a).getHostAddress());
        assertThat(ClientAddress.key(InetAddress.getByAddress(sameNetwork).getHostAddress())).isEqualTo(keyA);
        boolean samePrefix = java.util.Arrays.equals(a, 0, 8, b, 0, 8);
        assertThat(ClientAddress.key(InetAddress.getByAddress(b).getHostAddress()).equals(keyA)).isEqualTo(samePrefix);
    }

    @Property
    void anIpv6AddressHasOneKeyHoweverItIsWritten(@ForAll("ipv6") byte[] a) throws UnknownHostException {
        String canonical = InetAddress.getByAddress(a).getHostAddress();
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            full.append(i == 0 ? "" : ":").append(String.format("%04X", ((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF)));
        }
        assertThat(ClientAddress.key(full.toString())).isEqualTo(ClientAddress.key(canonical));
        assertThat(ClientAddress.key("[" + canonical + "]")).isEqualTo(ClientAddress.key(canonical));
    }

    @Property
    void ipv4ClientsAreCountedOneByOne(@ForAll("ipv4") String a, @ForAll("ipv4") String b) {
        assertThat(ClientAddress.key(a).equals(ClientAddress.key(b))).isEqualTo(a.equals(b));
        assertThat(ClientAddress.key("::ffff:" + a)).isEqualTo(ClientAddress.key(a));
    }

    @Property
    void anIpv6AddressIsWrittenOneWayAsPeopleWriteIt(@ForAll("ipv6") byte[] a, @ForAll boolean upper, @ForAll boolean bracketed)
            throws UnknownHostException {
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            full.append(i == 0 ? "" : ":").append(String.format(upper ? "%04X" : "%x", ((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF)));
        }
        String canonical = ClientAddress.canonical(bracketed ? "[" + full + "]" : full.toString());
        // The same address, lower case, no group with a leading zero, "::" at most once and only for two or more zero groups.
        assertThat(InetAddress.getByName(canonical).getAddress()).isEqualTo(a);
        assertThat(canonical).isEqualTo(canonical.toLowerCase(java.util.Locale.ROOT)).doesNotContain(":::");
        assertThat(canonical.split("::", -1).length).isLessThanOrEqualTo(2);
        assertThat(canonical).doesNotMatch("(^|.*:)0[0-9a-f].*");
        assertThat(ClientAddress.canonical(canonical)).isEqualTo(canonical);
        // "::" stands for the longest run of zero groups, the first of equals: no run written out is longer, none
        // before it as long, and without "::" no two zero groups stand together.
        String[] halves = canonical.split("::", -1);
        int written = 0;
        for (String half : halves) {
            written += half.isEmpty() ? 0 : half.split(":").length;
        }
        int compressed = halves.length == 2 ? 8 - written : 0;
        assertThat(longestZeroRun(halves[0])).isLessThan(Math.max(compressed, 2));
        if (halves.length == 2) {
            assertThat(compressed).isGreaterThanOrEqualTo(2);
            assertThat(longestZeroRun(halves[1])).isLessThanOrEqualTo(compressed);
        }
    }

    private static int longestZeroRun(String groups) {
        int longest = 0;
        int run = 0;
        for (String group : groups.isEmpty() ? new String[0] : groups.split(":")) {
            run = group.equals("0") ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @org.junit.jupiter.api.Test
    void aShorterZeroRunAfterTheLongestStaysWrittenOut() {
        // found by a generated address in CI: five zero groups, 100, then two zero groups
        assertThat(ClientAddress.canonical("0:0:0:0:0:100:0:0")).isEqualTo("::100:0:0");
        assertThat(ClientAddress.canonical("0:0:1:0:0:1:0:0")).isEqualTo("::1:0:0:1:0:0");
    }

    @Property
    void anIpv4AddressMappedIntoIpv6ReadsAsItself(@ForAll("ipv4") String a) {
        assertThat(ClientAddress.canonical("::ffff:" + a)).isEqualTo(a);
        assertThat(ClientAddress.canonical("0:0:0:0:0:FFFF:" + a)).isEqualTo(a);
        assertThat(ClientAddress.canonical(a)).isEqualTo(a);
    }

    @org.junit.jupiter.api.Test
    void theLoopbackAndOtherAddressesReadAsPeopleWriteThem() {
        assertThat(ClientAddress.canonical("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(ClientAddress.canonical("[0:0:0:0:0:0:0:1]")).isEqualTo("::1");
        assertThat(ClientAddress.canonical("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(ClientAddress.canonical("2001:DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(ClientAddress.canonical("2001:db8:0:1:1:1:1:1")).as("one zero group stays").isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(ClientAddress.canonical("2001:0:0:1:0:0:0:1")).as("the longer run").isEqualTo("2001:0:0:1::1");
        assertThat(ClientAddress.canonical("fe80:0:0:0:0:0:0:1%eth0")).isEqualTo("fe80::1%eth0");
        assertThat(ClientAddress.canonical("0:0:0:0:0:ffff:a01:203")).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.canonical("unknown")).isEqualTo("unknown");
        assertThat(ClientAddress.canonical("gateway.example")).isEqualTo("gateway.example");
        assertThat(ClientAddress.canonical("12:zz")).isEqualTo("12:zz");
        assertThat(ClientAddress.canonical("")).isEmpty();
        assertThat(ClientAddress.canonical(null)).isNull();
    }

    @Provide
    Arbitrary<String> ipv4() {
        return Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
    }
}

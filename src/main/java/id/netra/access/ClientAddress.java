package id.netra.access;

import jakarta.servlet.http.HttpServletRequest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client is counted by in rate limits and sign-in throttling: an IPv4 address as it is, an IPv6 client by
 * its /64 network (one subscriber is given a whole /64, and walks through its addresses for free). Behind a reverse
 * proxy, {@code server.forward-headers-strategy} makes the remote address the client's. And the address as a reader reads
 * it ({@link #canonical}), in the audit trail.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * An address as people write it (RFC 5952): an IPv6 address in lower case with its longest run of zero groups as
     * {@code ::} ({@code ::1}, not the container's {@code 0:0:0:0:0:0:0:1}), an IPv4-mapped one as its IPv4 address; a
     * zone ({@code %eth0}) kept. Anything that is no literal address is returned as it is, null as null.
     */
    public static String canonical(String address) {
        if (address == null) {
            return null;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zoneAt = literal.indexOf('%');
        String zone = zoneAt < 0 ? "" : literal.substring(zoneAt);
        String bare = zoneAt < 0 ? literal : literal.substring(0, zoneAt);
        // Only an IPv6 literal is parsed (an IPv4 address is already written one way): never a name lookup.
        if (!bare.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*") || bare.indexOf(':') < 0) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(bare);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            byte[] b = parsed.getAddress();
            int[] groups = new int[8];
            for (int i = 0; i < 8; i++) {
                groups[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
            }
            // The longest run of two or more zero groups, the first of equals, is written "::".
            int runAt = -1;
            int runLength = 1;
            for (int i = 0; i < 8; i++) {
                int j = i;
                while (j < 8 && groups[j] == 0) {
                    j++;
                }
                if (j - i > runLength) {
                    runAt = i;
                    runLength = j - i;
                }
                i = Math.max(i, j);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == runAt) {
                    sb.append("::");
                    i += runLength - 1;
                    continue;
                }
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                    sb.append(':');
                }
                sb.append(Integer.toHexString(groups[i]));
            }
            return sb.append(zone).toString();
        } catch (UnknownHostException | SecurityException | IllegalArgumentException e) {
            return address;
        }
    }

    public static String key(HttpServletRequest request) {
        return key(request.getRemoteAddr());
    }

    public static String key(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isEmpty()) {
            return "unknown";
        }
        // Only literal addresses are parsed: never a name lookup.
        if (remoteAddress.indexOf(':') < 0 && !remoteAddress.matches("[0-9.]+")) {
            return remoteAddress;
        }
        try {
            InetAddress address = InetAddress.getByName(remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                    ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress);
            if (address instanceof Inet4Address) {
                return address.getHostAddress();
            }
            if (address instanceof Inet6Address) {
                byte[] b = address.getAddress();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    sb.append(Integer.toHexString(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF))).append(':');
                }
                return sb.append(":/64").toString();
            }
        } catch (UnknownHostException | SecurityException e) {
            // not a literal address; counted as given
        }
        return remoteAddress;
    }
}

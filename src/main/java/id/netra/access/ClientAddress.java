package id.netra.access;

import jakarta.servlet.http.HttpServletRequest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client is counted by in rate limits and sign-in throttling: an IPv4 address as it is, an IPv6 client by
 * its /64 network (one subscriber is given a whole /64, and walks through its addresses for free). Behind a reverse
 * proxy, {@code server.forward-headers-strategy} makes the remote address the client's.
 */
public final class ClientAddress {

    private ClientAddress() {
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

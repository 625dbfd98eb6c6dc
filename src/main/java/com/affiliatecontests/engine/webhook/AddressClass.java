package com.affiliatecontests.engine.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Whether an address is on the public internet. Everything a store's own network or the machine
 * itself answers on is not: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, fe80::/10, where cloud metadata services listen), shared (100.64/10), "this network"
 * (0/8, ::), multicast, broadcast, reserved and documentation ranges; IPv6 forms that carry an IPv4
 * address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.
 */
public final class AddressClass {

    private AddressClass() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return isPublicV4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(address.getAddress());
        }
        return false;
    }

    static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0                                   // "this network"
                || b0 == 10                                // private
                || b0 == 127                               // loopback
                || b0 >= 224                               // multicast, reserved, broadcast
                || (b0 == 100 && b1 >= 64 && b1 <= 127)    // shared address space (carrier NAT)
                || (b0 == 169 && b1 == 254)                // link-local, cloud metadata
                || (b0 == 172 && b1 >= 16 && b1 <= 31)     // private
                || (b0 == 192 && b1 == 168)                // private
                || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) // IETF protocol assignments, TEST-NET-1
                || (b0 == 198 && (b1 == 18 || b1 == 19))   // RFC 2544 device testing
                || (b0 == 198 && b1 == 51 && b2 == 100)    // TEST-NET-2
                || (b0 == 203 && b1 == 0 && b2 == 113));   // TEST-NET-3
    }

    static boolean isPublicV6(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if (leadingZeroBytes(a) >= 10 && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return isPublicV4(tail(a, 12));                // ::ffff:a.b.c.d, mapped
        }
        if (leadingZeroBytes(a) >= 12) {
            return false;                                  // ::, ::1 and the deprecated ::a.b.c.d
        }
        if (b0 == 0x00 && b1 == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return isPublicV4(tail(a, 12));                // 64:ff9b::/96, NAT64
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return isPublicV4(tail(a, 2));                 // 2002::/16, 6to4
        }
        return !((b0 & 0xfe) == 0xfc                       // fc00::/7, unique local
                || b0 == 0xff                              // multicast
                || (b0 == 0xfe && (b1 & 0x80) == 0x80)     // fe80::/10 link-local, fec0::/10 site-local
                || (b0 == 0x20 && b1 == 0x01 && (a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8)); // documentation
    }

    private static int leadingZeroBytes(byte[] a) {
        int n = 0;
        while (n < a.length && a[n] == 0) {
            n++;
        }
        return n;
    }

    private static byte[] tail(byte[] a, int from) {
        return new byte[] {a[from], a[from + 1], a[from + 2], a[from + 3]};
    }
}

// Nagle's algorithm off on the kiosk's connections to the county.
//
// Qt Network 6.4 opens its HTTP connections with Nagle's algorithm on and gives no access to their sockets
// (QHttpNetworkConnectionChannel leaves LowDelayOption commented out). A request body is written in several
// pieces, so its last small TCP segment waits for the ACK of the previous one, and the county, like any
// Linux host, delays that ACK by up to 40 ms: every batch and every attachment paid it. The sockets are
// ordinary file descriptors of this process, so they are found in /proc/self/fd and given TCP_NODELAY,
// which only changes when bytes leave, never what is sent.
#pragma once

#include <QtGlobal>

namespace bianmin {

/** Sets TCP_NODELAY on this process's TCP sockets connected to `port` on the peer. Returns how many it
 *  changed (0 when all of them had it already, or on systems without /proc). */
int disableNagleOnConnectionsTo(quint16 port);

} // namespace bianmin

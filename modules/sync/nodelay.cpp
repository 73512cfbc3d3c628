#include "nodelay.h"

#include <cstdlib>

#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace bianmin {

namespace {

/** The peer's port when `fd` is a connected TCP socket over IPv4 or IPv6, else 0. */
quint16 tcpPeerPort(int fd)
{
    int type = 0;
    socklen_t length = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return 0;
    sockaddr_storage peer{};
    length = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return 0;
    if (peer.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(peer).sin_port);
    if (peer.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(peer).sin6_port);
    return 0; // a Unix socket (D-Bus, X11, ...): not ours to touch
}

} // namespace

int disableNagleOnConnectionsTo(quint16 port)
{
    DIR *fds = opendir("/proc/self/fd");
    if (!fds)
        return 0;
    int changed = 0;
    while (const dirent *entry = readdir(fds)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == dirfd(fds))
            continue;
        if (tcpPeerPort(static_cast<int>(fd)) != port)
            continue;
        int on = 0;
        socklen_t length = sizeof on;
        if (getsockopt(static_cast<int>(fd), IPPROTO_TCP, TCP_NODELAY, &on, &length) == 0 && on)
            continue;
        on = 1;
        if (setsockopt(static_cast<int>(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    closedir(fds);
    return changed;
}

} // namespace bianmin

"""python3 scripts/port_free.py HOST PORT: print nothing if HOST:PORT can be listened on, as `manage.py runserver`
will listen on it, else one line saying why and what to do.

`make demo` runs it with the system python3 before any other step (no venv, no migrate), so a busy port is told at
once instead of after the set-up. Standard library only.
"""

import errno
import socket
import sys


def port_problem(host: str, raw_port: str) -> str:
    """'' when a server can listen on host:port, else the one-line reason with the next step."""
    try:
        port = int(raw_port)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        return f"PORT must be a whole number from 1 to 65535, not {raw_port!r}: e.g. make demo PORT=8001"
    other = port + 1 if port < 65535 else port - 1
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As runserver (socketserver's allow_reuse_address): a port left in TIME_WAIT counts as free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"port {port} on {host} is already in use: stop what listens there or run make demo PORT={other}"
            return f"cannot listen on {host}:{port} ({exc.strerror}): run make demo PORT={other}"
    return ""


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 scripts/port_free.py HOST PORT")
    print(port_problem(sys.argv[1], sys.argv[2]))

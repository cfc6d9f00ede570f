"""One window per data folder: a second launch hands over to the running window over a local socket.

The data folder's lock (storage/lock.py) decides who owns the folder; the socket only lets a
second launch ask the owner to come to the front. Only local sockets are used.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE_REQUEST = b"raise\n"
RAISED_REPLY = b"raised\n"
#: how long a second launch waits for the running window to answer
ANSWER_TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """The local server's name for a data folder: the same for every spelling of its path."""
    resolved = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return f"resume-builder-{digest}"


def ask_running_window_to_raise(data_dir: Path, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """True when a window open on `data_dir` answered and came to the front."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(RAISE_REQUEST)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while not reply.endswith(b"\n"):
            if not socket.waitForReadyRead(timeout_ms):
                return False
            reply += bytes(socket.readAll().data())
        return reply == RAISED_REPLY
    finally:
        socket.abort()


class InstanceServer(QObject):
    """Listens for second launches on the data folder this process holds the lock of."""

    #: a second launch asked for the window
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)
        self._name = server_name(data_dir)

    def listen(self) -> bool:
        """Starts listening; a name left by a process that died is taken over.

        Only the holder of the data folder's lock calls this, so any server already under
        the name is stale.
        """
        if self.server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)
        return self.server.listen(self._name)

    def close(self) -> None:
        """Stops listening (the window is closing)."""
        self.server.close()

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == RAISE_REQUEST:
            self.raise_requested.emit()
            socket.write(RAISED_REPLY)
            socket.flush()
        socket.disconnectFromServer()

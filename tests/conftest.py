"""Test-wide setup: offscreen Qt, a data folder per test, and no network at all."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

# Offscreen Qt, on a 1600 x 1000 screen like the one the app is designed for (the plugin's
# default 800 x 600 squeezes windows below their minimum size).
_SCREEN = Path(__file__).parent / "data" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.pop("RESUME_BUILDER_DATA", None)

_ALLOWED_FAMILIES = {getattr(socket, "AF_UNIX", None), getattr(socket, "AF_NETLINK", None)} - {None}
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto


class NetworkBlockedError(AssertionError):
    """A test tried to reach the network, which the app must never need."""


def _refuse(sock: socket.socket, address: object) -> None:
    if sock.family not in _ALLOWED_FAMILIES:
        raise NetworkBlockedError(f"network access attempted: {address!r}")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _refuse(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _refuse(self, address)
    return _real_connect_ex(self, address)


def _guarded_sendto(self: socket.socket, data: bytes, *args: object) -> int:
    _refuse(self, args[-1] if args else None)
    return _real_sendto(self, data, *args)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Points the data folder, settings and config folders at a fresh temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RESUME_BUILDER_DATA", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def isolated_settings(isolated_environment):
    """Each test gets its own QSettings file (Qt caches the settings path per process)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("resume-builder-tests")
    QCoreApplication.setApplicationName("resume-builder-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_environment / "qt")
    )
    yield


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Collects each test's cyclic garbage before the next test's event loop runs.

    Widgets closed in one test are deleted by Qt later (deleteLater); a Python wrapper of
    an item such a widget owned, if still in a reference cycle, must not be collected after
    Qt freed the item (shiboken then aborts with std::bad_typeid mid-suite).
    """
    yield
    import gc

    gc.collect()

"""The server as production runs it: prefork workers, the gevent process (websocket / bus) and a cron thread.

A second server is started on this test's database with ``--workers 2``; the test waits until it
answers ``/web/health``, opens a websocket on its gevent port as a browser does (same origin), and
checks that the gevent process came up once and stayed up (a crash at start, such as gevent's
``DistributionNotFound: zope.interface`` with a mismatched zope.interface, makes Odoo restart it in
a loop: every restart logs "Evented Service" again).
"""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

import odoo
from odoo.tests import BaseCase, tagged
from odoo.tools import config


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@tagged("post_install", "-at_install")
class TestWorkerMode(BaseCase):
    """Not a TransactionCase: the other server must see the installed database, not a test transaction."""

    STARTUP_SECONDS = 90
    ALIVE_SECONDS = 8

    def setUp(self):
        super().setUp()
        self.http_port, self.gevent_port = _free_port(), _free_port()
        self.log = tempfile.NamedTemporaryFile(prefix="aftersales-workers-", suffix=".log", delete=False)
        self.addCleanup(os.unlink, self.log.name)
        odoo_bin = os.path.join(os.path.dirname(os.path.dirname(odoo.__file__)), "odoo-bin")
        db = config["db_name"].split(",")[0] if isinstance(config["db_name"], str) else config["db_name"][0]
        args = [
            sys.executable,
            odoo_bin,
            "--database",
            db,
            "--db-filter",
            f"^{db}$",
            "--addons-path",
            config["addons_path"],
            "--workers",
            "2",
            "--max-cron-threads",
            "1",
            "--http-interface",
            "127.0.0.1",
            "--http-port",
            str(self.http_port),
            "--gevent-port",
            str(self.gevent_port),
            "--no-database-list",
            "--log-level",
            "info",
            "--logfile",
            self.log.name,
        ]
        if config.get("db_user"):
            args += ["--db_user", config["db_user"]]
        if config.get("data_dir"):
            args += ["--data-dir", config["data_dir"]]
        self.server = subprocess.Popen(args, start_new_session=True)
        self.addCleanup(self._stop)

    def _stop(self):
        if self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
                self.server.wait(10)

    def _log(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as log:
            return log.read()

    def _wait_for_health(self):
        deadline = time.monotonic() + self.STARTUP_SECONDS
        while time.monotonic() < deadline:
            self.assertIsNone(self.server.poll(), f"the server stopped:\n{self._log()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/web/health", timeout=5) as reply:
                    if reply.status == 200:
                        return json.loads(reply.read())
            except OSError:
                time.sleep(1)
        self.fail(f"no answer on /web/health within {self.STARTUP_SECONDS} s:\n{self._log()[-3000:]}")

    def test_workers_gevent_and_websocket(self):
        self.assertEqual(self._wait_for_health().get("status"), "pass")
        host = f"127.0.0.1:{self.gevent_port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                ws = websocket.create_connection(f"ws://{host}/websocket", origin=f"http://{host}", timeout=10)
                break
            except OSError:
                if time.monotonic() > deadline:
                    self.fail(f"the gevent process does not accept websockets:\n{self._log()[-3000:]}")
                time.sleep(1)
        try:
            ws.send(json.dumps({"event_name": "subscribe", "data": {"channels": [], "last": 0}}))
            ws.ping()
            self.assertTrue(ws.connected, "the websocket stays open after subscribing")
        finally:
            ws.close()
        time.sleep(self.ALIVE_SECONDS)
        log = self._log()
        self.assertNotIn("DistributionNotFound", log)
        self.assertEqual(log.count("Evented Service (longpolling) running"), 1, "gevent started once, not in a loop")
        self.assertGreaterEqual(log.count("Worker WorkerHTTP"), 2, "two HTTP workers")
        self.assertIn("WorkerCron", log, "a cron worker")
        self.assertIsNone(self.server.poll())

"""Load test: K concurrent XML-RPC clients against a server in worker mode on this machine (loopback only,
bounded in time), doing what the staff do all day, then checking that nothing was lost or doubled.

Three phases of ``--seconds`` each, every client logged in as the demo user of its role:
1. the mix: call-centre agents open cases (with the odometer the caller reads out), station advisers
   record odometer readings, submit part requests that the deputy general manager approves, callback
   agents record the outcome of their callbacks;
2. case creation only, on our database;
3. the same case creation on a database with plain OCA helpdesk_mgmt: the ratio of the two.

Then, on our database: every successful call left exactly one record (cases, readings, part requests,
callbacks done), no case number twice, every approved request approved once.

    tests/bench/run --load           (creates the databases, then runs this)
    .venv/bin/python tests/bench/load_test.py --db aftersales_load --plain-db aftersales_bench_plain \\
        --clients 8 --seconds 60 --workers 4
"""

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import xmlrpc.client
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from benchenv import ODOO_SRC, ROOT  # noqa: E402


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """odoo-bin in worker mode on a loopback port, for one database."""

    def __init__(self, db, workers):
        import sysconfig

        site = sysconfig.get_paths()["purelib"]
        self.port, self.gevent_port = _free_port(), _free_port()
        self.log = tempfile.NamedTemporaryFile(prefix=f"load-{db}-", suffix=".log", delete=False).name
        addons = [f"{ROOT}/addons", f"{site}/odoo/addons", f"{ODOO_SRC}/addons", f"{ODOO_SRC}/odoo/addons"]
        args = [
            sys.executable,
            f"{ODOO_SRC}/odoo-bin",
            "--database",
            db,
            "--db-filter",
            f"^{db}$",
            "--addons-path",
            ",".join(addons),
            "--workers",
            str(workers),
            "--max-cron-threads",
            "0",
            "--http-interface",
            "127.0.0.1",
            "--http-port",
            str(self.port),
            "--gevent-port",
            str(self.gevent_port),
            "--limit-time-real",
            "300",
            "--limit-time-cpu",
            "120",
            "--log-level",
            "warn",
            "--logfile",
            self.log,
        ]
        if os.environ.get("PGUSER") or os.geteuid() == 0:
            args += ["--db_user", os.environ.get("PGUSER", "root")]
        self.process = subprocess.Popen(args, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/web/health", timeout=5) as reply:
                    if json.loads(reply.read()).get("status") == "pass":
                        return
            except OSError:
                time.sleep(1)
        self.stop()
        raise SystemExit(f"the server on {db} did not start; see {self.log}")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)


class Client:
    """One user's XML-RPC session (xmlrpc.client proxies are not shared between threads)."""

    def __init__(self, url, db, login):
        self.db, self.password = db, login  # the demo database: every demo password is its login
        self.uid = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common").authenticate(db, login, self.password, {})
        if not self.uid:
            raise SystemExit(f"cannot log in as {login} on {db}")
        self.models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)

    def __call__(self, model, method, *args, **kwargs):
        return self.models.execute_kw(self.db, self.uid, self.password, model, method, list(args), kwargs)


def _xmlid(admin, xmlid):
    module, name = xmlid.split(".")
    data = admin("ir.model.data", "search_read", [("module", "=", module), ("name", "=", name)], ["res_id"])
    return data[0]["res_id"]


def _vin(tag, n):
    # 17 characters of A-Z and 0-9 without I, O, Q, unique per run and client.
    digits = f"{tag}{n:06d}"[-11:]
    return f"LDT{'ABCDEFGH'[n % 8]}{'JKLMN'[n % 5]}{'PRSTU'[n % 5]}{digits}"


def _fixtures(url, db, clients, tag):
    """What the clients work on: one vehicle of the Beijing station per client (so two advisers never
    record readings on one vehicle at once) and a stack of scheduled callbacks per client."""
    admin = Client(url, db, "admin")
    station = _xmlid(admin, "aftersales_base.station_beijing")
    customer = _xmlid(admin, "aftersales_base.customer_zhang_wei")
    model = _xmlid(admin, "aftersales_base.product_model_sedan")
    part = _xmlid(admin, "aftersales_repair.product_part_brake_pads")
    agent = admin("res.users", "search", [("login", "=", "callback.agent")])[0]
    vehicles = admin(
        "aftersales.vehicle",
        "create",
        [
            {"vin": _vin(tag, n), "product_id": model, "partner_id": customer, "station_id": station}
            for n in range(clients)
        ],
    )
    today = time.strftime("%Y-%m-%d")
    callbacks = []
    for _chunk in range(clients):
        callbacks += admin(
            "aftersales.callback",
            "create",
            [
                {"partner_id": customer, "scheduled_date": today, "deadline": today, "user_id": agent}
                for _n in range(60)
            ],
        )
    return {
        "vehicles": vehicles,
        "callbacks": [callbacks[i::clients] for i in range(clients)],
        "part": part,
        "customer": customer,
    }


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


class Phase:
    def __init__(self, name):
        self.name = name
        self.latencies = defaultdict(list)
        self.errors = defaultdict(int)
        self.error_samples = set()
        self.done = defaultdict(list)  # operation -> ids it created or moved
        self.lock = threading.Lock()
        self.elapsed = 0.0

    def timed(self, operation, action):
        started = time.perf_counter()
        try:
            result = action()
        except (xmlrpc.client.Fault, OSError) as error:
            with self.lock:
                self.errors[operation] += 1
                self.error_samples.add(f"{operation}: {str(error)[-120:]}")
            return None
        with self.lock:
            self.latencies[operation].append(time.perf_counter() - started)
            self.done[operation].append(result)
        return result

    def figures(self):
        calls = sum(len(values) for values in self.latencies.values())
        yield (f"{self.name}: operations per second", calls / self.elapsed, "op/s")
        for operation, values in sorted(self.latencies.items()):
            yield (f"{self.name}: {operation}: count", len(values), "")
            for share in (0.5, 0.95, 0.99):
                yield (f"{self.name}: {operation}: p{int(share * 100)}", _percentile(values, share) * 1000, "ms")
        yield (f"{self.name}: errors", sum(self.errors.values()), "")


def _run_clients(phase, seconds, clients, work):
    threads = [threading.Thread(target=work, args=(index, time.monotonic() + seconds)) for index in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    phase.elapsed = time.perf_counter() - started


def _mix(url, db, fixtures, tag, phase, seconds, clients):
    def work(index, deadline):
        agent = Client(url, db, "call.centre")
        adviser = Client(url, db, "station.beijing")
        approver = Client(url, db, "deputy.gm")
        caller = Client(url, db, "callback.agent")
        vehicle = fixtures["vehicles"][index]
        callbacks = list(fixtures["callbacks"][index])
        odometer = 1000
        rng = random.Random(index)
        n = 0
        while time.monotonic() < deadline:
            n += 1
            pick = rng.random()
            if pick < 0.4:
                odometer += 10
                case = {
                    "name": f"{tag} case {index}-{n}",
                    "description": "发动机故障灯亮",
                    "vehicle_id": vehicle,
                    "partner_id": fixtures["customer"],
                    "odometer": odometer,
                }
                phase.timed("open a case", lambda case=case: agent("helpdesk.ticket", "create", case))
            elif pick < 0.65:
                odometer += 10
                reading = {"vehicle_id": vehicle, "value": odometer}
                phase.timed(
                    "record an odometer reading",
                    lambda reading=reading: adviser("aftersales.odometer.reading", "create", reading),
                )
            elif pick < 0.85:

                def request():
                    request_id = adviser(
                        "aftersales.part.request",
                        "create",
                        {
                            "purpose": "paid",
                            "partner_id": fixtures["customer"],
                            "vehicle_id": vehicle,
                            "line_ids": [(0, 0, {"product_id": fixtures["part"], "quantity": 1})],
                        },
                    )
                    adviser("aftersales.part.request", "action_submit", [request_id])
                    approver("aftersales.part.request", "action_approve", [request_id])
                    return request_id

                phase.timed("submit and approve a part request", request)
            elif callbacks:
                callback = callbacks.pop()

                def fill(callback=callback):
                    caller("aftersales.callback", "write", [callback], {"outcome": "satisfied"})
                    caller("aftersales.callback", "action_done", [callback])
                    return callback

                phase.timed("record a callback's outcome", fill)

    _run_clients(phase, seconds, clients, work)


def _cases_only(url, db, tag, phase, seconds, clients, login, partner=None):
    def work(index, deadline):
        user = Client(url, db, login)
        n = 0
        while time.monotonic() < deadline:
            n += 1
            values = {"name": f"{tag} only {index}-{n}", "description": "Engine light"}
            if partner:
                values["partner_id"] = partner
            phase.timed("open a case", lambda values=values: user("helpdesk.ticket", "create", values))

    _run_clients(phase, seconds, clients, work)


def _check_nothing_lost(url, db, tag, mix, only):
    """Every successful call left its record, once."""
    admin = Client(url, db, "admin")
    cases = admin("helpdesk.ticket", "search_read", [("name", "=like", f"{tag} %")], ["number"])
    numbers = [case["number"] for case in cases]
    expected_cases = len(mix.done["open a case"]) + len(only.done["open a case"])
    readings = admin(
        "aftersales.odometer.reading",
        "search_count",
        [("id", "in", [r for r in mix.done["record an odometer reading"] if r])],
    )
    answered = mix.done["submit and approve a part request"]
    requests = admin("aftersales.part.request", "search_read", [("id", "in", answered)], ["state"])
    done_callbacks = admin(
        "aftersales.callback",
        "search_count",
        [("id", "in", mix.done["record a callback's outcome"]), ("state", "=", "done")],
    )
    yield ("check: cases created = cases answered", len(cases) - expected_cases, "missing or extra")
    yield ("check: case numbers given twice", len(numbers) - len(set(numbers)), "")
    yield ("check: readings missing", len(mix.done["record an odometer reading"]) - readings, "")
    yield ("check: part requests answered but missing", len(answered) - len(requests), "")
    yield ("check: part requests answered but not approved", sum(r["state"] != "approved" for r in requests), "")
    yield ("check: callbacks not done", len(mix.done["record a callback's outcome"]) - done_callbacks, "")


def main():
    args = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    args.add_argument("--db", default="aftersales_load", help="our addons with their demo data")
    args.add_argument("--plain-db", default="aftersales_bench_plain", help="plain helpdesk_mgmt")
    args.add_argument("--clients", type=int, default=8)
    args.add_argument("--seconds", type=int, default=60)
    args.add_argument("--workers", type=int, default=4)
    options = args.parse_args()
    tag = f"LT{int(time.time()) % 100000:05d}"
    print(f"load test {tag}: {options.clients} clients, {options.seconds} s per phase, {options.workers} workers")

    def show(figures):
        for name, value, unit in figures:
            print(f"{name:<66} {value:>10.1f} {unit}", flush=True)

    server = Server(options.db, options.workers)
    try:
        fixtures = _fixtures(server.url, options.db, options.clients, tag)
        mix = Phase("mix")
        _mix(server.url, options.db, fixtures, tag, mix, options.seconds, options.clients)
        show(mix.figures())
        only = Phase("cases only (ours)")
        _cases_only(server.url, options.db, tag, only, options.seconds, options.clients, "call.centre")
        show(only.figures())
        show(_check_nothing_lost(server.url, options.db, tag, mix, only))
        for sample in sorted(mix.error_samples):
            print(f"  error sample: {sample}")
    finally:
        server.stop()
    plain_server = Server(options.plain_db, options.workers)
    try:
        plain = Phase("cases only (plain helpdesk_mgmt)")
        _cases_only(plain_server.url, options.plain_db, tag, plain, options.seconds, options.clients, "admin")
        show(plain.figures())
    finally:
        plain_server.stop()
    ours = len(only.latencies["open a case"]) / only.elapsed
    theirs = len(plain.latencies["open a case"]) / plain.elapsed
    show([("case creation throughput: plain helpdesk_mgmt / ours", theirs / ours if ours else 0.0, "x")])
    ratio = statistics.median(only.latencies["open a case"]) / statistics.median(plain.latencies["open a case"])
    show([("case creation p50 latency: ours / plain helpdesk_mgmt", ratio, "x")])


if __name__ == "__main__":
    main()

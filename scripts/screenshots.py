"""Screenshots of the main screens, through headless Chromium's DevTools protocol.

Logs in as admin over JSON-RPC, hands the session cookie to Chromium, opens each page, waits for
the web client to settle and saves a PNG. Run by scripts/screenshots against a demo server.
"""

import argparse
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import requests
import websocket

# (file name, path in the web client, seconds to let it render)
PAGES = [
    ("dashboard", "/odoo/action-aftersales_base.action_aftersales_dashboard", 6),
    ("cases", "/odoo/action-aftersales_helpdesk.aftersales_case_action", 6),
    ("vehicle", "/odoo/action-aftersales_base.aftersales_vehicle_action/{vehicle}", 6),
    ("repair-job", "/odoo/action-repair.action_repair_order_tree/{repair}", 6),
    ("part-requests", "/odoo/action-aftersales_parts.aftersales_part_request_action", 5),
    ("warranty-claim", "/odoo/action-aftersales_warranty.action_warranty_claim/{claim}", 6),
    ("settlement", "/odoo/action-aftersales_warranty.action_warranty_settlement/{settlement}", 6),
    ("callbacks", "/odoo/action-aftersales_survey.action_callback", 5),
    ("callback-analysis", "/odoo/action-aftersales_survey.action_callback_report", 6),
    ("portal-vehicle", "/my/vehicles/{vehicle}", 4),
]
# (file name, report, record): papers as printed, the PDF's first page as a picture (pdftoppm).
PAPERS = [
    ("paper-work-order", "aftersales_repair.report_work_order", "{repair}"),
    ("paper-assessment", "aftersales_warranty.report_warranty_assessment", "{assessed_claim}"),
]


def rpc(session, url, model, method, *args, **kwargs):
    payload = {
        "jsonrpc": "2.0",
        "method": "call",
        "params": {"model": model, "method": method, "args": args, "kwargs": kwargs},
    }
    response = session.post(f"{url}/web/dataset/call_kw", json=payload, timeout=60).json()
    if "error" in response:
        raise RuntimeError(response["error"]["data"]["message"])
    return response["result"]


def xmlid(session, url, ref):
    module, name = ref.split(".")
    rows = rpc(session, url, "ir.model.data", "search_read", [("module", "=", module), ("name", "=", name)], ["res_id"])
    return rows[0]["res_id"]


def main():
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--url", required=True)
    args.add_argument("--db", required=True)
    args.add_argument("--lang", default="zh_CN")
    args.add_argument("--out", required=True)
    options = args.parse_args()
    session = requests.Session()
    login = session.post(
        f"{options.url}/web/session/authenticate",
        json={"jsonrpc": "2.0", "params": {"db": options.db, "login": "admin", "password": "admin"}},
        timeout=60,
    ).json()
    if "error" in login:
        raise SystemExit(f"cannot log in as admin on {options.db}: {login['error']['data']['message']}")
    uid = login["result"]["uid"]
    rpc(session, options.url, "res.users", "write", [uid], {"lang": options.lang})
    ids = {
        "vehicle": xmlid(session, options.url, "aftersales_base.vehicle_zhang_sedan"),
        "repair": xmlid(session, options.url, "aftersales_repair.repair_zhang_brakes"),
        "claim": xmlid(session, options.url, "aftersales_warranty.claim_demo_zhang_compressor"),
        "settlement": xmlid(session, options.url, "aftersales_warranty.settlement_demo_beijing"),
        "assessed_claim": xmlid(session, options.url, "aftersales_warranty.claim_demo_zhang_sensor"),
    }
    os.makedirs(options.out, exist_ok=True)
    for name, report, record in PAPERS:
        pdf = session.get(f"{options.url}/report/pdf/{report}/{record.format(**ids)}", timeout=120)
        if pdf.headers.get("Content-Type", "").split(";")[0] != "application/pdf":
            raise SystemExit(f"{report} did not print: {pdf.text[:200]}")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
            file.write(pdf.content)
            file.flush()
            target = os.path.join(options.out, name)
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", "1", file.name, target], check=True)
        print(f"{target}.png", flush=True)
    chrome = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    profile = tempfile.mkdtemp(prefix="aftersales-shots-")
    port = 9333
    process = subprocess.Popen(
        [
            chrome,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            f"--remote-debugging-port={port}",
            f"--user-data-dir={profile}",
            "--window-size=1440,900",
            "--hide-scrollbars",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _attempt in range(50):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
                page = next(t for t in targets if t["type"] == "page")
                break
            except (OSError, StopIteration):
                time.sleep(0.2)
        else:
            raise SystemExit("Chromium did not start")
        ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        counter = iter(range(1, 10**6))

        def send(method, **params):
            message_id = next(counter)
            ws.send(json.dumps({"id": message_id, "method": method, "params": params}))
            while True:
                reply = json.loads(ws.recv())
                if reply.get("id") == message_id:
                    return reply.get("result", {})

        send("Network.enable")
        send("Network.setCookie", name="session_id", value=session.cookies["session_id"], url=options.url)
        send("Emulation.setDeviceMetricsOverride", width=1440, height=900, deviceScaleFactor=1, mobile=False)
        # The first page of a fresh server builds the asset bundles: let it, before the first picture.
        send("Page.navigate", url=options.url + "/odoo")
        time.sleep(20)
        for name, path, wait in PAGES:
            send("Page.navigate", url=options.url + path.format(**ids))
            time.sleep(wait)
            data = send("Page.captureScreenshot", format="png")["data"]
            target = os.path.join(options.out, f"{name}.png")
            with open(target, "wb") as file:
                file.write(base64.b64decode(data))
            print(target, flush=True)
        ws.close()
    finally:
        process.terminate()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Open report.html in headless Chromium over DevTools: it renders, logs no error, fetches nothing.

Needs Debian's /usr/bin/chromium (scripts/test installs it) and the `websocket-client` test dependency. It is
skipped only off CI when Chromium is missing; in CI (CI set) it must run.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from provcheck.report.batch import BatchReport
from provcheck.report.files import write_batch_report, write_report_files
from provcheck.report.metrics import Period, compute

from .conftest import make_result, random_results
from .story import build_story, t

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium_or_skip() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail(
                "chromium is not installed, and CI must run the browser test (scripts/test installs it)"
            )
        pytest.skip("chromium is not installed (scripts/test installs it)")
    return CHROMIUM


class _Page:
    """A minimal CDP session on one page target."""

    def __init__(self, ws_url: str):
        import websocket  # websocket-client, a test dependency

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    return event
            self.events.append(json.loads(self.ws.recv()))
        raise AssertionError(f"no {method} within {timeout} s")


def _start(tmp_path: Path) -> tuple[subprocess.Popen, int]:
    profile = tmp_path / "profile"
    args = [
        _chromium_or_skip(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--remote-debugging-port=0",
        "--window-size=1200,900",
        "about:blank",
    ]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if port_file.exists() and port_file.read_text().strip():
            return proc, int(port_file.read_text().splitlines()[0])
        if proc.poll() is not None:
            raise AssertionError(f"chromium exited with {proc.returncode} before opening DevTools")
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("chromium did not open DevTools within 30 s")


def _batch_page(tmp_path, monkeypatch, required):
    report = BatchReport(required)
    for spec in random_results(200, seed=3):
        report.add(make_result(**spec))
    return next(p for p in write_batch_report(tmp_path / "out", report) if p.suffix == ".html")


def _metrics_page(tmp_path, monkeypatch, required):
    with build_story(tmp_path / "ledger.sqlite", monkeypatch) as ledger:
        data = compute(ledger.conn, Period(t("2026-10-19T00:00"), t("2026-11-02T00:00")), required)
    return write_report_files(tmp_path / "out", data, ("html",))[0]


# (page, its tiles, at least this many charts: the metrics page adds four weekly trend charts)
PAGES = {"batch": (_batch_page, 5, 4), "metrics": (_metrics_page, 8, 8)}


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_report_html_renders_in_chromium(tmp_path, monkeypatch, required, kind):
    make_page, want_tiles, want_charts = PAGES[kind]
    html_path = make_page(tmp_path, monkeypatch, required)
    proc, port = _start(tmp_path)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.loads(resp.read())
        page = _Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(f"{domain}.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride", width=1200, height=900, deviceScaleFactor=1, mobile=False
        )
        page.call("Page.navigate", url=html_path.as_uri())
        page.wait_for("Page.loadEventFired")
        svg_count = page.call("Runtime.evaluate", expression="document.querySelectorAll('svg').length")
        tiles = page.call("Runtime.evaluate", expression="document.querySelectorAll('.tile').length")
        height = page.call("Runtime.evaluate", expression="document.documentElement.scrollHeight")
        shot = page.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": 1200, "height": height["result"]["value"], "scale": 1},
        )
        page.ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    errors = [e for e in page.events if e.get("method") == "Runtime.exceptionThrown"]
    errors += [
        e
        for e in page.events
        if e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error"
    ]
    errors += [
        e
        for e in page.events
        if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"
    ]
    assert errors == []
    fetched = [
        e["params"]["request"]["url"] for e in page.events if e.get("method") == "Network.requestWillBeSent"
    ]
    assert [u for u in fetched if u != html_path.as_uri()] == []  # the page loads nothing else
    assert svg_count["result"]["value"] >= want_charts
    assert tiles["result"]["value"] == want_tiles

    png = base64.b64decode(shot["data"])
    shot_path = tmp_path / f"{kind}.png"
    shot_path.write_bytes(png)
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size[0] == 1200 and image.size[1] > 600
    # A blank or error page has a handful of colours; charts, text and tiles have many.
    assert len(image.getcolors(maxcolors=1 << 20) or []) > 50
    assert len(png) > 20_000

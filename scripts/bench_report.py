"""Report benchmark: the size of a built report and how long it takes to open in headless Chromium.

Drives Debian's `chromium` over the DevTools protocol on a pipe (no extra packages):
opens report.html from disk, waits for the load event and for the clause table to
fill (the first council's clauses loaded from report_files/), and prints the times
from navigation start, the size of report.html and of report_files/. With
--screenshot PNG it then opens one coverage cell (--cell COUNCIL,THEME, 0-based) and
saves a screenshot of it with its evidence.

With --docs N it first makes a corpus of N documents (scripts/bench_scale.py's
generator, with a sources.csv naming each council and its address) and builds it.

Usage:
  python scripts/bench_report.py structured
  python scripts/bench_report.py --docs 1000 --out /tmp/report1000 --screenshot cell.png
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Chromium:
    """A headless Chromium spoken to over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, width: int = 1400, height: int = 1000):
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()
        # the child's ends move above 9, so that bash's 3<& and 4>& never overwrite one another
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_r, from_w)]
        os.close(to_r)
        os.close(from_w)
        to_r, from_w = high
        self.profile = tempfile.mkdtemp(prefix="bench-report-")
        cmd = (f"exec chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --remote-debugging-pipe "
               f"--user-data-dir={self.profile} --window-size={width},{height} about:blank "
               f"3<&{to_r} 4>&{from_w}")
        self.proc = subprocess.Popen(["bash", "-c", cmd], pass_fds=(to_r, from_w), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def _read(self) -> dict:
        while b"\0" not in self._buf:
            chunk = os.read(self._from_r, 1 << 20)
            if not chunk:
                raise SystemExit("chromium closed the pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, session: bool = False, **params):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self._to_w, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise SystemExit(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_event(self, method: str, timeout: float = 60) -> None:
        end = time.time() + timeout
        while time.time() < end:
            if any(e.get("method") == method for e in self.events):
                self.events = [e for e in self.events if e.get("method") != method]
                return
            self.events.append(self._read())
        raise SystemExit(f"timed out waiting for {method}")

    def js(self, expression: str):
        res = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                        awaitPromise=True)
        return res["result"].get("value")

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except SystemExit:
            pass
        self.proc.wait(timeout=30)
        os.close(self._to_w)
        os.close(self._from_r)
        shutil.rmtree(self.profile, ignore_errors=True)


READY = """new Promise(function (ok) {
  (function poll() {
    var c = document.getElementById("count");
    if (c && /clauses$/.test(c.textContent)) { ok(performance.now()); } else { setTimeout(poll, 5); }
  })();
})"""


def measure(report: Path, screenshot: Path | None, cell: tuple[int, int]) -> dict:
    browser = Chromium()
    try:
        browser.call("Page.navigate", session=True, url=report.resolve().as_uri())
        browser.wait_event("Page.loadEventFired")
        ready = browser.js(READY)
        timing = browser.js("JSON.stringify(performance.getEntriesByType('navigation')[0].toJSON())")
        nav = json.loads(timing)
        out = {"dom_content_loaded_ms": round(nav["domContentLoadedEventEnd"]), "load_ms": round(nav["loadEventEnd"]),
               "clause_table_ready_ms": round(ready)}
        if screenshot:
            c, t = cell
            t0 = browser.js("performance.now()")
            browser.js(f"document.querySelector('table.heat tr[data-c=\"{c}\"]').cells[{t + 1}].click()")
            browser.js("""new Promise(function (ok) { (function poll() {
                var p = document.getElementById('evidence');
                if (p && !p.hidden && !/loading/.test(p.textContent)) { ok(1); } else { setTimeout(poll, 5); } })(); })""")
            out["cell_open_ms"] = round(browser.js("performance.now()") - t0)
            browser.js(f"document.querySelector('table.heat tr[data-c=\"{max(0, c - 3)}\"]').scrollIntoView()" if c > 5
                       else "document.querySelector('#coverage').scrollIntoView()")
            shot = browser.call("Page.captureScreenshot", session=True, format="png")
            screenshot.write_bytes(base64.b64decode(shot["data"]))
        return out
    finally:
        browser.close()


def make_and_build(n_docs: int, out: Path, jobs: int) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import csv

    from bench_scale import make_corpus

    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    make_corpus(raw, n_docs, 0, 0.1)
    types = ["parish", "town", "district", "borough", "county", "unitary", "metropolitan", "community"]
    with open(raw / "sources.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "file", "council", "council_type", "title", "source", "notes"])
        for k, f in enumerate(sorted(p for p in raw.iterdir() if p.suffix in (".txt", ".pdf"))):
            kind = types[k % len(types)]
            w.writerow([f.stem, f.name, f"Benchmark {kind.title()} Council {k + 1:04d}", kind,
                        "Member/Officer Protocol", f"https://example.org/{f.stem}/protocol{f.suffix}",
                        "generated by scripts/bench_report.py"])
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "build", str(raw), "-o", str(out / "structured"),
                    "-j", str(jobs)], cwd=ROOT, check=False, stderr=subprocess.DEVNULL)
    print(f"built {n_docs} documents in {time.perf_counter() - t0:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("structured", nargs="?", type=Path, help="a built folder holding report.html")
    ap.add_argument("--docs", type=int, help="make and build a corpus of this many documents first")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "bench_report")
    ap.add_argument("-j", "--jobs", type=int, default=4)
    ap.add_argument("--screenshot", type=Path)
    ap.add_argument("--cell", default="0,0", help="COUNCIL,THEME (0-based) to open for the screenshot")
    args = ap.parse_args()
    folder = args.structured
    if args.docs:
        make_and_build(args.docs, args.out, args.jobs)
        folder = args.out / "structured"
    if folder is None:
        ap.error("give a built folder or --docs N")
    report = folder / "report.html"
    files = list((folder / "report_files").glob("*"))
    print(f"report.html: {report.stat().st_size / 1e6:.2f} MB; report_files/: {len(files)} files, "
          f"{sum(f.stat().st_size for f in files) / 1e6:.2f} MB (largest {max(f.stat().st_size for f in files) / 1e3:.0f} kB)")
    c, t = (int(x) for x in args.cell.split(","))
    for run in (1, 2, 3):
        r = measure(report, args.screenshot if run == 3 else None, (c, t))
        print(f"open #{run}: DOMContentLoaded {r['dom_content_loaded_ms']} ms, load {r['load_ms']} ms, "
              f"clause table ready {r['clause_table_ready_ms']} ms"
              + (f", cell opened with its evidence in {r['cell_open_ms']} ms" if "cell_open_ms" in r else ""))


if __name__ == "__main__":
    main()

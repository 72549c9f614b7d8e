#!/usr/bin/env python3
"""Stops PostgreSQL for a while under load and checks that no acknowledged save is lost.

A unit administrator saves their report again and again (each save sets "staff count" to a new number) while
PostgreSQL is stopped for --outage seconds and started again. Afterwards every save that the portal acknowledged
(answered with the redirect back to the form) must be in the report's audit trail, the last acknowledged value (or a
later one) must be the report's value, and the script reports what users saw during the outage and how long the
portal took to serve again after the database came back.

Run it against a portal on a PostgreSQL cluster of its own, never the one other people use, e.g.:

  pg_createcluster 15 ops --port 5433 && pg_ctlcluster --skip-systemctl-redirect 15 ops start
  psql -h 127.0.0.1 -p 5433 -U postgres -c 'create database itplan_fault'
  SPRING_PROFILES_ACTIVE=postgres,demo DB_URL=jdbc:postgresql://127.0.0.1:5433/itplan_fault \\
      java -jar target/itplan-portal-*.jar --server.port=8097 &
  python3 src/test/scripts/db-restart-check.py --base http://localhost:8097 --cluster "15 ops" \\
      --psql "psql -h 127.0.0.1 -p 5433 -U postgres -d itplan_fault"

It needs the demo data (users itstaff and unit-dakha, password KonTum@2015). It opens an annual period of the current
year if none is open, and starts unit-dakha's report in it.
"""
import argparse
import datetime
import http.cookiejar
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "KonTum@2015"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def request(self, path, form=None, timeout=60):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(self.base + path, data=data, headers={"Accept": "text/html"})
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return r.status, dict(r.headers), r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode("utf-8", "replace")
        except Exception as e:  # connection refused, timeout
            return 0, {}, str(e)

    def csrf(self, page):
        m = re.search(r'name="_csrf" value="([^"]+)"', page)
        if not m:
            raise RuntimeError("no CSRF token")
        return m.group(1)

    def login(self, username):
        status, _, page = self.request("/login")
        status, headers, _ = self.request("/login", {"username": username, "password": PASSWORD,
                                                     "_csrf": self.csrf(page)})
        if status != 302 or "error" in headers.get("Location", ""):
            raise RuntimeError(f"sign-in of {username} failed: {status} {headers.get('Location')}")


def psql(command, sql):
    out = subprocess.run(command.split() + ["-At", "-c", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def prepare(base, psql_command):
    """An open annual period of this year and unit-dakha's report in it; returns the report id."""
    year = datetime.date.today().year
    staff = Browser(base)
    staff.login("itstaff")
    period = psql(psql_command, f"select id from reporting_period where period_year = {year} and kind = 'ANNUAL'")
    if not period:
        _, _, page = staff.request("/periods")
        staff.request("/periods", {"_csrf": staff.csrf(page), "year": year, "kind": "ANNUAL", "seq": 1,
                                   "startDate": f"01/01/{year}", "endDate": f"31/12/{year}",
                                   "dueDate": f"15/01/{year + 1}"})
        period = psql(psql_command, f"select id from reporting_period where period_year = {year} and kind = 'ANNUAL'")
    if psql(psql_command, f"select open from reporting_period where id = {period}") != "t":
        _, _, page = staff.request("/periods")
        staff.request(f"/periods/{period}/open", {"_csrf": staff.csrf(page)})
    unit = Browser(base)
    unit.login("unit-dakha")
    _, _, page = unit.request("/reports")
    status, headers, _ = unit.request("/reports", {"_csrf": unit.csrf(page), "periodId": period})
    m = re.search(r"/reports/(\d+)/edit", headers.get("Location", ""))
    if not m:
        raise RuntimeError(f"could not start the report: {status} {headers}")
    return int(m.group(1)), unit


class Load(threading.Thread):
    """Saves the report in a loop; keeps what was acknowledged and what users saw."""

    def __init__(self, browser, report, start_value):
        super().__init__(daemon=True)
        self.browser, self.report, self.value = browser, report, start_value
        self.acknowledged = []  # (value, time)
        self.answers = []  # (time, kind, status, seconds)
        self.unavailable_pages = 0
        self.stop = False

    def run(self):
        while not self.stop:
            t0 = time.monotonic()
            status, _, page = self.browser.request(f"/reports/{self.report}/edit")
            self.answers.append((t0, "page", status, time.monotonic() - t0))
            if status == 503 and "request-id" in page and "navbar" in page:
                self.unavailable_pages += 1
            m = re.search(r'name="version" value="(\d+)"', page)
            if status != 200 or not m:
                time.sleep(0.2)
                continue
            self.value += 1
            t1 = time.monotonic()
            status, headers, _ = self.browser.request(
                f"/reports/{self.report}/edit",
                {"_csrf": self.browser.csrf(page), "version": m.group(1), "staffCount": self.value})
            self.answers.append((t1, "save", status, time.monotonic() - t1))
            if status == 302 and headers.get("Location", "").endswith(f"/reports/{self.report}/edit"):
                self.acknowledged.append((self.value, time.monotonic()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://localhost:8097")
    parser.add_argument("--cluster", default="15 ops", help="version and name for pg_ctlcluster")
    parser.add_argument("--psql", default="psql -h 127.0.0.1 -p 5433 -U postgres -d itplan_fault")
    parser.add_argument("--outage", type=float, default=20.0, help="seconds PostgreSQL stays down")
    parser.add_argument("--before", type=float, default=5.0, help="seconds of load before the stop")
    parser.add_argument("--after", type=float, default=20.0, help="seconds of load after the start")
    args = parser.parse_args()

    report, unit = prepare(args.base, args.psql)
    trail_before = int(psql(args.psql, "select coalesce(max(id), 0) from audit_event"))
    load = Load(unit, report, 0)
    load.start()
    time.sleep(args.before)

    version, name = args.cluster.split()
    ready = Browser(args.base)
    t_stop = time.monotonic()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "stop", "-m", "fast"], check=True)
    readiness_down = None
    while time.monotonic() - t_stop < args.outage:
        status, _, _ = ready.request("/actuator/health/readiness", timeout=10)
        if status == 503 and readiness_down is None:
            readiness_down = time.monotonic() - t_stop
        time.sleep(0.5)
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start"], check=True)
    t_start = time.monotonic()
    readiness_up = None
    while time.monotonic() - t_start < args.after:
        status, _, _ = ready.request("/actuator/health/readiness", timeout=10)
        if status == 200 and readiness_up is None:
            readiness_up = time.monotonic() - t_start
        time.sleep(0.25)
    load.stop = True
    load.join(60)
    while readiness_up is None and time.monotonic() - t_start < 120:
        status, _, _ = ready.request("/actuator/health/readiness", timeout=10)
        if status == 200:
            readiness_up = time.monotonic() - t_start
        time.sleep(0.25)

    trail = psql(args.psql, "select details from audit_event where action = 'REPORT_SAVED' "
                            f"and entity_type = 'StatusReport' and entity_id = {report} and id > {trail_before}")
    saved = set(int(v) for v in re.findall(r"staffCount: \S* → (\d+)", trail))
    lost = [v for v, _ in load.acknowledged if v not in saved]
    status, _, page = unit.request(f"/reports/{report}/edit")
    current = re.search(r'name="staffCount"[^>]*value="([\d.]+)"|value="([\d.]+)"[^>]*name="staffCount"', page)
    current_value = int(next(g for g in current.groups() if g).replace(".", "")) if current else None
    last_ack = load.acknowledged[-1][0] if load.acknowledged else None

    during = [a for a in load.answers if t_stop <= a[0] < t_start]
    by_status = {}
    for _, kind, code, _ in during:
        by_status[f"{kind} {code}"] = by_status.get(f"{kind} {code}", 0) + 1
    first_ok = next((a[0] for a in load.answers if a[0] >= t_start and a[2] in (200, 302)), None)
    first_ack = next((t for _, t in load.acknowledged if t >= t_start), None)
    slowest = max((a[3] for a in during), default=0)

    print(f"report {report}: {len(load.acknowledged)} saves acknowledged, {len(saved)} in the audit trail")
    print(f"acknowledged saves missing from the trail: {lost if lost else 'none'}")
    print(f"last acknowledged value {last_ack}, value now {current_value}")
    print(f"during the {args.outage:.0f} s outage: {by_status} (503 pages inside the layout: {load.unavailable_pages}),"
          f" slowest answer {slowest:.1f} s")
    print(f"readiness DOWN {readiness_down:.1f} s after the stop" if readiness_down is not None
          else "readiness never DOWN")
    print(f"readiness UP {readiness_up:.1f} s after the start" if readiness_up is not None else "readiness not UP again")
    print(f"first page served {first_ok - t_start:.1f} s after the start" if first_ok else "no page served after")
    print(f"first acknowledged save {first_ack - t_start:.1f} s after the start" if first_ack else "no save after")
    ok = (not lost and load.acknowledged and current_value is not None and last_ack is not None
          and current_value >= last_ack and first_ack is not None and first_ack - t_start <= 10
          and load.unavailable_pages > 0)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

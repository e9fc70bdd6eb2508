#!/usr/bin/env python3
"""Measures a running portal; called by ./scripts/bench, which starts it.

Usage: bench.py HOST:PORT burst ROUNDS | holders FILE N | creations FILE SECONDS

"burst": rounds of 60 simultaneous anonymous form posts, as browsers
without JavaScript send them (20 step-1 identifications that reach the
registry, 20 code requests, 20 sign-ins on a known and an unknown login),
each from its own client address (the portal trusts the bench as a proxy),
while /healthz is asked every 50 ms. It prints the answer times; the goals
are every post within 5 s and /healthz within 1 s.

"holders": signs in the first N bench accounts of FILE (written by `server
seed --bench-file`) through the forms, the one-time code read from the demo
outbox, and prints one session cookie per line.

"creations": complete creations (step 1, step 2, the document des secrets,
« Terminer ») of the people of FILE, 8 at a time, for SECONDS; prints the
creations per second.
"""
import http.client
import re
import statistics
import sys
import threading
import time

import browserless
from browserless import cookie_header, form, keep_cookie, location, read_file

HOST, PORT = sys.argv[1].split(":") if len(sys.argv) > 1 else ("127.0.0.1", "3000")
PORT = int(PORT)
MODE = sys.argv[2] if len(sys.argv) > 2 else "burst"

STEP1 = "/api/creation/identification"
CODE_REQUEST = "/api/creation/demande-de-code"
SIGN_IN = "/api/connexion/identifiants"


def step1_body(i):
    digits = "23456789"
    code = "".join(digits[d % 8] for d in (i // 512, i // 64 % 8, i // 8 % 8, i % 8))
    return (
        "form%5Bnir%5D=269054958815780&form%5Bcode%5D=WRNG-" + code + "-2345"
        "&form%5Bcard_type%5D=avec_photo&form%5Bserial%5D=80123456789"
    )


def post(path, body, client):
    """One form post on a new connection: (status, seconds)."""
    start = time.perf_counter()
    try:
        status, _, _ = send("POST", path, body, client)
    except OSError as e:
        status = f"erreur {type(e).__name__}"
    return status, time.perf_counter() - start


def send(method, path, body=None, client="127.0.0.1", cookie=None):
    """One request as a browser without JavaScript: (status, headers, body)."""
    return browserless.send(HOST, PORT, method, path, body, client, cookie)


def sign_in(login, password, client):
    """A session cookie for `login`, through the forms, or None."""
    jar = {}
    status, headers, _ = send("POST", "/api/connexion/identifiants",
                              form([("login", login), ("password", password)]), client)
    jar = keep_cookie(jar, headers)
    status, headers, _ = send("POST", "/api/connexion/envoi-code", form([("channel", "email")]),
                              client, cookie_header(jar))
    jar = keep_cookie(jar, headers)
    _, _, outbox = send("GET", "/demo/messages", client=client)
    # The newest message to this login's address comes first.
    text = outbox.decode("utf-8", "replace")
    match = re.search(re.escape(f'outbox__recipient">{login}@example.org<')
                      + r'.*?<pre class="outbox__body">[^<]*?\b(\d{6})\b', text, re.S)
    if not match:
        return None
    _, headers, _ = send("POST", "/api/connexion/code", form([("code", match.group(1))]),
                         client, cookie_header(jar))
    if "mon-dmp" not in location(headers):
        return None
    return cookie_header(keep_cookie(jar, headers))


def holders(path, n):
    accounts = read_file(path, "record")[:n]
    for k, (login, password) in enumerate(accounts):
        cookie = sign_in(login, password, f"198.19.{k // 250}.{k % 250 + 1}")
        if cookie is None:
            print(f"sign-in of {login} failed", file=sys.stderr)
            return 1
        print(cookie)
    return 0


def create(person, client):
    """One complete creation without JavaScript: True when it went through."""
    nir, card_type, serial, code = person
    jar = {}
    status, headers, _ = send("POST", "/api/creation/identification", form([
        ("form[nir]", nir), ("form[code]", code), ("form[card_type]", card_type),
        ("form[serial]", serial)]), client)
    jar = keep_cookie(jar, headers)
    if location(headers) != "/creation/informations":
        return False
    email = f"creation.{nir}@example.org"
    status, headers, _ = send("POST", "/api/creation/informations", form([
        ("form[email]", email), ("form[email_confirm]", email), ("form[samu]", "on"),
        ("form[bris_de_glace]", "on"), ("form[accept]", "on")]), client, cookie_header(jar))
    jar = keep_cookie(jar, headers)
    if location(headers) != "/creation/donnees-de-connexion":
        return False
    status, _, pdf = send("GET", "/creation/document-des-secrets.pdf", client=client,
                          cookie=cookie_header(jar))
    if status != 200 or not pdf.startswith(b"%PDF"):
        return False
    status, headers, _ = send("POST", "/api/creation/fin", "", client, cookie_header(jar))
    return status == 302


def creations(path, seconds, workers=8):
    people = read_file(path, "person")
    lock = threading.Lock()
    done, failed = [], []
    deadline = time.perf_counter() + seconds
    start = time.perf_counter()

    def run(w):
        while time.perf_counter() < deadline:
            with lock:
                if not people:
                    return
                person = people.pop()
                k = len(people)
            t = time.perf_counter()
            ok = create(person, f"198.20.{k // 250}.{k % 250 + 1}")
            with lock:
                (done if ok else failed).append(time.perf_counter() - t)

    threads = [threading.Thread(target=run, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    rate = len(done) / elapsed
    times = sorted(done) or [0]
    print(f"\nComplete creations without JavaScript (step 1, step 2 with argon2id, the document "
          f"des secrets, « Terminer »), {workers} at a time for {elapsed:.0f} s:\n")
    print("| Creations | Failed | Creations/s | p50 | Max |")
    print("|---|---|---|---|---|")
    print(f"| {len(done)} | {len(failed)} | {rate:.1f} | {statistics.median(times) * 1000:.0f} ms "
          f"| {times[-1] * 1000:.0f} ms |")
    print(f"\nGoal: at least 30 creations per second: {'met' if rate >= 30 else 'NOT MET'}.")
    return 0 if not failed else 1


def health():
    start = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, PORT, timeout=120)
    try:
        conn.request("GET", "/healthz")
        status = conn.getresponse().status
    except OSError:
        status = 0
    finally:
        conn.close()
    return status, time.perf_counter() - start


def burst(round_no):
    jobs = []
    for i in range(20):
        n = round_no * 20 + i
        login = "marieleroy" if i % 2 == 0 else "personne-inconnue"
        jobs.append(("étape 1", STEP1, step1_body(n)))
        jobs.append(("demande de code", CODE_REQUEST,
                     "form%5Bnir%5D=284077505612322&form%5Bserial%5D=80345678901"))
        jobs.append(("connexion", SIGN_IN, f"login={login}&password=Mauvais-mot-de-passe-{n}"))
    results = []
    lock = threading.Lock()
    go = threading.Barrier(len(jobs) + 1)

    def run(k, job):
        kind, path, body = job
        client = f"198.18.{round_no}.{k + 1}"
        go.wait()
        status, seconds = post(path, body, client)
        with lock:
            results.append((kind, status, seconds))

    threads = [threading.Thread(target=run, args=(k, j)) for k, j in enumerate(jobs)]
    for t in threads:
        t.start()
    checks = []
    stop = threading.Event()

    def poll():
        while not stop.is_set():
            checks.append(health())
            time.sleep(0.05)

    poller = threading.Thread(target=poll)
    go.wait()
    poller.start()
    for t in threads:
        t.join()
    stop.set()
    poller.join()
    return results, checks


def row(name, times, statuses):
    times = sorted(times)
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    codes = ", ".join(f"{s}×{statuses.count(s)}" for s in sorted(set(statuses), key=str))
    print(f"| {name} | {len(times)} | {codes} | {statistics.median(times) * 1000:.0f} ms "
          f"| {p95 * 1000:.0f} ms | {times[-1] * 1000:.0f} ms |")


def main():
    if MODE == "holders":
        return holders(sys.argv[3], int(sys.argv[4]))
    if MODE == "creations":
        return creations(sys.argv[3], float(sys.argv[4]))
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    return bursts(rounds)


def bursts(ROUNDS):
    all_results, all_checks = [], []
    for r in range(ROUNDS):
        results, checks = burst(r)
        all_results += results
        all_checks += checks
    print(f"\nBurst: {ROUNDS} rounds of 60 simultaneous form posts (no JavaScript), "
          f"each from its own address, /healthz asked every 50 ms meanwhile.\n")
    print("| Requests | Count | Statuses | p50 | p95 | Max |")
    print("|---|---|---|---|---|---|")
    for kind in ("étape 1", "demande de code", "connexion"):
        mine = [x for x in all_results if x[0] == kind]
        row(kind, [x[2] for x in mine], [x[1] for x in mine])
    row("/healthz (pendant)", [c[1] for c in all_checks], [c[0] for c in all_checks])
    worst_post = max(x[2] for x in all_results)
    worst_health = max(c[1] for c in all_checks)
    ok = worst_post <= 5 and worst_health <= 1 and all(x[1] == 302 for x in all_results)
    print(f"\nGoals: every post within 5 s (worst {worst_post:.2f} s), /healthz within 1 s "
          f"(worst {worst_health:.3f} s): {'met' if ok else 'NOT MET'}.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

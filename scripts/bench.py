#!/usr/bin/env python3
"""Measures a running portal; called by ./scripts/bench, which starts it.

Section "burst": rounds of 60 simultaneous anonymous form posts, as browsers
without JavaScript send them (20 step-1 identifications that reach the
registry, 20 code requests, 20 sign-ins on a known and an unknown login),
each from its own client address (the portal trusts the bench as a proxy),
while /healthz is asked every 50 ms. It prints the answer times; the goals
are every post within 5 s and /healthz within 1 s.
"""
import http.client
import statistics
import sys
import threading
import time

HOST, PORT = sys.argv[1].split(":") if len(sys.argv) > 1 else ("127.0.0.1", "3000")
PORT = int(PORT)
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5

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
    conn = http.client.HTTPConnection(HOST, PORT, timeout=120)
    try:
        conn.request(
            "POST",
            path,
            body=body,
            headers={
                "Accept": "text/html",
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://{HOST}:{PORT}/",
                "Sec-Fetch-Site": "same-origin",
                "X-Forwarded-For": client,
            },
        )
        status = conn.getresponse().status
    except OSError as e:
        status = f"erreur {type(e).__name__}"
    finally:
        conn.close()
    return status, time.perf_counter() - start


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

#!/usr/bin/env python3
"""Crash safety, run by ./scripts/crash (which prepares PostgreSQL and the
people): two `server serve` on one PostgreSQL, then

1. 50 creations and sign-ins in flight on both instances, `kill -9` of one
   and its restart: every creation complete or absent (never partial), the
   interrupted ones finished by sending the same form again, none twice;
2. PostgreSQL stopped hard (`pg_ctl -m immediate`, a crash) under load and
   started again: /healthz answers 503 meanwhile, pages clean 503s, both
   instances answer again by themselves, and no acknowledged creation is
   lost.

Loopback only, bounded (a minute or so). Prints the figures; exits 1 when a
promise is broken. Environment: SERVER (binary), DATABASE_URL, DMP_* for the
instances, PEOPLE (the bench file), PG_CTL (the command that runs pg_ctl for
the cluster, e.g. "runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl
-D /tmp/…/pg").
"""
import http.client
import os
import shlex
import socket
import subprocess
import sys
import threading
import time

import browserless
from browserless import cookie_header, form, keep_cookie, location, read_file

SERVER = os.environ["SERVER"]
PEOPLE = os.environ["PEOPLE"]
PG_CTL = shlex.split(os.environ["PG_CTL"])
DATABASE_URL = os.environ["DATABASE_URL"]
LOGS = os.environ.get("LOGS", "/tmp")

failures = []


def fail(message):
    failures.append(message)
    print("ÉCHEC: " + message, file=sys.stderr)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Instance:
    def __init__(self, name):
        self.name = name
        self.port = free_port()
        self.process = None

    def start(self):
        env = dict(os.environ, DMP_LISTEN=f"127.0.0.1:{self.port}",
                   DMP_DATA_DIR=os.path.join(LOGS, self.name), RUST_LOG="warn")
        log = open(os.path.join(LOGS, f"{self.name}.log"), "ab")
        self.process = subprocess.Popen([SERVER, "serve"], env=env, stdout=log, stderr=log)

    def kill(self):
        self.process.kill()  # SIGKILL: no shutdown, no flush
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def healthy(self):
        try:
            return send(self, "GET", "/healthz", timeout=2)[0] == 200
        except OSError:
            return False

    def wait_healthy(self, seconds=60):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.healthy():
                return True
            time.sleep(0.1)
        return False


def send(instance, method, path, body=None, client="127.0.0.1", cookie=None, timeout=30):
    """One request to an instance, as a browser without JavaScript."""
    return browserless.send("127.0.0.1", instance.port, method, path, body, client, cookie, timeout)


def read_people(kind):
    return read_file(PEOPLE, kind)


def sql(query):
    out = subprocess.run(["psql", "-At", "-v", "ON_ERROR_STOP=1", DATABASE_URL, "-c", query],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


class Creation:
    """One person's creation, as a browser without JavaScript does it, sent
    again as a person would after an error: the same form, same cookie."""

    def __init__(self, person, client):
        self.nir, self.card_type, self.serial, self.code = person
        self.client = client
        self.jar = {}
        self.step = 1
        self.errors = 0
        # Answers lost with the request already sent (cut mid-request).
        self.cut = 0
        self.outcome = None  # "created" | "already" | None
        self.acknowledged = False  # step 2 answered "go to step 3"

    def email(self):
        return f"crash.{self.nir}@example.org"

    def attempt(self, instance):
        if self.step == 1:
            status, headers, _ = send(instance, "POST", "/api/creation/identification", form([
                ("form[nir]", self.nir), ("form[code]", self.code),
                ("form[card_type]", self.card_type), ("form[serial]", self.serial)]),
                self.client)
            if status >= 500:
                raise OSError(f"status {status}")
            self.jar = keep_cookie(self.jar, headers)
            where = location(headers)
            if where == "/creation/informations":
                self.step = 2
            elif where.startswith("/creation"):
                # Step 1 drawn again with a notice: this person has a DMP
                # already (an earlier attempt went through).
                self.outcome = "already"
                return True
            else:
                raise OSError(f"step 1 went to {where!r}")
        if self.step == 2:
            email = self.email()
            status, headers, _ = send(instance, "POST", "/api/creation/informations", form([
                ("form[email]", email), ("form[email_confirm]", email), ("form[samu]", "on"),
                ("form[bris_de_glace]", "on"), ("form[accept]", "on")]),
                self.client, cookie_header(self.jar))
            if status >= 500:
                raise OSError(f"status {status}")
            self.jar = keep_cookie(self.jar, headers)
            where = location(headers)
            if where == "/creation/donnees-de-connexion":
                self.acknowledged = True
                self.outcome = "created"
                return True
            if where == "/creation":
                # The session was lost (expired with the instance?): again from step 1.
                self.step, self.jar = 1, {}
                raise OSError("session gone")
            raise OSError(f"step 2 went to {where!r}")
        return True

    def run(self, instances, deadline):
        k = 0
        while time.monotonic() < deadline:
            instance = instances[k % len(instances)]
            k += 1
            try:
                if self.attempt(instance):
                    return
            except (http.client.RemoteDisconnected, ConnectionResetError):
                self.errors += 1
                self.cut += 1
                time.sleep(0.2)
            except OSError:
                self.errors += 1
                time.sleep(0.2)


def sign_in(instance, login, password, client):
    jar = {}
    status, headers, _ = send(instance, "POST", "/api/connexion/identifiants",
                              form([("login", login), ("password", password)]), client)
    if status >= 500:
        raise OSError(f"status {status}")
    jar = keep_cookie(jar, headers)
    if not location(headers).endswith("/connexion/code"):
        raise OSError(f"sign-in went to {location(headers)!r}")
    return cookie_header(jar)


def signer(accounts, instances, deadline, stats):
    k = 0
    for login, password in accounts:
        while time.monotonic() < deadline:
            instance = instances[k % len(instances)]
            k += 1
            try:
                sign_in(instance, login, password, f"198.18.{k % 200}.{len(login)}")
                stats["signed_in"] += 1
                break
            except OSError:
                stats["sign_in_errors"] += 1
                time.sleep(0.2)


def nirs(creations):
    return ",".join(f"'{c.nir}'" for c in creations)


def partial_records(creations):
    """Records of these people that lack a part of their creation: the
    account, the choices, the acknowledgement (once), the 24 months of
    reimbursements."""
    return int(sql(
        "SELECT count(*) FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id "
        f"WHERE b.nir IN ({nirs(creations)}) AND ("
        " d.consent_at IS NULL OR d.terms_version IS NULL"
        " OR (SELECT count(*) FROM patient_account a WHERE a.dmp_id = d.id) <> 1"
        " OR (SELECT count(*) FROM outbox o JOIN patient_account a ON a.email = o.recipient"
        "     WHERE a.dmp_id = d.id AND o.purpose = 'creation_ack') <> 1"
        + "".join(
            f" OR (SELECT count(*) FROM remb_{t} r WHERE r.beneficiary_id = d.beneficiary_id"
            f"     AND r.{c} >= (d.created_at AT TIME ZONE 'UTC')::date - interval '24 months')"
            f"  <> (SELECT count(*) FROM record_remb_{t} x WHERE x.dmp_id = d.id)"
            for t, c in [("pharmacy", "care_date"), ("care", "care_date"),
                         ("radiology", "care_date"), ("hospital", "admission_date"),
                         ("biology", "care_date")])
        + ")"))


def records_of(creations):
    return int(sql(f"SELECT count(*) FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id "
                   f"WHERE b.nir IN ({nirs(creations)})"))


def phase_kill(a, b, people, accounts):
    creations = [Creation(p, f"198.19.{i // 200}.{i % 200 + 1}") for i, p in enumerate(people)]
    stats = {"signed_in": 0, "sign_in_errors": 0}
    deadline = time.monotonic() + 45
    threads = []
    for i, c in enumerate(creations):
        # Each starts on its own instance, half on the one about to die.
        order = [a, b] if i % 2 == 0 else [b, a]
        threads.append(threading.Thread(target=c.run, args=(order, deadline)))
    for i in range(len(accounts) // 2):
        threads.append(threading.Thread(
            target=signer, args=(accounts[2 * i:2 * i + 2], [a, b] if i % 2 else [b, a], deadline, stats)))
    started = time.monotonic()
    for t in threads:
        t.start()
    time.sleep(0.4)
    in_flight = sum(1 for c in creations if c.outcome is None)
    a.kill()
    killed_at = time.monotonic()
    a.start()
    back = a.wait_healthy()
    back_after = time.monotonic() - killed_at
    for t in threads:
        t.join()
    took = time.monotonic() - started
    interrupted = sum(1 for c in creations if c.errors)
    cut = sum(1 for c in creations if c.cut)
    done = sum(1 for c in creations if c.outcome)
    print(f"kill -9 : {len(creations)} créations et {len(accounts)} connexions lancées ensemble, "
          f"{in_flight} créations en cours au moment du kill -9 ; instance relancée et saine en "
          f"{back_after:.1f} s ; {interrupted} créations interrompues (dont {cut} coupées en pleine "
          f"requête), terminées en renvoyant le même formulaire ; {done}/{len(creations)} terminées "
          f"en {took:.1f} s ; "
          f"{stats['signed_in']}/{len(accounts)} connexions ({stats['sign_in_errors']} erreurs en route)")
    if not back:
        fail("l'instance tuée n'est pas repartie")
    if cut == 0:
        fail("aucune requête coupée en cours : le kill -9 n'a rien prouvé")
    if done != len(creations):
        fail(f"{len(creations) - done} créations jamais terminées")
    made = records_of(creations)
    partial = partial_records(creations)
    print(f"           base : {made} DMP pour {len(creations)} personnes, {partial} incomplets")
    if made != len(creations):
        fail(f"{made} DMP pour {len(creations)} personnes")
    if partial:
        fail(f"{partial} DMP incomplets")
    return creations


def phase_postgres(a, b, people, reader):
    creations = [Creation(p, f"198.20.{i // 200}.{i % 200 + 1}") for i, p in enumerate(people)]
    # A page read from the database: step 2 of a creation, with its session.
    step2 = Creation(reader, "198.21.0.1")
    step2.attempt(a)
    cookie = cookie_header(step2.jar)
    count = "SELECT (SELECT count(*) FROM dmp), (SELECT count(*) FROM outbox)"
    before = tuple(int(x) for x in sql(count).split("|"))
    seen = {"health": [], "pages": [], "unclean": 0}
    stop = threading.Event()

    def poll():
        while not stop.is_set():
            for inst in (a, b):
                try:
                    status = send(inst, "GET", "/healthz", timeout=2)[0]
                except OSError:
                    status = "erreur"
                seen["health"].append((time.monotonic(), inst.name, status))
            time.sleep(0.1)

    def pages():
        k = 0
        while not stop.is_set():
            inst = (a, b)[k % 2]
            k += 1
            try:
                status, _, body = send(inst, "GET", "/creation/informations", cookie=cookie, timeout=10)
                seen["pages"].append(status)
                text = body.decode("utf-8", "replace")
                if status >= 500 and ("panicked" in text or "sqlx" in text or "<html" not in text.lower()):
                    seen["unclean"] += 1
            except OSError:
                seen["pages"].append("erreur")
            time.sleep(0.05)

    deadline = time.monotonic() + 60
    threads = [threading.Thread(target=poll), threading.Thread(target=pages)]
    threads += [threading.Thread(target=c.run, args=([a, b] if i % 2 else [b, a], deadline))
                for i, c in enumerate(creations)]
    for t in threads:
        t.start()
    time.sleep(0.3)
    subprocess.run(PG_CTL + ["-m", "immediate", "-w", "stop"], check=True,
                   stdout=subprocess.DEVNULL)
    down_at = time.monotonic()
    time.sleep(2)
    subprocess.run(PG_CTL + ["-w", "start", "-l", os.path.join(LOGS, "pg-restart.log")], check=True,
                   stdout=subprocess.DEVNULL)
    up_at = time.monotonic()
    # Back by themselves: no restart of the instances.
    recovered = {}
    end = time.monotonic() + 30
    while time.monotonic() < end and len(recovered) < 2:
        for inst in (a, b):
            if inst.name not in recovered and inst.healthy():
                recovered[inst.name] = time.monotonic() - up_at
        time.sleep(0.05)
    for t in threads[2:]:
        t.join()
    stop.set()
    for t in threads[:2]:
        t.join()
    during = [s for (at, _, s) in seen["health"] if down_at < at < up_at]
    unavailable = sum(1 for s in during if s == 503)
    page_503 = sum(1 for s in seen["pages"] if s == 503)
    others = sorted({str(s) for s in seen["pages"] if s not in (200, 503)})
    print(f"PostgreSQL arrêté net sous charge pendant {up_at - down_at:.1f} s : /healthz a répondu 503 "
          f"{unavailable} fois sur {len(during)} ; l'étape 2 d'une création {page_503} fois 503 (pages propres : "
          f"{'oui' if not seen['unclean'] else 'non'}){', autres : ' + ', '.join(others) if others else ''} ; "
          + " ; ".join(f"instance {n} de nouveau saine {s:.1f} s après le redémarrage"
                       for n, s in sorted(recovered.items())))
    if not during or unavailable == 0:
        fail("/healthz n'a pas dit 503 pendant l'arrêt de PostgreSQL")
    if page_503 == 0:
        fail("aucune page n'a dit 503 pendant l'arrêt de PostgreSQL")
    if seen["pages"] and seen["pages"][-1] != 200:
        fail("la page ne se lit plus après le redémarrage")
    if seen["unclean"]:
        fail(f"{seen['unclean']} pages d'erreur non propres")
    if len(recovered) < 2:
        fail("une instance ne s'est pas rétablie seule")
    acknowledged = [c for c in creations if c.acknowledged]
    done = sum(1 for c in creations if c.outcome)
    found = records_of(acknowledged) if acknowledged else 0
    after = tuple(int(x) for x in sql(count).split("|"))
    partial = partial_records(creations)
    print(f"           {done}/{len(creations)} créations terminées ({sum(c.errors > 0 for c in creations)} "
          f"interrompues) ; {len(acknowledged)} confirmées, {found} retrouvées en base ; "
          f"DMP {before[0]} → {after[0]}, messages {before[1]} → {after[1]} ; {partial} incomplets")
    if found != len(acknowledged):
        fail(f"{len(acknowledged) - found} créations confirmées perdues")
    if after[0] < before[0] or after[1] < before[1]:
        fail("des lignes enregistrées avant l'arrêt ont disparu")
    if done != len(creations):
        fail(f"{len(creations) - done} créations jamais terminées")
    if partial:
        fail(f"{partial} DMP incomplets")


def main():
    people = read_people("person")
    accounts = read_people("record")
    if len(people) < 61 or len(accounts) < 10:
        print("le fichier des personnes est trop court", file=sys.stderr)
        return 2
    a, b = Instance("a"), Instance("b")
    try:
        for inst in (a, b):
            inst.start()
        for inst in (a, b):
            if not inst.wait_healthy(120):
                print(f"l'instance {inst.name} ne démarre pas", file=sys.stderr)
                return 1
        phase_kill(a, b, people[:40], accounts[:10])
        phase_postgres(a, b, people[40:60], people[60])
    finally:
        for inst in (a, b):
            inst.stop()
    if failures:
        print(f"{len(failures)} promesses non tenues", file=sys.stderr)
        return 1
    print("sûreté aux pannes : tout est tenu")
    return 0


if __name__ == "__main__":
    sys.exit(main())

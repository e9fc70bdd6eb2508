#!/usr/bin/env python3
"""What a browser downloads from a running portal, page by page.

For each page: its HTML and, for a first visit, every file it links (CSS,
the JavaScript and WebAssembly of the islands, images), as they travel
with `Accept-Encoding: br, gzip`, with `gzip` only, and with none. A second
page costs only its HTML: the site's files have hashed names and are kept.

  weights.py HOST:PORT            prints the table (Markdown)
  weights.py HOST:PORT --budget   also checks the budgets of issue 14 and
                                  exits 1 when one is over:
    the first visit of /creation <= 100 KB, of any page <= 150 KB,
    a second page (its HTML) <= 15 KB, all as transferred with br, gzip.

Signed-in pages are read as the demo holder Marie LEROY (demo mode only:
her one-time code is read from the demo outbox).
"""
import http.client
import re
import sys
import urllib.parse

HOST, PORT = sys.argv[1].split(":") if len(sys.argv) > 1 else ("127.0.0.1", "3000")
PORT = int(PORT)
BUDGET = "--budget" in sys.argv

PUBLIC = [
    "/",
    "/creation",
    "/creation/demande-de-code",
    "/connexion",
    "/connexion/oubli",
    "/conditions-generales",
    "/professionnel",
    "/representant-legal",
    "/aide",
    "/aide/ouvrir",
    "/entrainement",
]
SIGNED_IN = [
    "/mon-dmp",
    "/mon-dmp/espace/syntheses",
    "/mon-dmp/remboursements",
    "/mon-dmp/historique",
    "/mon-dmp/espace-personnel",
]
ENCODINGS = [("br", "br, gzip"), ("gzip", "gzip"), ("raw", "identity")]
FIRST_VISIT_CREATION = 100_000
FIRST_VISIT_ANY = 150_000
SECOND_PAGE = 15_000


def request(method, path, encoding="identity", cookie=None, body=None):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
    headers = {"Accept": "text/html", "Accept-Encoding": encoding}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"http://{HOST}:{PORT}/connexion"
        headers["Origin"] = f"http://{HOST}:{PORT}"
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        data = r.read()
        return r.status, r.getheaders(), data
    finally:
        conn.close()


def linked_files(html):
    """The site's files a page makes the browser fetch at once."""
    found = []
    for tag in re.findall(r"<(?:link|script|img)\b[^>]*>", html):
        rel = re.search(r'\brel="([^"]*)"', tag)
        rel = rel.group(1) if rel else ""
        url = re.search(r'\b(?:href|src)="(/[^"]*)"', tag)
        if not url:
            continue
        url = url.group(1)
        if tag.startswith("<a"):
            continue
        if tag.startswith("<link") and rel not in ("stylesheet", "modulepreload", "preload", "icon"):
            continue
        if url not in found:
            found.append(url)
    # The islands' loader imports the JavaScript, which fetches the WebAssembly.
    for url in re.findall(r"""['"](/pkg/[^'"]+\.(?:js|wasm))['"]""", html):
        if url not in found:
            found.append(url)
    return found


def sign_in():
    """Marie's session cookie, through the forms as a browser without JavaScript."""
    def cookie_of(headers, jar):
        for name, value in headers:
            if name.lower() == "set-cookie":
                pair = value.split(";")[0]
                key = pair.split("=")[0]
                jar = [c for c in jar if not c.startswith(key + "=")] + [pair]
        return jar

    jar = []
    status, headers, _ = request(
        "POST", "/api/connexion/identifiants",
        body="login=marieleroy&password=Demo-DMP-Marie-2026")
    jar = cookie_of(headers, jar)
    status, headers, _ = request(
        "POST", "/api/connexion/envoi-code", cookie="; ".join(jar), body="channel=email")
    jar = cookie_of(headers, jar)
    _, _, outbox = request("GET", "/demo/messages")
    codes = re.findall(r"\b(\d{6})\b", outbox.decode("utf-8", "replace"))
    if not codes:
        return None
    for code in codes[:3]:
        status, headers, _ = request(
            "POST", "/api/connexion/code", cookie="; ".join(jar), body=f"code={code}")
        new = cookie_of(headers, jar)
        location = dict((k.lower(), v) for k, v in headers).get("location", "")
        if "mon-dmp" in location:
            return "; ".join(new)
    return None


def weigh(path, cookie=None):
    sizes = {}
    files = []
    for label, encoding in ENCODINGS:
        status, _, data = request("GET", path, encoding, cookie)
        sizes[label] = [len(data), 0]
        if label == "raw":
            files = linked_files(data.decode("utf-8", "replace"))
    for label, encoding in ENCODINGS:
        for f in files:
            _, _, data = request("GET", f, encoding)
            sizes[label][1] += len(data)
    return status, sizes, files


def kb(n):
    return f"{n / 1000:.1f}"


def main():
    cookie = sign_in()
    pages = [(p, None) for p in PUBLIC] + [(p, cookie) for p in SIGNED_IN if cookie]
    print("\nPage weights in kB (1 kB = 1000 bytes) as transferred: HTML alone (a second page, "
          "the site's files kept) and a first visit (HTML + CSS + JavaScript + WebAssembly + images).\n")
    print("| Page | Status | HTML br | HTML gzip | HTML raw | First visit br | First visit gzip | First visit raw |")
    print("|---|---|---|---|---|---|---|---|")
    over = []
    files_seen = set()
    for path, c in pages:
        status, s, files = weigh(path, c)
        files_seen.update(files)
        first = {k: v[0] + v[1] for k, v in s.items()}
        print(f"| `{path}` | {status} | {kb(s['br'][0])} | {kb(s['gzip'][0])} | {kb(s['raw'][0])} "
              f"| {kb(first['br'])} | {kb(first['gzip'])} | {kb(first['raw'])} |")
        limit = FIRST_VISIT_CREATION if path == "/creation" else FIRST_VISIT_ANY
        if status != 200:
            over.append(f"{path}: status {status}")
        if first["br"] > limit:
            over.append(f"{path}: first visit {first['br']} B > {limit} B")
        if s["br"][0] > SECOND_PAGE:
            over.append(f"{path}: HTML {s['br'][0]} B > {SECOND_PAGE} B")
    if not cookie:
        print("\n(signed-in pages left out: the demo sign-in did not succeed)")
    print("\nFiles linked: " + ", ".join(f"`{f}`" for f in sorted(files_seen)))
    if BUDGET:
        if not cookie:
            over.append("could not sign in as the demo holder")
        print("\nBudgets (first visit of /creation <= 100 kB, of any page <= 150 kB, "
              "a second page <= 15 kB, with br): " + ("met." if not over else "OVER:"))
        for o in over:
            print(f"  - {o}")
        return 1 if over else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

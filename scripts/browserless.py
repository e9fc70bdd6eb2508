"""A browser without JavaScript, for the scripts that drive a running
portal (bench.py, crash.py): form posts, cookies, redirects, and the bench
file's people (written by `server seed --bench-file`)."""
import http.client
from urllib.parse import quote


def send(host, port, method, path, body=None, client="127.0.0.1", cookie=None, timeout=120):
    """One request as a browser without JavaScript sends it, from `client`
    (the portal trusts the caller as its proxy): (status, headers, body)."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    headers = {
        "Accept": "text/html",
        "Referer": f"http://{host}:{port}/",
        "Sec-Fetch-Site": "same-origin",
        "X-Forwarded-For": client,
    }
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookie:
        headers["Cookie"] = cookie
    try:
        conn.request(method, path, body=body, headers=headers)
        answer = conn.getresponse()
        return answer.status, answer.getheaders(), answer.read()
    finally:
        conn.close()


def form(fields):
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in fields)


def keep_cookie(jar, headers):
    """The cookie jar after an answer: `name=value` pairs, newest wins."""
    jar = dict(jar)
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, val = value.split(";")[0].partition("=")
            if "Max-Age=0" in value:
                jar.pop(key, None)
            else:
                jar[key] = val
    return jar


def cookie_header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items()) or None


def location(headers):
    return dict((k.lower(), v) for k, v in headers).get("location", "")


def read_file(path, kind):
    """The bench file's lines of one kind: `record` (login, password) or
    `person` (NIR, card type, serial, creation code)."""
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t")[1:] for line in f
                if line.startswith(kind + "\t")]

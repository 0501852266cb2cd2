#!/usr/bin/env python3
"""Times the node's main pages on the demo data (issue #6: pages served in < 50 ms).

Started by run.sh against a running `malines demo`: signs in as a prosecutor of each node
(password, then the TOTP code computed here), then fetches each page N times over one
keep-alive connection and prints one Markdown table of server round-trip times.
Standard library only.
"""
import base64, hashlib, hmac, http.client, re, statistics, struct, sys, time, urllib.parse

def totp(secret, step):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    h = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    o = h[19] & 15
    return "%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)

class Client:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.conn = http.client.HTTPConnection(u.hostname, u.port)
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        t0 = time.perf_counter()
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read().decode()
        dt = (time.perf_counter() - t0) * 1000
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, val = v.split(";")[0].split("=", 1)
                if "Max-Age=0" in v:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = val
        return r.status, data, dt

    def csrf(self, html):
        m = re.search(r'name="csrf" value="([^"]+)"', html)
        return m.group(1) if m else ""

def sign_in(c, user, password, secret):
    _, html, _ = c.request("GET", "/login")
    s, _, _ = c.request("POST", "/login", {"csrf": c.csrf(html), "username": user, "password": password})
    assert s == 303, f"password step: {s}"
    _, html, _ = c.request("GET", "/login/totp")
    s, _, _ = c.request("POST", "/login/totp", {"csrf": c.csrf(html), "code": totp(secret, int(time.time()) // 30)})
    assert s == 303, f"code step: {s}"

def main():
    creds, n = sys.argv[1], int(sys.argv[2])
    rows = [l.rstrip("\n").split("\t") for l in open(creds)][1:]
    print("| node | page | bytes | p50 ms | p95 ms | max ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    done = set()
    for node, url, user, role, password, secret in rows:
        # The first prosecutor of each node.
        if role != "prosecutor" or node in done:
            continue
        done.add(node)
        c = Client(url)
        sign_in(c, user, password, secret)
        _, html, _ = c.request("GET", "/cases")
        case = re.search(r'<th scope="row"><a href="(/cases/[^"]+)"', html)
        _, html, _ = c.request("GET", "/links?status=all")
        link = re.search(r'<th scope="row"><a href="(/links/[^"]+)"', html)
        pages = ["/cases", "/links?status=all", "/graph", "/cases/new", "/import"]
        if case: pages.insert(1, case.group(1))
        if link: pages.insert(3, link.group(1))
        for p in pages:
            times, size = [], 0
            for _ in range(n):
                s, body, dt = c.request("GET", p)
                assert s == 200, f"{p}: {s}"
                times.append(dt)
                size = len(body.encode())
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            shown = re.sub(r"/(cases|links)/.+", r"/\1/…", p) if p not in ("/cases/new",) else p
            print(f"| {node} | `{shown}` | {size:,} | {statistics.median(times):.1f} | {p95:.1f} | {times[-1]:.1f} |")

if __name__ == "__main__":
    main()

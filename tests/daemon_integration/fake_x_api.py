"""A small X API v2 on 127.0.0.1 for the daemon's polling tests (apis.md 1).

Serves GET /2/users/me, GET /2/users/:id/mentions (since_id, pagination_token; pages of at
most PAGE tweets, newest first), GET /2/dm_events (newest first, no since_id) and
POST /2/oauth2/token (refresh tokens are single use and rotate). Only the current access
token is accepted. Mentions and DMs can be added while the daemon polls. Faults: a delay
before every answer, 429 with x-rate-limit-reset on the mentions endpoint, an expired access
token, a rejected refresh. Every request is recorded. Thread-safe; stop() ends it.
"""
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OWNER = {"id": "1000", "username": "samrivera_io", "name": "Sam Rivera"}
PAGE = 20


def iso(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(seconds))


class FakeXApi:
    def __init__(self, access_token, refresh_token, delay=0.0):
        self.lock = threading.Lock()
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.delay = delay
        self.mentions = []  # oldest first
        self.dms = []
        self.next_id = 1_700_000_000_000_000_000
        self.rate_limit_until = None  # epoch seconds: mentions answer 429 before it
        self.reject_refresh = False
        self.refreshes = 0
        self.requests = []  # (epoch seconds, method, path)
        self.active = 0  # requests being answered now
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.answer(self, "GET")

            def do_POST(self):
                server.answer(self, "POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    # ------------------------------------------------------------------ data
    def _new_id(self):
        self.next_id += 1_000_003
        return str(self.next_id)

    def add_mentions(self, count, author="2001"):
        with self.lock:
            for _ in range(count):
                tweet_id = self._new_id()
                self.mentions.append({
                    "id": tweet_id, "author_id": author, "conversation_id": tweet_id,
                    "created_at": iso(time.time()),
                    "text": f"@{OWNER['username']} could we talk about {tweet_id}?",
                    "entities": {"mentions": [{"start": 0, "end": 13,
                                               "username": OWNER["username"],
                                               "id": OWNER["id"]}]}})

    def add_dms(self, count, sender="2002"):
        with self.lock:
            for _ in range(count):
                self.dms.append({
                    "id": self._new_id(), "event_type": "MessageCreate", "sender_id": sender,
                    "dm_conversation_id": f"{OWNER['id']}-{sender}",
                    "participant_ids": [OWNER["id"], sender],
                    "created_at": iso(time.time()), "text": "are you free for a call?"})

    def ids(self):
        with self.lock:
            return {t["id"] for t in self.mentions} | {d["id"] for d in self.dms}

    def count(self, path_part):
        with self.lock:
            return sum(1 for _, _, path in self.requests if path_part in path)

    # ---------------------------------------------------------------- serving
    def answer(self, handler, method):
        url = urllib.parse.urlsplit(handler.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length).decode() if length else ""
        with self.lock:
            self.requests.append((time.time(), method, url.path))
            self.active += 1
        try:
            if self.delay:
                time.sleep(self.delay)
            status, payload, headers = self.route(method, url.path, query, body,
                                                  handler.headers.get("Authorization", ""))
        finally:
            with self.lock:
                self.active -= 1
        data = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    def route(self, method, path, query, body, authorization):
        with self.lock:
            if method == "POST" and path == "/2/oauth2/token":
                return self.refresh(dict(urllib.parse.parse_qsl(body)))
            if authorization != f"Bearer {self.access_token}":
                return 401, {"title": "Unauthorized", "type": "about:blank", "status": 401,
                             "detail": "Unauthorized"}, {}
            if path == "/2/users/me":
                return 200, {"data": OWNER}, {}
            if path == f"/2/users/{OWNER['id']}/mentions":
                if self.rate_limit_until and time.time() < self.rate_limit_until:
                    return 429, {"title": "Too Many Requests", "status": 429}, {
                        "x-rate-limit-limit": "180", "x-rate-limit-remaining": "0",
                        "x-rate-limit-reset": str(int(self.rate_limit_until))}
                since = int(query.get("since_id", "0"))
                items = [t for t in reversed(self.mentions) if int(t["id"]) > since]
                return 200, self.page(items, query), {}
            if path == "/2/dm_events":
                return 200, self.page(list(reversed(self.dms)), query), {}
        return 404, {"title": "Not Found"}, {}

    def page(self, newest_first, query):
        start = int(query.get("pagination_token") or 0)
        chunk = newest_first[start:start + PAGE]
        users = [OWNER, {"id": "2001", "username": "dana_w", "name": "Dana W"},
                 {"id": "2002", "username": "lee_k", "name": "Lee K"}]
        result = {"data": chunk, "includes": {"users": users},
                  "meta": {"result_count": len(chunk)}}
        if chunk:
            result["meta"]["newest_id"] = chunk[0]["id"]
            result["meta"]["oldest_id"] = chunk[-1]["id"]
        if start + PAGE < len(newest_first):
            result["meta"]["next_token"] = str(start + PAGE)
        return result

    def refresh(self, form):
        if (self.reject_refresh or form.get("grant_type") != "refresh_token"
                or form.get("refresh_token") != self.refresh_token):
            return 400, {"error": "invalid_request",
                         "error_description": "Value passed for the token was invalid."}, {}
        self.refreshes += 1
        self.access_token = f"access-rotated-{self.refreshes}"
        self.refresh_token = f"refresh-rotated-{self.refreshes}"
        return 200, {"token_type": "bearer", "expires_in": 7200, "scope": "tweet.read",
                     "access_token": self.access_token,
                     "refresh_token": self.refresh_token}, {}

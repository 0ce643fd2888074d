#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses into tests/fuzz/corpus/<harness>/.

Seeds come from the fixture generators in tests/fixtures (small exports of every era, cut
into files of a few items each), from config/touchpoint.toml, and from hand-written X,
Facebook Graph and LinkedIn API pages, API error bodies, header values and JSON-RPC lines.
Deterministic: the same tree gives the same files. Seeds that a fuzzer found and that must
stay (crash regressions, named regress-*) are kept; everything else in a corpus folder is
replaced.

    tests/fuzz/make_corpora.py          # rewrite the corpora
"""
import hashlib
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = HERE / "corpus"
MAX_SEED_BYTES = 8192


def generate(script, out, *args):
    subprocess.run([sys.executable, str(FIXTURES / script), "--out", str(out), *args],
                   check=True, stdout=subprocess.DEVNULL)


def js_assignment(path):
    """(variable, value) of a Twitter archive file `variable = value`."""
    text = path.read_text(encoding="utf-8")
    variable, _, value = text.partition("=")
    return variable.strip(), json.loads(value)


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


class Corpus:
    def __init__(self, harness):
        self.dir = CORPUS / harness
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in self.dir.iterdir():
            if not old.name.startswith("regress-"):
                old.unlink()
        self.seen = set()

    def add(self, name, content):
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = hashlib.sha1(data).hexdigest()
        if digest in self.seen or len(data) > MAX_SEED_BYTES:
            return
        self.seen.add(digest)
        (self.dir / name).write_bytes(data)


def twitter_seeds(tmp):
    tweets, dms = Corpus("twitter_js"), Corpus("twitter_dm")
    for era in ("gdpr-v1", "gdpr-v2", "x"):
        root = tmp / f"tw-{era}"
        generate("gen_twitter_archive.py", root, "--format", "dir", "--era", era,
                 "--tweets", "14", "--dm-conversations", "2", "--dm-messages", "5",
                 "--group-conversations", "1")
        for path in sorted(root.rglob("*.js")):
            stem = path.stem
            if stem in ("tweet", "tweets"):
                # The harness reads the file as data/tweets.js, which must assign this name.
                _, items = js_assignment(path)
                for n, part in enumerate(chunks(items, 3)):
                    tweets.add(f"{era}-{stem}-{n}",
                               "window.YTD.tweets.part0 = " + json.dumps(part, indent=2,
                                                                         ensure_ascii=False))
            elif stem.startswith("direct-message") and not stem.endswith("headers"):
                _, conversations = js_assignment(path)
                for n, conversation in enumerate(conversations):
                    messages = conversation["dmConversation"]["messages"]
                    for m, part in enumerate(chunks(messages, 4)):
                        item = {"dmConversation": dict(conversation["dmConversation"],
                                                       messages=part)}
                        dms.add(f"{era}-{stem}-{n}-{m}",
                                "window.YTD.direct_messages.part0 = " +
                                json.dumps([item], indent=2, ensure_ascii=False))
            elif stem in ("account", "manifest"):
                # Owner files go through ParseJsAssignment in both harnesses.
                tweets.add(f"{era}-{stem}", path.read_text(encoding="utf-8"))
    tweets.add("empty-array", "window.YTD.tweets.part0 = [ ]")
    dms.add("empty-array", "window.YTD.direct_messages.part0 = [ ];\n")


def facebook_seeds(tmp):
    threads, activity = Corpus("facebook_json"), Corpus("facebook_activity")
    for era in ("2020", "2023", "2024-across", "2024"):
        root = tmp / f"fb-{era}"
        generate("gen_facebook_export.py", root, "--format", "dir", "--era", era,
                 "--messages", "40", "--threads", "4", "--comments", "6", "--friends", "4")
        for n, path in enumerate(sorted(root.rglob("message_*.json"))):
            # ensure_ascii keeps Facebook's \u00XX mojibake escapes as they were.
            thread = json.loads(path.read_text(encoding="utf-8"))
            for m, part in enumerate(chunks(thread.get("messages", []), 5)):
                threads.add(f"{era}-thread{n}-{m}",
                            json.dumps(dict(thread, messages=part), indent=2))
        wanted = ("comments.json", "friends.json", "your_friends.json", "profile_information.json")
        for path in sorted(p for p in root.rglob("*.json") if p.name in wanted):
            document = json.loads(path.read_text(encoding="utf-8"))
            if path.name == "comments.json":
                key = "comments_v2" if "comments_v2" in document else "comments"
                for m, part in enumerate(chunks(document[key], 2)):
                    activity.add(f"{era}-comments-{m}", json.dumps({key: part}, indent=2))
            else:
                activity.add(f"{era}-{path.stem}", json.dumps(document, indent=2))


def csv_records(text, count):
    """The first `count` records of a CSV text, cut where quotes balance."""
    out, quotes = [], 0
    for line in text.splitlines(keepends=True):
        out.append(line)
        quotes += line.count('"')
        if quotes % 2 == 0:
            count -= 1
            if count == 0:
                break
    return "".join(out)


def linkedin_seeds(tmp):
    corpus = Corpus("linkedin_csv")
    variants = [(era, kind, excel) for era in ("2022", "2024", "2026")
                for kind in ("basic", "complete") for excel in (False, True)]
    for era, kind, excel in variants:
        name = f"{era}-{kind}" + ("-excel" if excel else "")
        root = tmp / f"li-{name}"
        generate("gen_linkedin_export.py", root, "--format", "dir", "--era", era, "--kind", kind,
                 "--messages", "8", "--connections", "4", "--invitations", "4", "--comments", "4",
                 *(["--excel"] if excel else []))
        for path in sorted(root.glob("*.csv")):
            text = path.read_bytes().decode("utf-8", errors="replace")
            corpus.add(f"{name}-{path.stem.split('_')[0]}", csv_records(text, 6))


def archive_seeds(tmp):
    corpus = Corpus("archive_probe")
    runs = [
        ("twitter-x", "gen_twitter_archive.py", ["--tweets", "3", "--dm-conversations", "1",
                                                 "--dm-messages", "2", "--group-conversations", "0"]),
        ("twitter-gdpr-v1", "gen_twitter_archive.py", ["--era", "gdpr-v1", "--tweets", "3",
                                                       "--dm-conversations", "1", "--dm-messages",
                                                       "2", "--group-conversations", "1"]),
        ("facebook-2024", "gen_facebook_export.py", ["--messages", "12", "--threads", "2",
                                                     "--comments", "2", "--friends", "2"]),
        ("facebook-2020-noprofile", "gen_facebook_export.py", ["--era", "2020", "--messages", "8",
                                                               "--threads", "2", "--comments", "1",
                                                               "--friends", "1", "--no-profile"]),
        ("linkedin-basic", "gen_linkedin_export.py", ["--messages", "4", "--connections", "2",
                                                      "--invitations", "2", "--comments", "2"]),
        ("linkedin-complete-wrapped", "gen_linkedin_export.py",
         ["--kind", "complete", "--messages", "4", "--connections", "2", "--invitations", "2",
          "--comments", "2", "--wrapper", "export"]),
    ]
    for name, script, args in runs:
        out = tmp / f"{name}.zip"
        generate(script, out, *args)
        data = out.read_bytes()
        if len(data) <= 64 * 1024:
            (corpus.dir / name).write_bytes(data)


def x_api_seeds():
    corpus = Corpus("x_api")
    users = [{"id": "1000", "username": "Owner_Me", "name": "Owner"},
             {"id": "2001", "username": "dana_w", "name": "Dana W"}]
    mention = {"id": "1790000000000000002", "text": "@Owner_Me could we talk? https://t.co/x",
               "created_at": "2024-05-13T09:58:00.000Z", "author_id": "2001",
               "conversation_id": "1790000000000000001", "in_reply_to_user_id": "1000",
               "referenced_tweets": [{"type": "replied_to", "id": "1790000000000000001"}],
               "entities": {"mentions": [{"start": 0, "end": 9, "username": "Owner_Me",
                                          "id": "1000"}],
                            "urls": [{"url": "https://t.co/x",
                                      "expanded_url": "https://example.com/a"}]}}
    retweet = dict(mention, id="1790000000000000003",
                   referenced_tweets=[{"type": "retweeted", "id": "1"}])
    dm = {"id": "1790000000000000010", "event_type": "MessageCreate", "text": "hi there",
          "sender_id": "2001", "dm_conversation_id": "1000-2001",
          "created_at": "2024-05-13T10:00:00.000Z", "participant_ids": ["1000", "2001"]}
    group_dm = dict(dm, id="1790000000000000011", dm_conversation_id="1790000000000000099",
                    participant_ids=["1000", "2001", "2002"])
    join = {"id": "1790000000000000012", "event_type": "ParticipantsJoin",
            "dm_conversation_id": "1790000000000000099", "participant_ids": ["2003"],
            "created_at": "2024-05-13T10:01:00.000Z"}
    pages = {
        "mentions": {"data": [mention, retweet], "includes": {"users": users},
                     "meta": {"result_count": 2, "newest_id": mention["id"]}},
        "mentions-partial-errors": {"data": [mention], "errors": [
            {"title": "Not Found Error", "detail": "Could not find tweet", "type": "x"},
            {"message": "old style"}]},
        "empty": {"meta": {"result_count": 0}},
        "dm-events": {"data": [dm, group_dm, join], "includes": {"users": users},
                      "meta": {"result_count": 3, "next_token": "abc"}},
        "data-not-array": {"data": {"id": "1"}},
        "problem": {"title": "Unauthorized", "type": "about:blank", "status": 401},
    }
    for name, page in pages.items():
        corpus.add(name, json.dumps(page))


def facebook_api_seeds():
    corpus = Corpus("facebook_api")
    page = {"id": "1500", "name": "Owner Page"}
    dana = {"id": "2001", "name": "Dana W", "email": "dana@example.com"}
    lee = {"id": "2002", "name": "Lee Park"}

    def paging(after, more=True):
        cursors = {"before": "QVFIUmFiY2Rl", "after": after}
        out = {"cursors": cursors}
        if more:
            out["next"] = ("https://graph.facebook.com/v19.0/1500/conversations?access_token=x"
                           "&limit=25&after=" + after)
        return out

    conversations = [
        {"id": "t_10100", "updated_time": "2024-05-13T09:58:00+0000",
         "participants": {"data": [page, dana]}},
        {"id": "t_10101", "updated_time": "2024-05-12T18:00:00+0000",
         "participants": {"data": [page, dana, lee]}},
        {"id": "t_10102", "updated_time": "2024-04-01T08:00:00+0000",
         "participants": {"data": [lee]}},
    ]
    messages = [
        {"id": "m_aaa1", "message": "Could we talk tomorrow?", "from": dana,
         "to": {"data": [page]}, "created_time": "2024-05-13T09:58:00+0000"},
        {"id": "m_aaa2", "message": "Sure, 10:00 works", "from": page,
         "to": {"data": [dana]}, "created_time": "2024-05-13T10:02:11+0000"},
        {"id": "m_aaa3", "message": "", "from": dana, "to": {"data": [page]},
         "created_time": "2024-05-13T10:03:00+0000"},  # an attachment only
        {"id": "m_aaa4", "from": lee, "created_time": "not a time"},
    ]
    comment = {"id": "1500_42_7001", "message": "Great news!", "from": dana,
               "created_time": "2024-05-13T09:00:00+0000"}
    reply = {"id": "1500_42_7002", "message": "Thanks Dana", "from": page,
             "created_time": "2024-05-13T09:05:00+0000",
             "parent": {"id": "1500_42_7001", "from": dana}}
    withheld = {"id": "1500_42_7003", "message": "who am I",
                "created_time": "2024-04-20T09:05:00+0000"}
    posts = [
        {"id": "1500_42", "updated_time": "2024-05-13T09:05:00+0000",
         "comments": {"data": [reply, comment], "paging": paging("QVFIUmNvbW1lbnQ")}},
        {"id": "1500_43", "updated_time": "2024-05-01T09:05:00+0000",
         "comments": {"data": [withheld], "paging": paging("QVFIUmxhc3Q", more=False)}},
        {"id": "1500_44", "updated_time": "2024-04-01T09:05:00+0000"},
    ]
    pages = {
        "conversations": {"data": conversations, "paging": paging("QVFIUmNvbnY")},
        "conversations-last": {"data": conversations[:1],
                               "paging": paging("QVFIUmxhc3Q", more=False)},
        "messages": {"data": messages, "paging": paging("QVFIUm1lc3M")},
        "feed": {"data": posts, "paging": paging("QVFIUmZlZWQ")},
        "comments": {"data": [reply, comment, withheld], "paging": paging("QVFIUmNvbW0")},
        "empty": {"data": [], "paging": {"cursors": {}}},
        "page": page,
        "page-token": {"access_token": "EAAB-page", "id": "1500"},
        "no-data": {"paging": paging("QVFIUg")},
    }
    for name, body in pages.items():
        corpus.add(name, json.dumps(body))

    def error(code, message, kind="OAuthException", **extra):
        return {"error": dict({"message": message, "type": kind, "code": code,
                               "fbtrace_id": "AbCdEf123"}, **extra)}

    errors = {
        "error-190": error(190, "Error validating access token: Session has expired.",
                           error_subcode=463),
        "error-reduce-data": error(1, "Please reduce the amount of data you're asking for, "
                                      "then retry your request", "GraphMethodException"),
        "error-transient": error(2, "An unexpected error has occurred.",
                                 is_transient=True),
        "error-throttle-4": error(4, "Application request limit reached"),
        "error-throttle-80001": error(80001, "There have been too many calls to this Page"),
        "error-368": error(368, "Temporarily blocked for policies violations"),
        "error-permission-200": error(200, "Requires pages_messaging permission"),
        "error-100": error(100, "Unsupported get request.", "GraphMethodException",
                           error_subcode=33),
    }
    for name, body in errors.items():
        corpus.add(name, json.dumps(body))
    # Usage header values: the harness also reads the input as each header's value.
    corpus.add("usage-app", json.dumps({"call_count": 28, "total_time": 25, "total_cputime": 25}))
    corpus.add("usage-buc", json.dumps({"1500": [
        {"type": "pages", "call_count": 96, "total_cputime": 10, "total_time": 12,
         "estimated_time_to_regain_access": 7}]}))
    corpus.add("usage-ads", json.dumps({"acc_id_util_pct": 9.67, "reset_time_duration": 120,
                                        "ads_api_access_tier": "standard_access"}))
    corpus.add("retry-after-seconds", "120")
    corpus.add("retry-after-date", "Wed, 21 Oct 2026 07:28:00 GMT")
    corpus.add("html", "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")


def linkedin_api_seeds():
    corpus = Corpus("linkedin_api")
    me, ada, bob = "urn:li:person:me123", "urn:li:person:ada456", "urn:li:person:bob789"
    thread = "urn:li:messagingThread:2-YWJjZGVm"
    post = "urn:li:activity:7000000000000000001"
    org = "urn:li:organization:5"

    def paging(start, count, more):
        links = [{"rel": "next", "type": "application/json",
                  "href": f"?start={start + count}"}] if more else []
        return {"start": start, "count": count, "links": links}

    def message(n, actor, text, method="CREATE", at=1700000000123):
        return {"id": n, "processedAt": at + 10, "capturedAt": at + 5,
                "resourceName": "messages", "method": method, "owner": me, "actor": actor,
                "resourceId": f"m-{n}",
                "activity": {"owner": me, "author": actor, "createdAt": at,
                             "thread": {"entityUrn": thread, "membership": [me, ada]},
                             "body": text, "author~": {"vanityName": "ada-l"}}}

    def comment(n, actor, text, at=1700000000999):
        return {"id": n, "processedAt": at + 10, "resourceName": "socialActions/comments",
                "method": "CREATE", "owner": me, "actor": actor, "resourceId": f"c-{n}",
                "activity": {"actor": actor, "object": post, "created": {"time": at},
                             "message": {"text": text}}}

    changes = [message(1, ada, "hello from ada"), message(2, me, "hi <b>ada</b>"),
               comment(3, bob, "great post"), message(4, ada, "edited", "UPDATE"),
               {"id": 5, "processedAt": 1700000000200, "resourceName": "invitations",
                "method": "CREATE", "owner": me},
               {"id": "6", "processedAt": 1700000000200, "resourceName": "messages",
                "method": "CREATE", "actor": bob,
                "processedActivity": {"conversation": "2-b2xk", "content": {"text": "old"}}},
               {"id": 7, "resourceName": "messages", "method": "CREATE", "actor": bob,
                "activity": {"body": "no thread"}},
               "not an object"]
    rows = [{"CONVERSATION ID": "2-YWJjZGVm", "CONVERSATION TITLE": "", "FROM": "Mira Kestrel",
             "SENDER PROFILE URL": "https://www.linkedin.com/in/mira-kestrel", "TO": "Ada L",
             "RECIPIENT PROFILE URLS": "https://www.linkedin.com/in/ada-l",
             "DATE": "2023-10-01 10:00:10 UTC", "SUBJECT": "", "CONTENT": "hi, \"Ada\"",
             "FOLDER": "INBOX"},
            {"CONVERSATION ID": "2-YWJjZGVm", "CONVERSATION TITLE": "", "FROM": "Ada L",
             "SENDER PROFILE URL": "https://www.linkedin.com/in/ada-l", "TO": "Mira Kestrel",
             "RECIPIENT PROFILE URLS": "https://www.linkedin.com/in/mira-kestrel",
             "DATE": "2023-10-01 10:05:00 UTC", "SUBJECT": "", "CONTENT": "<p>hello</p>",
             "FOLDER": "INBOX"}]
    notifications = [
        {"action": "COMMENT", "sourcePost": post, "generatedActivity": "urn:li:comment:(" +
         post + ",701)", "lastModifiedAt": 1714522000000},
        {"action": "SHARE_MENTION", "sourcePost": post, "actor": bob,
         "generatedActivity": "urn:li:share:702", "lastModifiedAt": 1714522100000},
        {"action": "SHARE_MENTION", "generatedActivity": "urn:li:share:703"},
        {"action": "LIKE", "generatedActivity": "urn:li:like:704"},
        {"action": "COMMENT", "sourcePost": post, "generatedActivity": "urn:li:comment:gone"},
        {"action": "COMMENT"},
    ]
    org_comments = [
        {"commentUrn": "urn:li:comment:(" + post + ",701)", "actor": ada,
         "created": {"actor": ada, "time": 1714521900000}, "message": {"text": "Congrats!"}},
        {"$URN": "urn:li:comment:(" + post + ",705)", "created": {"actor": org, "time": 5},
         "message": {"text": "Thank you"}},
    ]
    pages = {
        "changelog": {"elements": changes, "paging": paging(0, 50, False)},
        "changelog-full": {"elements": changes[:2], "paging": paging(0, 2, True)},
        "snapshot": {"elements": [{"snapshotDomain": "INBOX", "snapshotData": rows}],
                     "paging": paging(0, 10, False)},
        "snapshot-other-domain": {"elements": [{"snapshotDomain": "PROFILE",
                                                "snapshotData": [{"First Name": "Mira"}]},
                                               {"snapshotData": [rows[0], 7]}],
                                  "paging": {"start": 10, "count": 10, "total": 40}},
        "org-notifications": {"elements": notifications, "paging": paging(0, 50, False)},
        "org-comments": {"elements": org_comments, "paging": paging(0, 50, False)},
        # Notifications and their comments on one page: the harness looks comments up there.
        "org-both": {"elements": notifications[:2] + org_comments},
        "empty": {"elements": [], "paging": {"start": 0, "count": 50, "links": []}},
        "no-elements": {"paging": {"start": 0, "count": 50}},
        "token": {"access_token": "AQV-access", "expires_in": 5184000,
                  "refresh_token": "AQX-refresh", "refresh_token_expires_in": 31536000},
    }
    for name, body in pages.items():
        corpus.add(name, json.dumps(body))

    def error(status, service_code, code, message):
        body = {"status": status}
        if service_code:
            body["serviceErrorCode"] = service_code
        if code:
            body["code"] = code
        body["message"] = message
        return body

    errors = {
        "error-revoked": error(401, 65601, "REVOKED_ACCESS_TOKEN",
                               "The token used in the request has been revoked by the user"),
        "error-invalid-token": error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token"),
        "error-version": error(426, 0, "NONEXISTENT_VERSION",
                               "Requested version 20230101 is not active"),
        "error-quota": error(429, 101, "", "Resource level throttle limit for calls to this "
                                           "resource is reached."),
        "error-throttle": error(429, 0, "TOO_MANY_REQUESTS", "Too many requests"),
        "error-argument": error(400, 0, "ILLEGAL_ARGUMENT", "invalid startTime"),
        "error-permission": error(403, 100, "ACCESS_DENIED",
                                  "Not enough permissions to access: memberChangeLogs"),
        "oauth-invalid-grant": {"error": "invalid_request", "error_description":
                                "The provided authorization grant or refresh token is invalid, "
                                "expired or revoked"},
    }
    for name, body in errors.items():
        corpus.add(name, json.dumps(body))
    corpus.add("retry-after-seconds", "3600")
    corpus.add("retry-after-date", "Wed, 21 Oct 2026 07:28:00 GMT")
    corpus.add("rate-limit-reset", "1700000900")


def json_rpc_seeds():
    corpus = Corpus("json_rpc")
    lines = {
        "status": {"jsonrpc": "2.0", "id": 1, "method": "status"},
        "calls": {"jsonrpc": "2.0", "id": "a", "method": "calls",
                  "params": {"as_of": "2025-11-21"}},
        "person": {"jsonrpc": "2.0", "id": 7, "method": "person",
                   "params": {"who": "Dana", "why": True}},
        "timeline": {"jsonrpc": "2.0", "id": 8, "method": "timeline",
                     "params": {"who": "@dana_w", "limit": 20}},
        "snooze": {"jsonrpc": "2.0", "id": 9, "method": "snooze",
                   "params": {"id": 12, "until": "2025-12-01T00:00:00Z"}},
        "notification": {"jsonrpc": "2.0", "method": "reload"},
        "null-params": {"jsonrpc": "2.0", "id": None, "method": "stats", "params": None},
        "bad-version": {"jsonrpc": "1.0", "id": 2, "method": "stats"},
        "bad-id": {"jsonrpc": "2.0", "id": [1], "method": "stats"},
        "bad-params": {"jsonrpc": "2.0", "id": 3, "method": "search", "params": [1, 2]},
    }
    for name, request in lines.items():
        corpus.add(name, json.dumps(request) + "\n")
    corpus.add("not-json", "{\"jsonrpc\": \"2.0\", \"id\": 1,\n")
    corpus.add("several-lines", "".join(json.dumps(r) + "\r\n" for r in lines.values()))


def config_seeds():
    corpus = Corpus("config")
    corpus.add("default", (ROOT / "config" / "touchpoint.toml").read_text(encoding="utf-8"))
    corpus.add("connectors", '[connectors.twitter]\nenabled = true\npoll_interval = "15m"\n'
                             'client_id = "abc"\n[connectors.facebook]\naccount = "1234"\n'
                             'api_version = "v20.0"\n[connectors.linkedin]\n'
                             'organization = "urn:li:organization:5"\n')
    corpus.add("daemon", '[daemon]\nlog_level = "debug"\nio_timeout_seconds = 3\n'
                         '[storage]\nsynchronous = "full"\n[watch]\ndirs = ["/tmp/a", "b"]\n')
    corpus.add("scoring", "[scoring]\nthreshold = 55\nbias = -1.5e0\nnew_days = 7\nask = 2.25\n")
    corpus.add("unknown-keys", "top = 1\n[scoring]\nnope = 2\n[connectors.mastodon]\nx = 1\n")
    corpus.add("bad-type", '[daemon]\nmax_clients = "many"\n')
    corpus.add("syntax-error", "[daemon\nlog_level = \n")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        twitter_seeds(tmp)
        facebook_seeds(tmp)
        linkedin_seeds(tmp)
        archive_seeds(tmp)
    x_api_seeds()
    facebook_api_seeds()
    linkedin_api_seeds()
    json_rpc_seeds()
    config_seeds()
    total = sum(f.stat().st_size for f in CORPUS.rglob("*") if f.is_file())
    for folder in sorted(CORPUS.iterdir()):
        files = list(folder.iterdir())
        print(f"{folder.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")
    print(f"total: {total} bytes")


if __name__ == "__main__":
    main()

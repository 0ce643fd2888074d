#!/usr/bin/env python3
"""Build tests/eval/conversations.jsonl from the hand-written situations.

    python3 tests/eval/build_eval.py            # expand, check, write the JSONL, refresh README counts
    python3 tests/eval/build_eval.py --check    # expand and check; fail if the files are out of date

The situations live in tests/eval/situations/{twitter,facebook,linkedin}.py (notation in
situations/_dsl.py). This script turns them into touchpoint export events: platform-shaped
ids and conversation keys, millisecond timestamps relative to each situation's as_of,
counterparts, parent ids. Everything is derived from hashes of the situation id, so the
output is byte-for-byte reproducible. Python 3 standard library only.
"""

import argparse
import base64
import collections
import datetime as dt
import hashlib
import importlib
import json
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True  # keep the tree free of __pycache__ folders

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "conversations.jsonl")
README = os.path.join(HERE, "README.md")
MODULES = ["twitter", "facebook", "linkedin"]
PREFIX = {"tw": "twitter", "fb": "facebook", "li": "linkedin"}

OWNER = {
    "twitter": {"id": "1000", "handle": "samrivera_io", "name": "Sam Rivera", "profile_url": None},
    "facebook": {"id": None, "handle": None, "name": "Sam Rivera", "profile_url": None},
    "linkedin": {"id": None, "handle": None, "name": "Sam Rivera",
                 "profile_url": "https://www.linkedin.com/in/sam-rivera"},
}

POSITIVE_TAGS = ["ask_call", "ask_meeting", "ask_chat", "ask_rates", "ask_feedback", "ask_help",
                 "first_contact", "reengagement", "reciprocity", "many_turns", "fast_reply",
                 "cross_platform", "introduction"]
NEGATIVE_TAGS = ["thanks_only", "emoji_only", "mass_mention", "automated", "promotional",
                 "recruiter_template", "hostile", "closed", "stale", "owner_only", "spam"]
DIFFICULTY_TAGS = ["typo", "non_english", "indirect_ask", "keyword_trap"]
# Added to the brief's vocabulary (documented in README.md):
EXTRA_TAGS = ["lang_es", "lang_fr", "lang_de", "lang_pt", "trivial_question", "small_talk", "declined", "no_message"]
TAGS = POSITIVE_TAGS + NEGATIVE_TAGS + DIFFICULTY_TAGS + EXTRA_TAGS
LANGS = {"lang_es": "es", "lang_fr": "fr", "lang_de": "de", "lang_pt": "pt"}

KINDS = {"mention", "reply", "dm", "comment", "connection", "invitation", "post"}
TWITTER_EPOCH_MS = 1288834974657
NEW_WINDOW = dt.timedelta(days=14)


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------- helpers

def H(*parts):
    """A stable 256-bit integer from strings."""
    return int.from_bytes(hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest(), "big")


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def parse_iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ")


def snowflake(t, salt):
    ms = int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (H("sf", salt) % (1 << 22)))


def li_activity(t, salt):
    ms = int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    return str((ms << 22) | (H("li", salt) % (1 << 22)))


def digits(salt, n):
    h = H("d", salt)
    return str(10 ** (n - 1) + h % (9 * 10 ** (n - 1)))


def default_as_of(sid):
    h = H("as_of", sid)
    day = dt.datetime(2025, 1, 3) + dt.timedelta(days=h % 540)
    return day.replace(hour=6) + dt.timedelta(minutes=30 * ((h >> 16) % 7))


TIME_RE = re.compile(r"^([+-])(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:\s+(\d\d):(\d\d))?$")


def parse_when(spec, as_of, prev, where):
    m = TIME_RE.match(spec.strip())
    if not m or spec.strip() in ("+", "-"):
        raise BuildError(f"{where}: bad time {spec!r}")
    sign, d, h, mi, hh, mm = m.groups()
    d, h, mi = int(d or 0), int(h or 0), int(mi or 0)
    if hh is not None and (h or mi):
        raise BuildError(f"{where}: {spec!r}: hours/minutes and a clock time together")
    if sign == "-":
        base = as_of - dt.timedelta(days=d, hours=h, minutes=mi)
    else:
        if prev is None:
            raise BuildError(f"{where}: {spec!r}: relative time on a first message")
        base = prev + dt.timedelta(days=d, hours=h, minutes=mi)
    if hh is not None:
        base = base.replace(hour=int(hh), minute=int(mm), second=0, microsecond=0)
    return base


# --------------------------------------------------------------------------- identities

def twitter_id(person):
    if person.get("twid"):
        return person["twid"]
    h = H("twid", person["tw"])
    if h % 10 < 4:  # an older account: a short sequential id
        return str(10_000_000 + h % 3_000_000_000)
    created = dt.datetime(2012, 1, 1) + dt.timedelta(seconds=(h >> 8) % (11 * 365 * 86400))
    return snowflake(created, "acct" + person["tw"])


def li_slug(person):
    li = person["li"]
    if li is True:
        base = re.sub(r"[^a-z0-9]+", "-", ascii_fold(person["name"]).lower()).strip("-")
        h = H("slug", person["name"])
        if h % 3 == 0:
            return base
        return f"{base}-{h % (16 ** 6):06x}" if h % 3 == 1 else f"{base}-{h % 1000}"
    return li


def identity(platform, key, people, where):
    if key == "me":
        return dict(OWNER[platform])
    if key not in people:
        raise BuildError(f"{where}: unknown person {key!r}")
    p = people[key]
    if platform == "twitter":
        if not p.get("tw"):
            raise BuildError(f"{where}: {key!r} has no Twitter handle")
        return {"id": twitter_id(p), "handle": p["tw"], "name": p["name"], "profile_url": None}
    if platform == "facebook":
        return {"id": None, "handle": None, "name": p.get("fb") or p["name"], "profile_url": None}
    if p.get("li") is None:
        raise BuildError(f"{where}: {key!r} has no LinkedIn profile (li=)")
    slug = li_slug(p)
    return {"id": None, "handle": None, "name": p["name"],
            "profile_url": f"https://www.linkedin.com/in/{slug}" if slug else None}


# --------------------------------------------------------------------------- expansion

def norm_msg(m, where):
    if not isinstance(m, tuple) or len(m) not in (3, 4):
        raise BuildError(f"{where}: a message is (author, when, text[, opts])")
    opts = {}
    if len(m) == 4:
        opts = {"kind": m[3]} if isinstance(m[3], str) else dict(m[3])
    unknown = set(opts) - {"kind", "re", "at", "raw"}
    if unknown:
        raise BuildError(f"{where}: unknown options {sorted(unknown)}")
    return m[0], m[1], m[2], opts


def conversation_key(sid, ci, conv, people, first_time):
    plat, salt = conv["platform"], f"{sid}/{ci}"
    if conv["type"] == "dm":
        if plat == "twitter":
            if len(conv["who"]) == 1:
                ids = sorted([1000, int(twitter_id(people[conv["who"][0]]))])
                return f"{ids[0]}-{ids[1]}"
            return snowflake(first_time - dt.timedelta(minutes=2), salt + "grp")
        if plat == "facebook":
            title = conv.get("title") or people[conv["who"][0]].get("fb") or people[conv["who"][0]]["name"]
            folder = re.sub(r"[^a-z0-9]", "", ascii_fold(title).lower()) or "facebookuser"
            return f"{folder}_{digits(salt, 15 + H(salt, 'n') % 3)}"
        h = H("liconv", salt)
        u = f"{h % 16**32:032x}"
        u = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}_{100 + (h >> 140) % 900}"
        enc = base64.b64encode(u.encode()).decode()
        return "2-" + (enc if (h >> 200) % 2 else enc.rstrip("="))
    if conv["type"] == "network":
        return "network:" + li_slug(people[conv["who"][0]])
    return None  # threads: decided by the root


def event_id(plat, kind, t, salt, root_id):
    if plat == "twitter":
        return snowflake(t, salt)
    if plat == "facebook":
        if kind == "dm":
            return "m_" + base64.urlsafe_b64encode(H("fbm", salt).to_bytes(32, "big")).decode()[:40]
        if kind == "comment":
            return f"{root_id.split('_')[-1]}_{digits(salt, 16)}"
        return f"{digits('fbuser' + salt, 15)}_{digits(salt, 16)}"
    if kind == "dm":
        return f"msg_{H('lim', salt) % 16**24:024x}"
    if kind == "invitation":
        return f"inv_{H('lii', salt) % 16**20:020x}"
    if kind == "connection":
        return f"conn_{H('lic', salt) % 16**20:020x}"
    if kind == "comment":
        return f"urn:li:comment:(urn:li:activity:{root_id.split(':')[-1]},{li_activity(t, salt + 'c')})"
    return f"urn:li:activity:{li_activity(t, salt)}"


def expand(sit, module):
    sid = sit["id"]
    people = sit["people"]
    if "me" in people:
        raise BuildError(f"{sid}: 'me' is the owner and cannot be a person key")
    as_of = (dt.datetime.strptime(sit["as_of"], "%Y-%m-%d %H:%M") if sit["as_of"]
             else default_as_of(sid))
    events, focus = [], []
    for ci, conv in enumerate(sit["convs"]):
        plat = conv["platform"]
        where = f"{sid} conv {ci}"
        msgs = [norm_msg(m, f"{where} msg {i}") for i, m in enumerate(conv["msgs"])]
        if not msgs:
            raise BuildError(f"{where}: no messages")
        times, prev = [], None
        for i, (author, when, _text, _o) in enumerate(msgs):
            t = parse_when(when, as_of, prev, f"{where} msg {i}")
            h = H("jit", sid, ci, i)
            if plat == "linkedin" and conv["type"] == "network":
                t = t.replace(second=0, microsecond=0)
            elif plat == "linkedin":
                t = t.replace(second=(h % 50), microsecond=0)
            else:
                t = t.replace(second=(h % 50), microsecond=((h >> 20) % 1000) * 1000)
            if prev is not None and t <= prev:
                raise BuildError(f"{where} msg {i}: {when!r} is not after the previous message")
            times.append(t)
            prev = t
        key = conversation_key(sid, ci, conv, people, times[0])
        root_id, root_author = None, None
        if conv["type"] == "thread" and conv["root"]:
            root_author = conv["root"]
            gap = dt.timedelta(minutes=10 + H(sid, ci, "root") % 600)
            root_id = event_id(plat, "post", times[0] - gap, f"{sid}/{ci}/root", None)
            key = root_id
        ids, authors = [], []
        for i, ((author, _when, text, opts), t) in enumerate(zip(msgs, times)):
            mw = f"{where} msg {i}"
            who = identity(plat, author, people, mw)
            direction = "outbound" if author == "me" else "inbound"
            # kind and parent
            parent_key = None
            if conv["type"] == "dm":
                kind, parent = "dm", None
            elif conv["type"] == "network":
                kind, parent = ("invitation" if i == 0 else None), None
            else:
                if i == 0 and not root_author:
                    kind = "post" if author == "me" and not opts.get("at") else "mention"
                    parent = None
                else:
                    kind = "reply" if plat == "twitter" else "comment"
                    if i == 0:
                        parent, parent_key = root_id, root_author
                    else:
                        r = opts.get("re", i - 1)
                        if not 0 <= r < i:
                            raise BuildError(f"{mw}: re={r} out of range")
                        parent, parent_key = ids[r], authors[r]
            kind = opts.get("kind", kind)
            if kind not in KINDS:
                raise BuildError(f"{mw}: kind {kind!r}")
            eid = event_id(plat, kind, t, f"{sid}/{ci}/{i}", key)
            if conv["type"] == "thread" and i == 0 and not root_author:
                key = eid
            # counterparts
            keys = []
            if conv["type"] in ("dm", "network"):
                keys = list(conv["who"])
            else:
                keys = [author]
                if parent_key:
                    keys.append(parent_key)
                keys += (opts.get("at") or "").split()
            seen, cps = set(), []
            for k in keys:
                if k != "me" and k not in seen:
                    seen.add(k)
                    cps.append(identity(plat, k, people, mw))
            # Twitter text conventions: replies start with the handle they answer; the
            # people a tweet mentions appear as @handles.
            if plat == "twitter" and conv["type"] == "thread" and not opts.get("raw"):
                lead = []
                if kind == "reply" and parent_key and parent_key != author:
                    lead.append(identity(plat, parent_key, people, mw)["handle"])
                if kind == "reply" and author != "me":
                    lead.append(OWNER["twitter"]["handle"])
                for k in (opts.get("at") or "").split():
                    lead.append(identity(plat, k, people, mw)["handle"])
                if kind == "mention" and author != "me":
                    lead.append(OWNER["twitter"]["handle"])
                missing = []
                for hd in lead:
                    if f"@{hd}".lower() not in text.lower() and hd not in missing:
                        missing.append(hd)
                if missing:
                    text = " ".join("@" + hd for hd in missing) + " " + text
            events.append({
                "platform": plat, "external_id": eid, "kind": kind, "direction": direction,
                "conversation_key": key, "parent_id": parent, "author": who,
                "counterparts": cps, "occurred_at": iso(t), "text": text,
            })
            ids.append(eid)
            authors.append(author)
        if conv["focus"]:
            focus.append({"platform": plat, "conversation_key": key})
    events.sort(key=lambda e: (e["occurred_at"], e["platform"], e["external_id"]))
    return {
        "id": sid, "split": None, "as_of": iso(as_of), "expect_call": sit["call"],
        "why": sit["why"], "tags": sit["tags"], "focus": focus, "events": events,
    }


# --------------------------------------------------------------------------- split

# The split is assigned batch by batch so that adding situations never moves an existing
# one between tune and holdout. Batch 1 is the original set (ids 0001-0123 on every
# platform); its holdout is pinned by the committed list below, which is exactly what the
# original whole-set rule produced. Every later batch is split among itself only, by the
# same systematic rule. To add situations beyond the last batch, append a new batch bound.
BATCH_ENDS = [123, 163, 203, 243, 283, 323, 363, 403, 443, 483, 523, 563, 603, 643, 683, 723]  # last id number of each batch (per platform)
PINNED_HOLDOUT = {  # batch 1 holdout, as assigned when the set had 123 situations per platform
    "tw": "0001 0003 0005 0008 0014 0016 0020 0021 0024 0028 0029 0034 0038 0039 0040 0043 "
          "0050 0053 0054 0055 0059 0061 0064 0070 0077 0079 0082 0083 0084 0086 0088 0097 "
          "0098 0104 0106 0107 0110 0112 0114 0122 0123",
    "fb": "0002 0006 0012 0013 0014 0016 0017 0018 0022 0023 0026 0036 0041 0045 0047 0048 "
          "0051 0053 0055 0057 0064 0066 0067 0068 0070 0074 0076 0080 0081 0082 0085 0095 "
          "0096 0097 0099 0100 0101 0103 0107 0111 0118",
    "li": "0004 0005 0007 0008 0012 0015 0018 0020 0021 0024 0030 0036 0039 0041 0045 0047 "
          "0051 0054 0061 0063 0066 0070 0072 0074 0076 0080 0083 0087 0089 0090 0093 0097 "
          "0098 0100 0101 0103 0107 0108 0120 0121 0123",
}


def batch_of(r):
    n = int(r["id"].split("-")[1])
    for b, last in enumerate(BATCH_ENDS):
        if n <= last:
            return b
    raise BuildError(f"{r['id']}: beyond the last batch ({BATCH_ENDS[-1]}); add a bound to BATCH_ENDS")


def systematic_split(rs):
    """Order the situations by (label, language, tag signature, id) and put every third one
    (positions 1, 4, 7, ...) in the holdout. The tag signature is the situation's tags sorted
    rarest-first (by frequency within the batch), so situations sharing a rare tag sit next
    to each other and the systematic sample spreads them over both splits. The holdout gets
    exactly round(n / 3) situations, and the label and language mix is preserved to within
    one situation."""
    freq = collections.Counter(t for r in rs for t in r["tags"])
    rs = sorted(rs, key=lambda r: (r["expect_call"], lang_of(r),
                                   tuple(sorted(r["tags"], key=lambda t: (freq[t], t))), r["id"]))
    for i, r in enumerate(rs):
        r["split"] = "holdout" if i % 3 == 1 else "tune"


def assign_splits(records):
    """Per platform and batch: batch 1 uses the pinned holdout list, later batches the
    systematic rule applied to that batch alone."""
    groups = collections.defaultdict(list)
    for r in records:
        groups[(r["id"].split("-")[0], batch_of(r))].append(r)
    for (prefix, b), rs in groups.items():
        if b == 0:
            pinned = set(PINNED_HOLDOUT[prefix].split())
            nums = {r["id"].split("-")[1] for r in rs}
            if not pinned <= nums:
                raise BuildError(f"{prefix}: pinned holdout ids {sorted(pinned - nums)} are missing")
            for r in rs:
                r["split"] = "holdout" if r["id"].split("-")[1] in pinned else "tune"
        else:
            systematic_split(rs)


def expected_holdout(rs):
    """Batch 1: the pinned list; every later batch: round(batch size / 3)."""
    sizes = collections.Counter(batch_of(r) for r in rs)
    prefix = rs[0]["id"].split("-")[0]
    return sum(len(PINNED_HOLDOUT[prefix].split()) if b == 0 else round(n / 3)
               for b, n in sizes.items())


def platform_of(r):
    return PREFIX[r["id"].split("-")[0]]


def lang_of(r):
    for t in r["tags"]:
        if t in LANGS:
            return LANGS[t]
    return "en"


# --------------------------------------------------------------------------- checks

ISO_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
ID_RE = re.compile(r"^(tw|fb|li)-\d{4}$")
IDENT_KEYS = ["id", "handle", "name", "profile_url"]


def same_identity(a, b, platform):
    if platform == "twitter":
        return a["id"] == b["id"]
    if platform == "linkedin" and a["profile_url"] and b["profile_url"]:
        return a["profile_url"].rstrip("/").lower() == b["profile_url"].rstrip("/").lower()
    return a["name"] == b["name"]


def person_key(e_ident, platform):
    """A cross-platform stand-in for 'the same person': the display name."""
    return e_ident["name"]


def check(records):
    errors = []

    def err(r, msg):
        errors.append(f"{r['id']}: {msg}")

    seen_ids = collections.defaultdict(dict)
    sids = set()
    for r in records:
        if list(r) != ["id", "split", "as_of", "expect_call", "why", "tags", "focus", "events"]:
            err(r, f"top-level keys {list(r)}")
        if not ID_RE.match(r["id"]) or r["id"] in sids:
            err(r, "bad or duplicate situation id")
        sids.add(r["id"])
        if r["split"] not in ("tune", "holdout"):
            err(r, "split")
        if not ISO_RE.match(r["as_of"]):
            err(r, "as_of format")
        if not isinstance(r["expect_call"], bool):
            err(r, "expect_call not bool")
        why = r["why"]
        if not (isinstance(why, str) and 20 <= len(why) <= 240 and why.endswith(".") and "\n" not in why):
            err(r, f"why should be one sentence ending in a period: {why!r}")
        for t in r["tags"]:
            if t not in TAGS:
                err(r, f"unknown tag {t!r}")
        if len(set(r["tags"])) != len(r["tags"]):
            err(r, "duplicate tags")
        as_of = parse_iso(r["as_of"])
        by_ext = {}
        for e in r["events"]:
            p = e["platform"]
            if list(e) != ["platform", "external_id", "kind", "direction", "conversation_key",
                           "parent_id", "author", "counterparts", "occurred_at", "text"]:
                err(r, f"event keys {list(e)}")
            if p not in OWNER:
                err(r, f"platform {p}")
                continue
            if e["kind"] not in KINDS or e["direction"] not in ("inbound", "outbound"):
                err(r, f"{e['external_id']}: kind/direction")
            for ident in [e["author"]] + e["counterparts"]:
                if list(ident) != IDENT_KEYS:
                    err(r, f"{e['external_id']}: identity keys {list(ident)}")
            if not ISO_RE.match(e["occurred_at"]) or parse_iso(e["occurred_at"]) > as_of:
                err(r, f"{e['external_id']}: occurred_at {e['occurred_at']} (as_of {r['as_of']})")
            if not isinstance(e["text"], str) or (not e["text"].strip() and e["kind"] not in ("invitation", "connection")):
                err(r, f"{e['external_id']}: empty text")
            eid = e["external_id"]
            if eid in seen_ids[p]:
                err(r, f"{p} external_id {eid} also in {seen_ids[p][eid]}")
            seen_ids[p][eid] = r["id"]
            by_ext[(p, eid)] = e
            owner = OWNER[p]
            if e["direction"] == "outbound" and e["author"] != owner:
                err(r, f"{eid}: outbound event not authored by the owner")
            if e["direction"] == "inbound":
                if same_identity(e["author"], owner, p):
                    err(r, f"{eid}: inbound event authored by the owner")
                if not any(same_identity(c, e["author"], p) for c in e["counterparts"]):
                    err(r, f"{eid}: inbound author missing from counterparts")
            for c in e["counterparts"]:
                if same_identity(c, owner, p) or c["name"] == owner["name"]:
                    err(r, f"{eid}: owner among counterparts")
            # platform realism
            if p == "twitter":
                if not re.match(r"^\d{18,19}$", eid):
                    err(r, f"{eid}: twitter ids are 18-19 digit snowflakes")
                for ident in [e["author"]] + e["counterparts"]:
                    if not (ident["id"] and ident["id"].isdigit() and ident["handle"]):
                        err(r, f"{eid}: twitter identity needs numeric id and handle")
                if e["kind"] == "dm":
                    parts = e["conversation_key"].split("-")
                    if len(parts) == 2:
                        lo, hi = map(int, parts)
                        ids = {int(c["id"]) for c in e["counterparts"]} | {1000}
                        if not lo < hi or {lo, hi} != ids:
                            err(r, f"{eid}: 1:1 DM key {e['conversation_key']}")
                    elif not re.match(r"^\d{18,19}$", e["conversation_key"]):
                        err(r, f"{eid}: group DM key")
                elif not re.match(r"^\d{18,19}$", e["conversation_key"]):
                    err(r, f"{eid}: tweet conversation key should be the root tweet id")
                if e["kind"] in ("mention", "reply") and e["direction"] == "inbound" \
                        and "@samrivera_io" not in e["text"].lower():
                    err(r, f"{eid}: inbound mention/reply without @samrivera_io")
            elif p == "facebook":
                for ident in [e["author"]] + e["counterparts"]:
                    if ident["id"] or ident["handle"] or ident["profile_url"] or not ident["name"]:
                        err(r, f"{eid}: facebook identities are names only")
                if e["kind"] == "dm" and not re.match(r"^[a-z0-9]+_\d{15,17}$", e["conversation_key"]):
                    err(r, f"{eid}: messenger thread key {e['conversation_key']}")
            else:
                for ident in [e["author"]] + e["counterparts"]:
                    if ident["id"] or ident["handle"] or not ident["name"]:
                        err(r, f"{eid}: linkedin identities are name + profile_url")
                    if ident["profile_url"] and not re.match(r"^https://www\.linkedin\.com/in/[a-z0-9-]+$", ident["profile_url"]):
                        err(r, f"{eid}: profile url {ident['profile_url']}")
                if e["kind"] == "dm" and not e["conversation_key"].startswith("2-"):
                    err(r, f"{eid}: linkedin conversation id")
        # parents, ordering within conversations
        last_in_conv = {}
        for e in r["events"]:
            ck = (e["platform"], e["conversation_key"])
            t = parse_iso(e["occurred_at"])
            if ck in last_in_conv and t < last_in_conv[ck]:
                err(r, f"{e['external_id']}: out of order")
            last_in_conv[ck] = t
            if e["parent_id"] is not None:
                par = by_ext.get((e["platform"], e["parent_id"]))
                if par is not None:
                    if par["conversation_key"] != e["conversation_key"]:
                        err(r, f"{e['external_id']}: parent in another conversation")
                    if par["occurred_at"] > e["occurred_at"]:
                        err(r, f"{e['external_id']}: parent is later")
        # focus
        if not r["focus"]:
            err(r, "no focus")
        focus_keys = {(f["platform"], f["conversation_key"]) for f in r["focus"]}
        if len(focus_keys) != len(r["focus"]):
            err(r, "duplicate focus")
        fev = [e for e in r["events"] if (e["platform"], e["conversation_key"]) in focus_keys]
        for fk in focus_keys:
            if fk not in last_in_conv:
                err(r, f"focus {fk} has no events")
        if not any(f["platform"] == platform_of(r) for f in r["focus"]):
            err(r, "no focus conversation on the platform named by the id prefix")
        check_semantics(r, fev, as_of, err)
    # split and label ratios
    stats = collections.defaultdict(lambda: collections.Counter())
    by_plat = collections.defaultdict(list)
    for r in records:
        stats[platform_of(r)][(r["expect_call"], r["split"])] += 1
        by_plat[platform_of(r)].append(r)
    for p, c in stats.items():
        n = sum(c.values())
        hold = c[(True, "holdout")] + c[(False, "holdout")]
        want = expected_holdout(by_plat[p])
        if hold != want:
            errors.append(f"{p}: holdout {hold} of {n}, expected {want}")
        # About a third within every batch (round(n/3) per batch can drift by up to 1/3 per
        # batch over the whole platform, so the whole-set check alone would fail once enough
        # 40-situation batches are added).
        per_batch = collections.defaultdict(lambda: [0, 0])
        for r in by_plat[p]:
            per_batch[batch_of(r)][0] += 1
            per_batch[batch_of(r)][1] += r["split"] == "holdout"
        for b, (nb, hb) in sorted(per_batch.items()):
            if abs(hb - nb / 3) > 1:
                errors.append(f"{p}: batch {b + 1} holdout {hb} of {nb} (about a third)")
        pos = c[(True, "holdout")] + c[(True, "tune")]
        if not 0.35 <= pos / n <= 0.45:
            errors.append(f"{p}: positive rate {pos / n:.2f} outside 0.35-0.45")
        ph = c[(True, "holdout")] / max(1, hold)
        pt = c[(True, "tune")] / max(1, n - hold)
        if abs(ph - pt) > 0.05:
            errors.append(f"{p}: positive rate tune {pt:.2f} vs holdout {ph:.2f}")
    pos = sum(r["expect_call"] for r in records)
    if records and not 0.35 <= pos / len(records) <= 0.45:
        errors.append(f"overall positive rate {pos / len(records):.2f}")
    return errors


def check_semantics(r, fev, as_of, err):
    """Consistency between the label, the tags and the events (not a scorer: these only
    make sure a tag names something that is really in the data)."""
    tags = set(r["tags"])
    inbound = [e for e in fev if e["direction"] == "inbound"]
    last = max(parse_iso(e["occurred_at"]) for e in fev) if fev else None
    if r["expect_call"]:
        if not inbound:
            err(r, "a positive needs an inbound event in focus")
        elif as_of - max(parse_iso(e["occurred_at"]) for e in inbound) > NEW_WINDOW:
            err(r, "a positive needs inbound activity within 14 days of as_of")
        bad = tags & set(NEGATIVE_TAGS + ["declined", "no_message", "trivial_question"])
        if bad:
            err(r, f"positive with negative tags {sorted(bad)}")
    else:
        if not (tags & set(NEGATIVE_TAGS + ["keyword_trap", "trivial_question", "small_talk", "declined", "no_message"])):
            err(r, "a negative should name at least one negative tag or keyword_trap/trivial_question/small_talk/declined")
    if "owner_only" in tags and (any(as_of - parse_iso(e["occurred_at"]) < dt.timedelta(days=60) for e in inbound)
                                 or fev[-1]["direction"] != "outbound"):
        err(r, "owner_only: the focus must end with the owner and have no inbound event in 60 days")
    if "reciprocity" in tags and not (inbound and len(inbound) < len(fev)):
        err(r, "reciprocity needs both directions in focus")
    if "many_turns" in tags and len(fev) < 4:
        err(r, "many_turns needs 4+ events in focus")
    if "mass_mention" in tags and not any(len(e["counterparts"]) >= 10 for e in r["events"]):
        err(r, "mass_mention needs an event with 10+ counterparts")
    if "stale" in tags and last and as_of - last < dt.timedelta(days=30):
        err(r, "stale needs the focus to be quiet for 30+ days")
    if "cross_platform" in tags:
        names = collections.defaultdict(set)
        for e in r["events"]:
            for c in e["counterparts"]:
                names[c["name"]].add(e["platform"])
        if not any(len(v) >= 2 for v in names.values()):
            err(r, "cross_platform needs one name on two platforms")
    if "introduction" in tags and not any(len(e["counterparts"]) >= 2 for e in fev):
        if len({c["name"] for e in fev for c in e["counterparts"]}) < 2:
            err(r, "introduction needs two people besides the owner")
    if "first_contact" in tags or "reengagement" in tags:
        authors = {e["author"]["name"] for e in inbound}
        first_ok, reeng_ok = False, False
        for name in authors:
            ts = sorted(parse_iso(e["occurred_at"]) for e in r["events"]
                        if e["author"]["name"] == name or any(c["name"] == name for c in e["counterparts"]))
            first_in_focus = min(parse_iso(e["occurred_at"]) for e in inbound if e["author"]["name"] == name)
            if ts[0] >= first_in_focus - NEW_WINDOW:
                first_ok = True
            if any(b - a >= dt.timedelta(days=120) for a, b in zip(ts, ts[1:])):
                reeng_ok = True
        if "first_contact" in tags and not first_ok:
            err(r, "first_contact but every inbound author has earlier history")
        if "reengagement" in tags and not reeng_ok:
            err(r, "reengagement needs 120+ days of silence with someone who writes in focus")
    lang_tags = tags & set(LANGS)
    if bool(lang_tags) != ("non_english" in tags) or len(lang_tags) > 1:
        err(r, "non_english goes with exactly one lang_xx tag")


# --------------------------------------------------------------------------- summary

def summary(records):
    lines = []
    plats = ["twitter", "facebook", "linkedin"]
    lines.append("| platform | call / tune | call / holdout | no call / tune | no call / holdout | total | positive rate |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    tot = collections.Counter()
    for p in plats + ["all"]:
        rs = [r for r in records if p == "all" or platform_of(r) == p]
        c = collections.Counter((r["expect_call"], r["split"]) for r in rs)
        n = len(rs)
        pos = c[(True, "tune")] + c[(True, "holdout")]
        lines.append(f"| {p} | {c[(True, 'tune')]} | {c[(True, 'holdout')]} | {c[(False, 'tune')]} | "
                     f"{c[(False, 'holdout')]} | {n} | {pos / max(1, n):.0%} |")
    lines.append("")
    lines.append("| language | call | no call | total |")
    lines.append("|---|---:|---:|---:|")
    for lg in ["en", "es", "fr", "de", "pt"]:
        rs = [r for r in records if lang_of(r) == lg]
        pos = sum(r["expect_call"] for r in rs)
        lines.append(f"| {lg} | {pos} | {len(rs) - pos} | {len(rs)} |")
    lines.append("")
    xp = [r for r in records if len({f['platform'] for f in r['focus']}) > 1 or 'cross_platform' in r['tags']]
    lines.append(f"Cross-platform situations (tag `cross_platform`): {len(xp)} "
                 f"({sum(r['expect_call'] for r in xp)} call, {len(xp) - sum(r['expect_call'] for r in xp)} no call); "
                 f"situations with two focus conversations (any platforms): {sum(len(r['focus']) > 1 for r in records)}.")
    lines.append("")
    lines.append("| tag | situations | call | no call | holdout |")
    lines.append("|---|---:|---:|---:|---:|")
    for t in TAGS:
        rs = [r for r in records if t in r["tags"]]
        if not rs:
            continue
        pos = sum(r["expect_call"] for r in rs)
        hold = sum(r["split"] == "holdout" for r in rs)
        lines.append(f"| `{t}` | {len(rs)} | {pos} | {len(rs) - pos} | {hold} |")
    lines.append("")
    nev = sum(len(r["events"]) for r in records)
    kinds = collections.Counter((e["platform"], e["kind"]) for r in records for e in r["events"])
    lines.append(f"Events: {nev} in total; " + ", ".join(
        f"{p} {k} {n}" for (p, k), n in sorted(kinds.items())) + ".")
    ao = sorted(r["as_of"] for r in records)
    lines.append(f"as_of ranges from {ao[0][:10]} to {ao[-1][:10]}.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main

def load():
    sys.path.insert(0, HERE)
    records = []
    for name in MODULES:
        mod = importlib.import_module(f"situations.{name}")
        for sit in mod.SITUATIONS:
            if PREFIX.get(sit["id"].split("-")[0]) != name:
                raise BuildError(f"{sit['id']}: listed in situations/{name}.py")
            records.append(expand(sit, name))
    return records


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--check", action="store_true", help="do not write; fail if outputs are stale")
    args = ap.parse_args()
    try:
        records = load()
    except BuildError as e:
        print(f"build_eval: {e}", file=sys.stderr)
        return 1
    assign_splits(records)
    records.sort(key=lambda r: r["id"])
    errors = check(records)
    table = summary(records)
    print(table)
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    body = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records)
    readme = open(README, encoding="utf-8").read() if os.path.exists(README) else None
    new_readme = readme
    if readme is not None:
        m = re.search(r"(<!-- counts:begin -->\n).*?(<!-- counts:end -->)", readme, re.S)
        if m:
            new_readme = readme[:m.start()] + m.group(1) + table + "\n" + m.group(2) + readme[m.end():]
    current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else None
    if args.check:
        stale = [p for p, a, b in [(OUT, current, body), (README, readme, new_readme)] if a != b]
        if stale:
            print("build_eval: out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print(f"\nOK: {len(records)} situations, outputs up to date.")
        return 0
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
    if new_readme != readme:
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(new_readme)
    print(f"\nwrote {OUT} ({len(records)} situations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

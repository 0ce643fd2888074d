#!/usr/bin/env python3
"""Check that an older conversations.jsonl survives a rebuild: every old id is still present,
in the same split, with identical content. Usage:

    git show main:tests/eval/conversations.jsonl > /tmp/old.jsonl
    python3 tests/eval/compare_splits.py /tmp/old.jsonl tests/eval/conversations.jsonl
"""
import json, sys, collections
old = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
new = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
bad = []
for i, r in old.items():
    n = new.get(i)
    if n is None: bad.append(f"{i}: missing"); continue
    if n["split"] != r["split"]: bad.append(f"{i}: split {r['split']} -> {n['split']}")
    if n != r: bad.append(f"{i}: content differs")
added = sorted(set(new) - set(old))
c = collections.Counter((i[:2], new[i]["split"]) for i in added)
co = collections.Counter((i[:2], r["split"]) for i, r in old.items())
cn = collections.Counter((i[:2], r["split"]) for i, r in new.items())
print(f"old {len(old)}, new {len(new)}, added {len(added)} ({added[0]}..{added[-1]})")
for p in ["tw", "fb", "li"]:
    print(f"{p}: old holdout {co[(p,'holdout')]}/{co[(p,'holdout')]+co[(p,'tune')]}, "
          f"added holdout {c[(p,'holdout')]}/{c[(p,'holdout')]+c[(p,'tune')]}, "
          f"new holdout {cn[(p,'holdout')]}/{cn[(p,'holdout')]+cn[(p,'tune')]}")
print("PROBLEMS:" if bad else "OK: every old id has the same split and identical content")
for b in bad: print("  " + b)
sys.exit(1 if bad else 0)

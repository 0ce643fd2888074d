"""A small, hand-writable notation for evaluation situations.

The modules next to this one (twitter.py, facebook.py, linkedin.py) list situations with
the helpers below. They only describe *what happened*; ../build_eval.py turns each
description into touchpoint events (ids, conversation keys, timestamps, counterparts) and
checks the result. Nothing here knows anything about how touchpoint scores conversations.

People
    P("Priya Natarajan", tw="priyan_ops", li=True)
        tw   Twitter handle (the numeric id is derived from it, or give twid="...")
        li   LinkedIn profile slug; True derives one from the name; "" means a sender
             without a profile URL ("LinkedIn Member", sponsored InMail)
        fb   Facebook display name when it differs from name
    The owner is always the key "me" and is never listed in people.

Conversations (msgs is a list of tuples, see below)
    dm(platform, "a", msgs)        one-to-one direct messages (Twitter DM, Messenger, LinkedIn)
    dm(platform, "a b", msgs)      a group thread with several people (title= optional)
    th(platform, msgs, root="a")   a public thread: tweet + replies, post + comments.
                                   The first message is the root (post/mention) unless root=
                                   names the author of a root that is not in the data (the
                                   owner answered somebody else's tweet or post).
    net("a", msgs)                 LinkedIn invitation / connection events with one person
    focus=True marks the conversation(s) the label is about.

Messages
    (author, when, text)                 author is a people key or "me"
    (author, when, text, opts)           opts: a dict, or a kind string such as "connection"
        when:  "-3d 14:05"  as_of's date minus 3 days, at 14:05 UTC
               "-5h" "-2h30m" "-400d"   that long before as_of
               "+12m" "+3h" "+1d 09:30"  after the previous message of the same conversation
        opts:  kind=   override the event kind
               re=     index (0-based, within the conversation) of the message it answers;
                       default: the previous message (threads only)
               at=     "k1 k2" people @-mentioned / tagged in addition to the obvious ones
               raw=    True: do not prefix Twitter replies with the @handle they answer
"""


def P(name, tw=None, twid=None, li=None, fb=None):
    return {"name": name, "tw": tw, "twid": twid, "li": li, "fb": fb}


def dm(platform, who, msgs, focus=False, title=None):
    return {"type": "dm", "platform": platform, "who": who.split(), "msgs": msgs,
            "focus": focus, "title": title}


def th(platform, msgs, focus=False, root=None):
    return {"type": "thread", "platform": platform, "msgs": msgs, "focus": focus,
            "root": root}


def net(who, msgs, focus=False):
    return {"type": "network", "platform": "linkedin", "who": [who], "msgs": msgs,
            "focus": focus}


def S(id, call, why, tags, people, convs, as_of=None):
    return {"id": id, "call": call, "why": why, "tags": tags.split(), "people": people,
            "convs": convs, "as_of": as_of}


# Invented first and last names for crowds (mass mentions, tag lists). Combined
# deterministically; they are not meant to be anyone in particular.
_FIRST = ["Aiden", "Bea", "Caio", "Dara", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas",
          "Kaya", "Luca", "Mira", "Nate", "Odile", "Pavel", "Quinn", "Rosa", "Soren", "Tamsin",
          "Uma", "Viktor", "Wren", "Xavi", "Yara", "Zeno"]
_LAST = ["Abernathy", "Brightwell", "Castellan", "Dunmore", "Eskildsen", "Farrow", "Galloway",
         "Hollis", "Ivers", "Jaskolski", "Kettering", "Lindqvist", "Marchetti", "Northcott",
         "Okafor", "Pellerin", "Quayle", "Ravensworth", "Sandoval", "Thornbury", "Underhill",
         "Vasquez", "Whitlock", "Yamada", "Zielinski"]


def crowd(n, seed, prefix="c"):
    """n invented people keyed prefix0..prefix{n-1}, with Twitter handles and LinkedIn slugs."""
    out = {}
    for i in range(n):
        first = _FIRST[(seed * 7 + i * 5) % len(_FIRST)]
        last = _LAST[(seed * 3 + i * 11) % len(_LAST)]
        handle = (first[:3] + last + str((seed * 13 + i * 17) % 97)).lower()
        out[f"{prefix}{i}"] = P(f"{first} {last}", tw=handle, li=True)
    return out


def ats(n, prefix="c"):
    return " ".join(f"{prefix}{i}" for i in range(n))

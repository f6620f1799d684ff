"""Page chrome: the lines a site puts around a story (share buttons, newsletter plugs,
calls to action, labels of its other pages). They are no part of the story, so they
align only with identical chrome and carry no finding but ``boilerplate``.

A sentence is chrome when it opens with a pattern of ``lexicons/boilerplate.txt``, or
when it is a line of its own that speaks to the reader of the page rather than telling
the story: no end punctuation (the story's sentences have it), at most
:data:`MAX_WORDS` words (:data:`LABELLED_WORDS` when it opens with a label or a teaser
question, or is split by marks of page layout), not the first line (the headline), and
one of

* a call to action opening it (``lexicons/calls_to_action.txt``: "Join the Daily Spur
  on WhatsApp for the biggest stories", "Donate to keep Castlebridge Forward
  independent");
* the reader's subscription ("You are receiving Pennywise because you signed up on our
  website"): second person alone is not enough, since song lyrics quoted in an article
  speak to a "you" too;
* a site's label for its own pages or paywall ("In pictures: ...", "Story continues
  below advertisement", "Orbital Desk Pro subscribers can read ...", "Tags: ...",
  "Print this article", "Trending in Saskatchewan", "Editor's picks", "Back to top").

A teaser question may come first ("Got a story? Get in touch at ..."), and a line that
is chrome as a whole stays one unit (:mod:`mutate.segment`), where its questions would
have split it into sentences of their own.

A line no wording gives away can still be told from the other version: when the two
are compared, an unmatched short line that the other version's story hardly shares a
word with is the page's, not the story's (:func:`stray`).

The lexicon lists wordings seen; the line shape catches the new wordings each site
invents. Over the labelled families it marks 278 lines the lexicon missed, all labelled
chrome, and none of the 4,039 lines of SWiPE's Wikipedia articles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from . import similarity
from .lexicons import derived, lexicon
from .model import Document

MAX_WORDS = 20  # chrome is a prompt or a label, not a paragraph

_END = re.compile(r"[.!?…:;,”\"’']$")  # a label may end in a bracket: "Download the report (PDF)"
# a site's teaser question before its prompt: "Got a story? Get in touch at ...",
# "Enjoy this story? Support the Courant from £3 a month"
_TEASER = re.compile(r"^(?:[^.?!—–]{1,80}(?:\?|\s[—–])\s+)+")  # or set off by a dash: "Were you there — ping us ..."
_GLYPHS = "▶►▸•· "  # the symbols a site puts before a link or a label
# the marks of page layout that split a masthead or a rail into parts: bars, dots,
# arrows and geometric shapes, which prose never puts between spaced words
_LAYOUT = "|·•›»\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u27c0-\u27ff\u2b00-\u2bff"  # and symbols, dingbats: ☀ ✪ ➜ ⌂
_LAID_OUT = re.compile(r"\s(?:[" + _LAYOUT + r"]{1,2}|//)\s")
_SUBSCRIPTION = re.compile(
    r"\b(?:you|your)\b.*\b(?:receiving|(?:un)?subscri\w*|newsletters?|emails?|inbox|signed up|website|app|account"
    r"|notifications|preferences)\b", re.IGNORECASE)
_SITE_LABEL = re.compile(
    r"^(?:in pictures|in video|gallery|tags|tagged|filed under|topics|categories|posted in|video|watch|listen|audio"
    r"|(?:quick |reader |our )?poll|quiz|classifieds?|public notices?"
    r"|[\w&'’ -]{1,40}? jobs|[\w&'’ -]{1,40}? (?:premium|plus|pro|insider))\s*:"
    r"|\bcontinues? (?:below|after) (?:this |the )?(?:advert\w*|ad)\b"
    r"|\bis intended for [\w ]+ only\b"
    r"|\b(?:subscribers|members)\b.{0,40}\b(?:can (?:read|access|listen to|watch|download)|get|receive)\b"
    r"|^most (?:read|popular|shared|viewed|watched)(?: in\b| this (?:week|month)$| today$|$)"
    r"|^(?:have your say\b|\d+ comments?$)|^back to top$|^you (?:may|might) (?:also )?like$"
    r"|^(?:partner|sponsored|promoted|paid) (?:content|post)\s*:|^editor['’]?s['’]? (?:picks?|choice)$"
    r"|^(?:sponsored|advertorial|(?:image|photo|picture|photograph|illustration)s?(?: credit)?)\s*:"
    r"|^(?:next|previous|up next)(?: article| story)?\s*:|^[\w&'’ -]{1,30} of the (?:week|day|month)\s*:"
    r"|^(?:upcoming |free |live )?(?:webinar|masterclass|event)s?\s*:|^stream\b.{1,60}\blive\b"
    r"|^(?:just in|breaking|developing|live updates)$|\bfor (?:subscribers|members)$"
    # a breadcrumb: "Health › Diet & Fitness"; with dashes only three parts or more, as a
    # headline may hold one ("Rent cap — council votes 7-4")
    r"|^[\w&'’ -]{1,30}(?:\s(?:[›»>/|]|::)\s[\w&'’ -]{1,30})+$|^[\w&'’ -]{1,30}(?:\s[—–]\s[\w&'’ -]{1,30}){2,}$"
    # a masthead or a rail split by the marks of page layout, which prose never uses:
    # "Canopy Notes · Issue 19 · from the Tree Trust", "Slieve TV News | Newry, Mourne & Down"
    r"|^[^/" + _LAYOUT + r"]{1,150}(?:\s(?:[" + _LAYOUT + r"]{1,2}|//)\s[^/" + _LAYOUT + r"]{1,150})+$"
    # a masthead's number ("... — issue 52"), a paywall or its print edition ("(subscribers)",
    # "with a digital pass"), a broadcaster's slot ("on channel 8, or catch up on Tamar Play"),
    # cookies, and a plug that ends by selling itself (", free to subscribe", ", read the verdicts")
    r"|[—–|·,]\s*(?:issue|vol\.?|volume)\s*\d+$|\((?:for )?(?:subscribers?|members?)(?: only)?\)$"
    r"|\bdigital (?:pass|subscription|edition)\b|\be-edition\b|\bon (?:channel|freeview)\s*\d+\b|\bcatch up\b.{0,40}\bon\b"
    r"|\bstreaming on\b|\b(?:we|this site) uses? cookies\b|\bcookie (?:settings|preferences|policy)\b"
    r"|^coming up (?:on|next|after)\b|[—–]\s+(?:the\s+)?(?:\w+\s+)?voice of\b|\bserving [\w ,&'’-]+ since \d{4}\b"
    r"|\bfor new (?:readers|subscribers|customers|members)\b|\bissues (?:of [\w&'’ ]+ )?for [£$€]\d"
    r"|\bsubscriber (?:login|log-in|sign-in)\b|\((?:paid |sponsored )?(?:partnership|promotion|advertisement)\)"
    r"|\bis on (?:air )?(?:every|each) (?:weekday|weeknight|day|night|morning|evening)\b"
    r"|(?-i:\bwith (?:the )?code [A-Z0-9]{3,}\b)|\btap to (?:play|watch|listen|read)\b|\(\d{1,2}:\d{2}\)"
    r"|^(?:[\w&'’-]+ )?(?:poll|quiz|vote)\s*:|^nominations (?:are )?(?:now )?open\b|\bin our (?:\w+ )?(?:issue|edition)$"
    r"|\b(?:brought|comes) to you (?:by|courtesy of)\b|^(?:sponsored|advertisement|promoted)\s*[|:·]"
    # where to reach the site: an email or web address, a phone number ("tell us at
    # cuppa@dailywowser.co.uk", "free each week from firesidedigest.co.uk", "on 07700 900 411")
    r"|\b[\w.-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+\.(?:co\.uk|org\.uk|com|org|net|scot|ie|co\.nz|com\.au)\b"
    r"|\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b"
    r"|^free [\w&'’ -]{1,30}:|\bis delivered (?:free )?to\b|\bour (?:online )?shop\b|\bis written for\b"
    r"|\bfree to (?:subscribe|sign up|join)$|\bwe pay for (?:stories|exclusives|pictures|photos|videos)\b"
    r"|[,:–—]\s*(?:read|see|watch|listen to|find out|download)\s+(?:the|our|it|more|them|here|now)\b[^.,]{0,30}$"
    r"|^(?:continuing education|cpd|cme|members['’]? \w+)\s*:|^free to read\b"
    r"|^[\w&'’ -]{1,30} (?:tv|video|radio|podcast)\s*:|(?-i:\bText [A-Z0-9]{2,}\b.{0,40}\bto \d{4,})"
    r"|^(?:on the menu today|in today['’]s (?:edition|issue|newsletter|briefing)|inside (?:today|this issue))\s*:"
    r"|\bnot a recommendation to (?:buy|sell)\b|\bfor information (?:purposes )?only\b"
    # a site's own page furniture: its print and correction links, its comment switch,
    # its rails of other stories and adverts, its jobs board
    r"|^print (?:this )?(?:article|story|page)$|^report an? (?:error|correction|typo)\b"
    r"|^comments (?:are|have been) (?:closed|disabled|turned off)\b"
    r"|^(?:sponsored|promoted|recommended|trending|popular|latest) (?:stories|content|links|for you|now|in [\w ]{1,30})$"
    r"|^(?-i:More from [A-Z][\w&'’ -]{1,40})$|\bjobs (?:near you|board)$", re.IGNORECASE)  # a site's name


def is_chrome(text: str, own_line: bool = False, first: bool = False) -> bool:
    """Whether a sentence is page chrome. ``own_line``: it is a whole line (or block) of
    its document; ``first``: that line opens the document.

    >>> is_chrome("Share this:"), is_chrome("Follow the money.", own_line=True)
    (True, False)
    >>> is_chrome("Join the Daily Spur on WhatsApp for the biggest stories", own_line=True)
    True
    >>> is_chrome("Join the Daily Spur on WhatsApp for the biggest stories", own_line=True, first=True)
    False
    >>> is_chrome("You are receiving Pennywise because you signed up on our website", own_line=True)
    True
    >>> is_chrome("Hey, I just met you and this is crazy", own_line=True)
    False
    >>> is_chrome("Got a story? Get in touch at news@example.com", own_line=True)
    True
    >>> is_chrome("Who pays? Residents, the council says", own_line=True)
    False
    >>> [is_chrome(s, own_line=True) for s in ("Valley 9 News — Fraserdale — Housing", "Rent cap — council votes 7-4")]
    [True, False]
    >>> [is_chrome(s, own_line=True) for s in ("Download our cyber readiness report (PDF)", "Editor's picks",
    ...                                       "Play resumed after rain (video)")]
    [True, True, False]
    >>> [is_chrome(s, own_line=True) for s in ("Canopy Notes · Issue 19 · from the Tree Trust", "▶ Video: crews at work",
    ...                                       "Slieve TV News | Newry, Mourne & Down", "Incidents ▸ Strandings")]
    [True, True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("Quick poll: do you check your honey? Tap yes or no",
    ...                                       "Not for you? Unsubscribe in one click", "Classifieds: pickers wanted")]
    [True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("Video shows the wave hitting the pier", "Poll finds most voters undecided")]
    [False, False]
    >>> [is_chrome(s, own_line=True) for s in ("The Graveyard Digest — for shift workers — issue 52", "Tip of the week: rest",
    ...                                       "Tamar Tonight is on at 6pm on channel 8", "We use cookies to keep it free",
    ...                                       "Gear Lab: we tested eight ice axes, read the verdicts", "WRECK & REEF // News")]
    [True, True, True, True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("Council to debate issue 52", "Divers read the wreck, its age and its cargo")]
    [False, False]
    >>> [is_chrome(s, own_line=True) for s in ("Were you on the prom — ping your pictures to desk@kerpow.co.uk",
    ...                                       "Local jobs this week ⟩ 84 new listings ⟩ browse them now",
    ...                                       "Know someone who would like the Digest — free from firesidedigest.co.uk")]
    [True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("Also trending ›› Ring found in potato ›› Gull swipes pasty",
    ...                                       "Sent in by a viewer (0:52): the basket tips over, tap to play",
    ...                                       "WHIZZ POLL: should lessons be free? Vote in the app",
    ...                                       "Today's issue comes to you courtesy of Hollowell Brokers")]
    [True, True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("HOLIDAYS ☀ Seven nights on a Broads cruiser from £649",
    ...                                       "Text WEAVER and your story to 81103", "Money (paid partnership) ⌂ Rates dip",
    ...                                       "Marches Tonight is on every weekday at 6pm")]
    [True, True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("FIELD & FURROW ◇ Policy ◇ Wildlife", "Blustering On ⟶ Next up: a gadget",
    ...                                       "Spoke & Chain — the independent voice of the cycle trade",
    ...                                       "Six issues for £21, with a free guide for new readers")]
    [True, True, True, True]
    >>> [is_chrome(s, own_line=True) for s in ("Tags: paediatrics, nursing workforce", "Print this article",
    ...                                       "Trending in Saskatchewan", "More from the inquiry's report")]
    [True, True, True, False]
    """
    if _patterns().match(text):
        return True
    if not own_line or first or _END.search(text):
        return False
    if len(text.split()) > (LABELLED_WORDS if labelled(text) or _LAID_OUT.search(text) else MAX_WORDS):
        return False
    prompt = text[_TEASER.match(text).end():] if _TEASER.match(text) else text
    prompt = prompt.lstrip(_GLYPHS)  # "▶ Video: passengers arrive back by coach"
    return bool(_calls_to_action().match(prompt) or _SUBSCRIPTION.search(prompt) or _SITE_LABEL.search(text)
                or (prompt != text and _SITE_LABEL.search(prompt)))  # "WHIZZ POLL: should ...? Vote ..."


STRAY_WORDS = 15  # a line this short that the other version's story hardly shares is the page's
STORY = 4  # sentences the other version needs before what it lacks says anything
# ... or this long, when it opens with a label or a teaser question: "Gazette Diary:
# Harbottle Show committee meets ...", "Seen a beaver at work? Film it and send it ..."
LABELLED_WORDS = 25
_LABELLED = re.compile(r"^(?:[^\w\s]\s*)?(?:[A-Z][\w&'’ ,-]{0,50}:\s|[^.?!]{1,80}\?\s|[^.?!—–]{1,80}\s[—–]\s)")


def stray(doc: Document, index: int, other: Document) -> bool:
    """Whether an unmatched sentence is page chrome by what the other version shares
    with the line it is on: a line with no end punctuation, at most :data:`STRAY_WORDS`
    words, and at most a third of its content words anywhere in the other version
    ("Subscriber exclusive", "Copy link", "Part of our series: Building on unstable
    ground", "Got a yarn? Flick it to the newsroom"). A wording no list holds is still
    no part of the story, which the other version tells in words of its own. A line
    that names the story's people and places ("Residents evacuated as floodwater
    rises") shares them and stays story. The other version must tell a story
    (:data:`STORY` sentences) for what it lacks to count. Wikipedia's revisions are
    messier: over SWiPE's val and test pairs it marks 521 of the 5,002 unmatched
    sentences, 62 distinct lines in 28 articles, mostly vandalism, song lyrics,
    nutrition tables and section headings, but also a few sentences that lost their
    full stop ("The tigers live on average in the wild for ten to fifteen years").

    >>> from mutate.load import from_text
    >>> story = from_text("Floods hit Kendal\\n\\nThe River Kent rose. Residents were evacuated. "
    ...                   "Schools shut. Roads closed.")
    >>> page = from_text("Copy link\\n\\nFloods hit Kendal\\n\\nResidents evacuated\\n\\nSchools shut.")
    >>> [stray(page, i, story) for i in range(4)]
    [True, False, False, False]
    >>> page = from_text("Floods hit Kendal\\n\\nSchools shut.\\n\\nGot a yarn?\\nFlick it to the newsroom")
    >>> [stray(page, i, story) for i in range(4)]
    [False, False, False, True]
    """
    if len(list(islice((s for s in other.sentences if not s.boilerplate), STORY))) < STORY:
        return False
    line = doc.sentences[index].line
    lo = hi = index  # the sentences of its line: "Got a yarn? Flick it to the newsroom" is one prompt
    while lo > 0 and doc.sentences[lo - 1].line == line:
        lo -= 1
    while hi + 1 < len(doc.sentences) and doc.sentences[hi + 1].line == line:
        hi += 1
    text = " ".join(s.text.strip() for s in doc.sentences[lo:hi + 1])
    if _END.search(text) or len(text.split()) > (LABELLED_WORDS if labelled(text) else STRAY_WORDS):
        return False
    words = similarity.stems(text)
    shared = set(words) & _stems_of(other.text)
    return bool(words) and len(shared) * 3 <= len(words)


def labelled(text: str) -> bool:
    """Whether a line opens with a label or a teaser question, as a site's furniture
    often does ("Gazette Diary: ...", "Seen a beaver at work? Film it ...").

    >>> labelled("Market watch: store lambs up 6p a kilo"), labelled("Seen a beaver? Send it in")
    (True, True)
    >>> labelled("Beavers were released on Tuesday")
    False
    """
    return _LABELLED.match(text) is not None


@lru_cache(maxsize=8)
def _stems_of(text: str) -> frozenset[str]:
    return frozenset(similarity.stems(text))


@derived
@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon("boilerplate")), re.IGNORECASE)


@derived
@lru_cache(maxsize=1)
def _calls_to_action() -> re.Pattern[str]:
    verbs = sorted(lexicon("calls_to_action"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")\b",
                      re.IGNORECASE)

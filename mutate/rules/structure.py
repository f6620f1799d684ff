"""Structure rules: what the alignment itself says (added, deleted, moved, split, merged,
page chrome)."""

from __future__ import annotations

import re

from ..model import LinkKind, Pair, Severity
from .base import Evidence, rule, whole
from .text import attribution_cues, has_negation

_CAVEAT = re.compile(r"\b(however|but|although|though|unconfirmed|not (yet )?(been )?(confirmed|verified))\b", re.I)


@rule(
    "sentence-added",
    bad=[
        ("The minister resigned.", "The minister resigned. She declined to comment."),
        ("Rain fell on Monday.", "Rain fell on Monday. Schools closed across the county."),
        ("The bill passed.", "Critics called it a disgrace. The bill passed."),
        ("Putin met the generals.", "Putin met the generals. The Kremlin declined to comment on the meeting."),
        ("Prices rose.\n\nWages fell.", "Prices rose.\n\nUnions called a strike for June.\n\nWages fell."),
    ],
    good=[
        ("The minister resigned on Monday.", "On Monday the minister resigned."),
        ("The bill passed.", "The bill passed."),
        ("The bill passed.", "The bill passed.\nShare this:"),
    ],
)
def sentence_added(pair: Pair):
    """A target sentence with no counterpart in the source."""
    if pair.link.kind is LinkKind.ADDED:
        yield Evidence("sentence added", target=whole(pair.b))


@rule(
    "sentence-deleted",
    bad=[
        ("The minister resigned. She declined to comment.", "The minister resigned."),
        ("Some have been arrested. The purge continues.", "The purge continues."),
        ("The claim has not been confirmed. Troops moved in.", "Troops moved in."),
        ("Putin met the generals. The Kremlin declined to comment.", "Putin met the generals."),
        ("Prices rose.\n\nUnions called a strike for June.\n\nWages fell.", "Prices rose.\n\nWages fell."),
    ],
    good=[
        ("The minister resigned on Monday.", "On Monday the minister resigned."),
        ("The bill passed.", "The bill passed."),
        ("The bill passed.\nLeave a Reply", "The bill passed."),
    ],
)
def sentence_deleted(pair: Pair):
    """A source sentence with no counterpart in the target; a warning when it carried a
    denial, a caveat or an attribution."""
    if pair.link.kind is not LinkKind.DELETED:
        return
    weighty = has_negation(pair.a) or _CAVEAT.search(pair.a) or attribution_cues(pair.a)
    yield Evidence(
        "sentence deleted" + (" (it carried a denial, caveat or attribution)" if weighty else ""),
        source=whole(pair.a),
        severity=Severity.WARNING if weighty else None,
    )


@rule(
    "sentence-moved",
    bad=[
        ("Rain fell on Monday. Schools closed early.", "Schools closed early. Rain fell on Monday."),
        ("Prices rose. Wages fell. Strikes followed.", "Strikes followed. Prices rose. Wages fell."),
        ("The mayor spoke first. The crowd cheered loudly.", "The crowd cheered loudly. The mayor spoke first."),
        ("Troops crossed the river at dawn. Shelling began at noon. Talks stalled in the evening.",
         "Shelling began at noon. Talks stalled in the evening. Troops crossed the river at dawn."),
        ("The bill passed on Monday. Critics called it a disgrace.",
         "Critics called it a disgrace. The bill passed on Monday."),
    ],
    good=[
        ("Rain fell on Monday. Schools closed early.", "Rain fell on Monday. Schools closed early."),
        ("Rain fell on Monday. Schools closed early.", "Heavy rain fell on Monday. Schools closed early."),
        ("Rain fell on Monday.", "Rain fell on Monday. Schools closed early."),
    ],
)
def sentence_moved(pair: Pair):
    """An aligned sentence whose position relative to the others changed."""
    if pair.link.moved:
        yield Evidence("sentence moved", source=whole(pair.a), target=whole(pair.b))


@rule(
    "sentence-split",
    bad=[
        (
            "Putin purged 150 officers from the security service, and some were arrested in Moscow.",
            "Putin purged 150 officers from the security service. Some officers were arrested in Moscow.",
        ),
        (
            "The council approved the budget on Monday after a long debate about school funding.",
            "The council approved the budget on Monday. The debate about school funding was long.",
        ),
        (
            "The storm flooded the harbour and cut power to thousands of homes along the coast.",
            "The storm flooded the harbour. Power was cut to thousands of homes along the coast.",
        ),
        (
            "Soldatov said the FSB chief had sought out army officers, and that the chief was frustrated with the war.",
            "Soldatov said the FSB chief had sought out army officers. The chief was frustrated with the war.",
        ),
        (
            "The minister resigned on Monday after weeks of pressure over the housing scandal in the capital.",
            "The minister resigned on Monday. She had faced weeks of pressure over the housing scandal in the capital.",
        ),
    ],
    good=[
        ("The council approved the budget.", "The council approved the budget."),
        ("The storm flooded the harbour.", "The storm flooded the old harbour."),
        ("The storm flooded the harbour.", "The storm flooded the harbour. Nobody was hurt."),
    ],
)
def sentence_split(pair: Pair):
    """One source sentence became several."""
    if pair.link.kind is LinkKind.SPLIT:
        yield Evidence(f"sentence split into {len(pair.link.target)}", source=whole(pair.a), target=whole(pair.b))


@rule(
    "sentence-merged",
    bad=[
        (
            "Putin purged 150 officers from the security service. Some officers were arrested in Moscow.",
            "Putin purged 150 officers from the security service, and some were arrested in Moscow.",
        ),
        (
            "The council approved the budget on Monday. The debate about school funding was long.",
            "The council approved the budget on Monday after a long debate about school funding.",
        ),
        (
            "The storm flooded the harbour. Power was cut to thousands of homes along the coast.",
            "The storm flooded the harbour and cut power to thousands of homes along the coast.",
        ),
        (
            "Soldatov said the FSB chief had sought out army officers. The chief was frustrated with the war.",
            "Soldatov said the FSB chief had sought out army officers, and that the chief was frustrated with the war.",
        ),
        (
            "The minister resigned on Monday. She had faced weeks of pressure over the housing scandal in the capital.",
            "The minister resigned on Monday after weeks of pressure over the housing scandal in the capital.",
        ),
    ],
    good=[
        ("The council approved the budget.", "The council approved the budget."),
        ("The storm flooded the harbour.", "The storm flooded the old harbour."),
        ("The storm flooded the harbour. Nobody was hurt.", "The storm flooded the harbour."),
    ],
)
def sentence_merged(pair: Pair):
    """Several source sentences became one."""
    if pair.link.kind is LinkKind.MERGED:
        yield Evidence(f"{len(pair.link.source)} sentences merged", source=whole(pair.a), target=whole(pair.b))


@rule(
    "boilerplate",
    bad=[
        ("The bill passed.", "The bill passed.\nShare this:"),
        ("The bill passed.\nLeave a Reply", "The bill passed."),
        ("The bill passed.", "The bill passed.\nSee also  Ten things to know about the bill"),
        ("The bill passed.\nSimilar Posts", "The bill passed."),
        ("The bill passed.", "The bill passed.\nYour email address will not be published."),
        ("The bill passed.", "The bill passed.\nFollow City Desk on Facebook for more local news"),
        ("The bill passed.", "The bill passed.\nDownload the Channel 9 News app for live updates"),
        ("The bill passed.", "The bill passed.\nSend your story tips to the newsdesk"),
        ("The bill passed.", "The bill passed.\nMOST READ: Five of the biggest votes in history"),
        ("The bill passed.", "The bill passed.\nMore from City Desk: the budget explained"),
        ("The bill passed.", "The bill passed.\nListen to this story"),
        ("The bill passed.", "The bill passed.\nTap here to follow City Desk on WhatsApp"),
        ("The bill passed.", "The bill passed.\nGet the City Desk morning email – sign up free"),
        ("The bill passed.", "The bill passed.\nForward this briefing to a friend who might enjoy it"),
        ("The bill passed.", "The bill passed.\nGet City Desk in your inbox every weekday morning"),
        ("The bill passed.", "The bill passed.\nSupport independent local journalism: become a member today"),
        ("The bill passed.", "The bill passed.\nWATCH: Dramatic footage shows the moment the vote was called"),
        ("The bill passed.", "The bill passed.\nSign up for City Desk, free every weekday"),
        ("Shares rose.", "Shares rose.\nThis newsletter is not investment advice."),
        ("The bill passed.", "The bill passed.\nGet breaking news alerts with the City Desk app"),
        ("The bill passed.", "The bill passed.\nListen to City Radio News every hour, on the hour"),
        ("The bill passed.", "The bill passed.\nFiled under: Local politics, Budget"),
        ("The bill passed.", "The bill passed.\nComments are closed for this story"),
        ("The bill passed.", "The bill passed.\nCity Desk Premium: unlock our council voting tracker"),
        ("The bill passed.", "City Desk newsletter\nView this email in your browser\nThe bill passed."),
        ("The bill passed.", "The bill passed.\nGot a story? Get in touch at news@citydesk.example"),
        ("The bill passed.", "The bill passed.\nDownload our council budget tracker (PDF)"),
        ("The theatre reopened.", "The theatre reopened.\nImage: Grand Empire Trust"),
        ("The theatre reopened.", "The theatre reopened.\nSponsored: Smarter ticketing for theatres"),
        ("The theatre reopened.", "The theatre reopened.\nArts › Theatre & Dance"),
        ("The theatre reopened.", "The theatre reopened.\nExhibition | Business | UK & Ireland"),
        ("The theatre reopened.", "The theatre reopened.\nStage Weekly :: Venues :: Reopenings"),
        ("The theatre reopened.", "The theatre reopened.\nGot something to say about the theatre? Text STAGE to 4997"),
        ("Shares rose.", "Shares rose.\nThis letter is written by our desk for information only and is not a recommendation to buy"),
        ("Theatre reopens\nThe theatre reopened.", "Free to read this week: Stage Pro coverage\nTheatre reopens\nThe theatre reopened."),
        ("The theatre reopened.", "The theatre reopened.\nStage Data Intelligence: box office figures for subscribers"),
        ("The council passed its budget on Monday. Libraries will close. Fees will rise. Staff will go.",
         "The council passed its budget on Monday. Libraries will close. Fees will rise. Staff will go.\n"
         "Got a yarn? Flick it to the newsroom"),
        ("The council passed its budget on Monday. Libraries will close. Fees will rise. Staff will go.",
         "Subscriber exclusive\nThe council passed its budget on Monday. Libraries will close. Fees will rise. "
         "Staff will go."),
    ],
    good=[
        ("The bill passed.", "The bill passed."),
        ("The bill passed.", "The bill passed. Critics say they will share this view."),
        ("The bill passed.", "The bill passed.\nFollow the money, the senator said."),
        ("The bill passed.", "The bill passed.\nSign up for the scheme opens in May."),
        ("The bill passed.", "The bill passed.\nSign up for free school meals opens in May, every weekday."),
        ("Shares rose.", "Shares rose.\nThe bank said its research is not investment advice."),
        ("The bill passed.", "The bill passed.\nMore from the council is expected next week."),
        ("The bill passed.", "The bill passed.\nMost read the report before the vote."),
        ("The bill passed.", "The bill passed.\nListen to this story of two towns, the mayor said."),
        ("The bill passed.", "The bill passed.\nWatch the vote again on the council's website, she said."),
        ("The bill passed.", "The bill passed.\nForward planning to a later date was rejected."),
        ("The bill passed.\nShare this:", "The bill passed.\nShare this:"),
        ("The bill passed.", "The bill passed.\nMore from the council's leader\nShe said it was fair."),
        ("The bill passed.", "The bill passed.\nTrending in the polls, the mayor says the vote was fair."),
        ("The bill passed.", "The bill passed.\nWho pays? Residents, the council says"),
        ("The match was halted.", "The match was halted.\nPlay resumed after rain (video)\nIt ended at 6pm."),
        ("The bill passed.", "Watch the vote\nThe bill passed."),
        ("The River Kent burst its banks in Kendal. Homes flooded. Roads shut. Schools closed.",
         "The River Kent burst its banks in Kendal. Homes flooded.\nKendal flood defences\nRoads shut. Schools closed."),
    ],
)
def boilerplate(pair: Pair):
    """Page chrome (share buttons, related links, comment forms): not part of the story."""
    if pair.link.kind is LinkKind.ADDED:
        yield Evidence("page chrome, not story text", target=whole(pair.b))
    elif pair.link.kind is LinkKind.DELETED:
        yield Evidence("page chrome, not story text", source=whole(pair.a))


RULES = (sentence_added, sentence_deleted, sentence_moved, sentence_split, sentence_merged, boilerplate)

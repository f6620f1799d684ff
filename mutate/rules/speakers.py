"""Who a quote is credited to: the reporting clause after it ("..., said Boris
Johnson") or before it ("Soldatov said: ..."), with the title, the organisation and
the pronoun resolved the way news writes them.
"""

from __future__ import annotations

import re

from .text import Quote, quotes

_NAME = r"(?:[A-Z][\w’'.-]+(?:\s+(?:of|for|the|de|von|al)?\s*[A-Z][\w’'.-]+)*)"
# a lower-case title before a name ("council deputy leader", "cabinet member for culture"),
# whose words are not the prepositions or pronouns that can also stand there ("said on Monday")
_TITLE_WORD = r"(?!(?:on|in|at|to|from|by|with|during|after|before|last|this|that|and|but|as|when|while|he|she|they|it|we|i)\b)[a-z][\w-]*\s+"
_TITLE = rf"(?:{_TITLE_WORD}(?:(?:of|for)\s+{_TITLE_WORD})?){{1,4}}"
# the organisation before a title ("Northwind chief executive Fiona Strachan", "Calloway's
# chief economist, Ruth Adeyemi", "the charity's chair, Peter Lyle"), and a title set off
# by a comma
_ORG = r"(?:(?:[A-Z][\w’'.-]+|[a-z][\w-]*['’]s)\s+(?=[a-z]))"
_TITLE_COMMA = rf"(?:{_TITLE_WORD}){{0,3}}[a-z][\w-]*,\s+"
# a title before the name, the name set off by commas ("the bank's chief economist, Sara
# Lindqvist, told")
_TITLED = rf"(?:the\s+)?(?:[a-z][\w-]*\s+)?[\w-]+['’]s\s+{_TITLE_COMMA}{_NAME},"
_WHO = rf"(?:{_TITLED}|(?:{_ORG}?{_TITLE})?{_NAME}|he|she|they|it|one|officials?|analysts?|experts?|police|sources?)"
# verbs of saying, and of naming a thing in quoted words ("called the result “a clear
# verdict”", "described it as “reckless”")
_VERBS = (r"(?:said|says|told|tells|explained|added|continued|warned|insisted|claimed|stated|wrote|asked|replied"
          r"|noted|admitted|argued|conceded|declared|stressed|called|calls|described|describes|branded|dubbed"
          r"|labell?ed|hailed)")
# a description set off by commas between the name and the verb ("Tariq Hussain, a head
# teacher whose school has had three cases, said")
_APPOSITIVE = r"(?:,\s+(?:a|an|the)\s+[^,“”\".!?]{1,80}?,)?"
# a title written with capitals after an organisation's name ("Larkrise's Operations
# Director, Lorraine Upsall"): the name comes after the comma
_CAPITAL_TITLE_COMMA = r"[\w-]+['’]s\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+"
_SPEAKER_AFTER = re.compile(
    rf"[,)]?\s*(?:{_VERBS}\s+(?:the\s+)?(?:{_ORG}?(?:{_TITLE}|{_TITLE_COMMA})|{_CAPITAL_TITLE_COMMA})?({_NAME})"
    rf"|((?:(?:the|a|an)\s+[a-z]+\s+)?{_WHO}|(?:the|a|an)\s+[a-z]+){_APPOSITIVE}\s+{_VERBS}\b)"
)
# the reporting clause of the quote's own sentence: no other quote, no full stop before a capital
_SPEAKER_BEFORE = re.compile(
    rf"\b({_WHO}){_APPOSITIVE}\s+{_VERBS}\b(?:[^“\".!?]|[.!?](?!\s+[A-Z]))*?[:,]?\s*$")
# "said Holt", "Holt said", and "Professor Marco Bellini, a glaciologist at the University
# of Turin who was not involved, said": a name set off from its verb by what it is
_CREDITED = re.compile(rf"\b{_VERBS}\s+(?:the\s+)?(?:{_TITLE})?({_NAME})|\b({_NAME})\s+{_VERBS}\b"
                       rf"|\b({_NAME}),[^.!?“”\"]{{1,120}}?,\s+{_VERBS}\b")


def speaker(text: str, quote: Quote) -> str | None:
    """Who a quote is credited to (a surname, a pronoun or a noun), from the words
    right after it or the reporting clause before it; a title is not part of the name.

    >>> s = '“We will win,” said Boris Johnson.'
    >>> speaker(s, quotes(s)[0])
    'Johnson'
    >>> s = 'Speaking to CEPA, Russian security expert Andrei Soldatov said: “Does it matter?'
    >>> speaker(s, quotes(s)[0])
    'Soldatov'
    >>> s = '“We asked,” said council deputy leader Tom Reyes.'
    >>> speaker(s, quotes(s)[0])
    'Reyes'
    >>> s = '“We grew too quickly,” chief financial officer Lars Berg told analysts.'
    >>> speaker(s, quotes(s)[0])
    'Berg'
    >>> s = 'Opposition leader Hana Tupai called the result “a clear verdict”.'
    >>> speaker(s, quotes(s)[0])
    'Tupai'
    >>> s = '“Our offer is fair,” said Northwind’s chief operating officer, Graham Pell.'
    >>> speaker(s, quotes(s)[0])
    'Pell'
    >>> s = '“We are out of patience,” said the union’s president, Moira Dunn.'
    >>> speaker(s, quotes(s)[0])
    'Dunn'
    >>> s = '“Prices will slow,” Calloway chief economist Ruth Adeyemi said.'
    >>> speaker(s, quotes(s)[0])
    'Adeyemi'
    >>> s = '“Rates will rise,” the bank’s chief economist, Sara Lindqvist, told reporters.'
    >>> speaker(s, quotes(s)[0])
    'Lindqvist'
    >>> s = '“It matters,” said Larkrise’s Operations Director, Lorraine Upsall.'
    >>> speaker(s, quotes(s)[0])
    'Upsall'
    >>> s = 'Tariq Hussain, a head teacher whose school had three cases, said: “Parents have been brilliant.”'
    >>> speaker(s, quotes(s)[0])
    'Hussain'
    """
    return _last_name(speaker_words(text, quote))


def speaker_words(text: str, quote: Quote) -> str | None:
    """The words that name a quote's speaker: the whole name after "said" ("said the
    charity’s chair, Peter Lyle" gives "Peter Lyle"), the name with its title where the
    reporting clause comes first. What a changed speaker changes, so no other rule
    reads those words as a name swapped.

    >>> s = '“We grew,” said the charity’s chair, Peter Lyle.'
    >>> speaker_words(s, quotes(s)[0])
    'Peter Lyle'
    """
    after = _SPEAKER_AFTER.match(text, quote.end)
    if after:
        words = after.group(1) or after.group(2)
    else:
        before = _SPEAKER_BEFORE.search(text, 0, quote.start)
        words = before.group(1) if before else None
    return words.rstrip(",.") if words else None


def credited(text: str, quote: Quote, before: str = "") -> str | None:
    """Like :func:`speaker`, but a pronoun ("she said") is read as the person credited
    last before the quote, in ``text`` or in the sentences ``before`` it: news names a
    speaker once ("Council leader Maria Holt said ...") and then writes "she said".
    A pronoun with no one credited before it stays a pronoun. A quote with no speaker
    of its own that runs on from a credited one is that speaker's (:func:`_run_on`).

    >>> s = 'Duval said she would stay. “My door is open,” she said.'
    >>> credited(s, quotes(s)[0])
    'Duval'
    >>> s = '“My door is open,” she said.'
    >>> credited(s, quotes(s)[0], before='Council leader Maria Holt said the town was let down.')
    'Holt'
    >>> s = '“Our offer is fair.”'
    >>> credited(s, quotes(s)[0], before='“We are sorry,” Northwind chief executive Fiona Strachan said.')
    'Strachan'
    >>> s = '“The trend is hard to dispute,” he said.'
    >>> credited(s, quotes(s)[0], before='Hofbauer led it. Marco Bellini, a glaciologist at Turin, said it was sobering.')
    'Bellini'
    """
    who = speaker(text, quote)
    if who is None:
        return _run_on(f"{before} {text[:quote.start]}")
    if who.lower() not in PRONOUNS:
        return who
    earlier = [m.group(1) or m.group(2) or m.group(3) for m in _CREDITED.finditer(f"{before} {text[:quote.start]}")]
    names = [_last_name(w) for w in earlier if named(_last_name(w)) and w.lower() not in _DETERMINERS]
    return names[-1] if names else who


_CLAUSE_TAIL = re.compile(r"[^.!?“”\"]{0,40}[.!?]?\s*$")  # "... said in a statement."


def _run_on(context: str) -> str | None:
    """The speaker of the quote that ``context`` ends with, when only its reporting
    clause follows it: news runs one speaker's quotes on, crediting the first
    ("“We are sorry,” Strachan said. “Our offer is fair.”").

    >>> _run_on('“We are sorry,” chief executive Fiona Strachan said in a statement. ')
    'Strachan'
    >>> _run_on('“We are sorry,” Strachan said. Talks resume on Monday. ') is None
    True
    """
    marks = quotes(context)
    if not marks:
        return None
    after = _SPEAKER_AFTER.match(context, marks[-1].end)
    if not after or not _CLAUSE_TAIL.match(context, after.end()):
        return None
    who = _after(after)
    return who if named(who) else None


def _after(clause: re.Match[str]) -> str:
    """The speaker a :data:`_SPEAKER_AFTER` match names ("said Boris Johnson", "the general said")."""
    return _last_name(clause.group(1) or clause.group(2))


_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "their", "its", "our", "this", "that"})


PRONOUNS = frozenset({"he", "she", "they", "it", "one"})


def named(who: str | None) -> bool:
    """Whether a speaker is a name ("Soldatov") rather than a pronoun or a noun ("officials")."""
    return bool(who) and who[0].isupper() and who.lower() not in PRONOUNS


def _last_name(name: str | None) -> str | None:
    return name.split()[-1].strip("’'.,") if name else name

"""How two amounts compare: the same value written two ways ("$1.48 billion" / "$1.5bn"),
which of them may be weighed against each other, and which way one became the other.
The number rules pair the quantities :mod:`.quantities` reads and ask these questions.
"""

from __future__ import annotations

import math

from .quantities import Quantity


def same_value(x: Quantity, y: Quantity) -> bool:
    """Whether two quantities state the same amount, allowing for rounding.

    >>> from mutate.rules.quantities import quantities
    >>> a, b = quantities("$1.48 billion, or $1.5bn")
    >>> same_value(a, b)
    True
    """
    if not comparable(x, y):
        return False
    tol = max(x.tolerance, y.tolerance)
    return math.isclose(x.low, y.low, abs_tol=tol, rel_tol=1e-9) and math.isclose(x.high, y.high, abs_tol=tol, rel_tol=1e-9)


def comparable(x: Quantity, y: Quantity) -> bool:
    """Same kind (and currency), and both parts or both wholes: larger or smaller can be
    judged. "All nine" compares with the "six" of "six of its nine", not with its "nine"."""
    return x.kind == y.kind and x.unit == y.unit and x.whole == y.whole


def direction(x: Quantity, y: Quantity) -> str | None:
    """How ``x`` became ``y``: "up", "down", "changed" (a year, an id, an age, a
    currency, a range that widened) or None when the amount is the same.

    >>> from mutate.rules.quantities import quantities
    >>> direction(*quantities("nearly 150 and more than 150"))
    'up'
    >>> direction(*quantities("dozens and 40"))
    """
    if x.kind != y.kind:
        return None
    if x.unit != y.unit:
        return "changed"
    if same_value(x, y):
        if x.bound == "below" and y.bound == "above":
            return "up"
        if x.bound == "above" and y.bound == "below":
            return "down"
        return None
    if x.kind in ("year", "id", "age"):
        return "changed"
    if _rounded(x, y) or _rounded(y, x):
        return None
    tol = max(x.tolerance, y.tolerance)
    if (x.vague or y.vague) and x.low - tol <= y.high and y.low - tol <= x.high:
        return None  # overlapping ranges ("dozens" / "40"): an approximation, not a new amount
    if y.low >= x.low - tol and y.high >= x.high - tol:
        return "up"
    if y.low <= x.low + tol and y.high <= x.high + tol:
        return "down"
    return "changed"


ROUNDING = 0.1  # how far a rounded approximation may lie from the exact amount it stands for


def _rounded(exact: Quantity, approx: Quantity) -> bool:
    """Whether ``approx`` is ``exact`` rounded, on the side its word says: "2,416" is
    "more than 2,400", "27" is "nearly 30", "148" is "about 150"; a percentage within
    a point of it.

    >>> from mutate.rules.quantities import quantities
    >>> [_rounded(*quantities(s)) for s in ("2,416 or more than 2,400", "27 or nearly 30", "35 or nearly 30")]
    [True, True, False]
    """
    if approx.bound is None or exact.approx or exact.vague or exact.low != exact.high:
        return False
    gap = exact.value - approx.value
    room = 1.0 if exact.kind == "percent" else ROUNDING * approx.value
    side = {"above": 0 <= gap, "below": gap <= 0, "around": True}[approx.bound]
    return side and abs(gap) <= room


def same_thing(x: Quantity, y: Quantity) -> bool:
    """Whether two quantities plausibly count the same thing (same kind, shared context)."""
    return comparable(x, y) and bool(set(x.context) & set(y.context))

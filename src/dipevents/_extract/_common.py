"""Helpers the frames share: clauses, subjects and antecedents, prepositions, status, dates,
evidence, coordinated actors, and the attribution that fills ``reported_by``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .._actor import Actor
from .._events import Event
from .._mentions import ActorMention, TimeMention, is_demonym
from .._values import Item, Location, Span, TimeSpan
from ._context import _Sentence
from ._triggers import ItemMention, TriggerHit
from ._words import _FUNCTION_WORDS, _WORD, _word_before


_CLAUSE_BREAK = re.compile(
    r",\s(?:and|but)\s(?:a|an|the|its|their)\s|;|\s[—–]\s|\s--\s|,\s(?:but|while|whereas|although|though|which|who|after|before|when|"
    r"because|since|as|if|unless|and\s(?:then|later))\s|\s(?:but|while|whereas|although|though|"
    r"after|before|because|if|unless|since)\s|"
    # a participle clause of its own: ", preposterously blaming it on ...", ", accusing ..."
    r",\s(?:\w{2,20}ly\s)?(?:accusing|blaming|charging|claiming|alleging|saying|calling|"
    r"arguing|insisting|denying|condemning)\s",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(
    r"(?<!\w)(?:was|were|been|being|is|are|be|got|get)\s(?:\w{1,20}ly\s)?$", re.IGNORECASE
)


_STATUS_ORDER = (
    "negated",
    "cancelled",
    "postponed",
    "invited",
    "hypothetical",
    "alleged",
    "planned",
    "ongoing",
)


# what a frame returns: its events, why it gave none, and the span it used up (a later
# trigger inside it is skipped), or None
Frame = tuple[list[Event], str, "tuple[int, int] | None"]


def _preposition(ctx: _Sentence, mention_start: int) -> str:
    """The word before a mention, skipping articles ("to the United Nations" → "to")."""
    before = _word_before(ctx.text, mention_start, ctx.start)
    adjectives = ctx.lex.words.get("state_adjective", ())
    for _ in range(3):
        if before is None:
            break
        word = before[0]
        if (
            word.lower() in _DETERMINERS_BEFORE_STATE
            or word.lower() in adjectives
            or (
                "-" in word.strip("-") and word.islower()  # "to war-torn Mozambique"
            )
        ):
            before = _word_before(ctx.text, before[1], ctx.start)
            continue
        break
    return before[0].lower() if before is not None else ""


_DETERMINERS_BEFORE_STATE = frozenset(
    {"the", "a", "an", "several", "some", "many", "various", "multiple", "two", "three", "four",
     "five", "dozens", "numerous"}
)  # fmt: skip


_WINDOW = 400  # characters around a trigger that its clause may span


def _clause(ctx: _Sentence, pos: int) -> tuple[int, int]:
    """The bounds of the clause around *pos*, inside the sentence and a window around *pos*."""
    lo, hi = max(ctx.start, pos - _WINDOW), min(ctx.end, pos + _WINDOW)
    for m in _CLAUSE_BREAK.finditer(ctx.text, lo, hi):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def _usable(ctx: _Sentence, m: ActorMention) -> bool:
    if m.actor.kind == "media":
        return False  # media report events; they do not visit, send or launch
    if m.start not in ctx.excluded:
        prefix = ctx.text[max(0, m.start - 5) : m.start].lower()
        return not prefix.endswith(("pro-", "anti-"))  # "pro-Russian separatists"
    return False


def _owner_of_a_group(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether *m* only says where a stateless group is from ("Yemen's Houthis fired"):
    the group acts, not the state."""
    possessive = _POSSESSIVE_AFTER.match(ctx.text, m.end)
    if possessive is None:
        return False
    following = _actor_at(ctx, possessive.end())
    return (
        following is not None
        and following.actor.kind == "group"
        and following.actor.country is None
    )


def _actor_at(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The actor mention that starts exactly at *pos*, if any."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    if index < len(ctx.actors) and ctx.actors[index].start == pos:
        return ctx.actors[index]
    return None


def _subject(ctx: _Sentence, pos: int, *, allow_location: bool = False) -> ActorMention | None:
    """The actor before *pos*: nearest in the clause, else nearest in the sentence; "X said it
    had ..." makes the speaker the subject."""
    word = _WORD.match(ctx.text, pos)
    if (
        word is not None
        and word.group().lower().endswith("ing")
        and _ADVERBIAL_ING.search(ctx.text, max(ctx.start, pos - 12), pos)
    ):
        # "X met Y in Perth before flying on to Malaysia": the main clause's subject flies
        main = _main_subject(ctx, pos)
        if main is not None:
            return main
    found = _nearest_subject(ctx, pos, allow_location=allow_location)
    if (
        found is None
        and ctx.reporter_mention is not None
        and ctx.reporting_end <= pos
        and (found_pronoun := _PRONOUN_AFTER.match(ctx.text, ctx.reporting_end)) is not None
        and pos - found_pronoun.end() <= 60
        and not _OTHER_CLAUSE.search(ctx.text, found_pronoun.end(), pos)
    ):
        return ctx.reporter_mention
    if (
        found is None
        and ctx.reporter_mention is not None
        and _WE_BEFORE.search(ctx.text, max(ctx.start, pos - 40), pos)
    ):
        # '"We will send a delegation to Kabul," a senior Qatari official said': "we" is the
        # speaker's side
        return ctx.reporter_mention
    return found


_WE_BEFORE = re.compile(r"(?<![\w'’])[Ww]e\s(?:[\w'’-]+\s){0,3}$")
_ADVERBIAL_ING = re.compile(r"\b(?:before|after|while|when|since|upon)\s$", re.IGNORECASE)


def _main_subject(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The first actor of the sentence that can be a subject (not in a prepositional phrase,
    not a place), before *pos*."""
    lo = max(ctx.start, _report_end(ctx, pos))
    first = bisect.bisect_left(ctx.actor_starts, lo)
    for m in ctx.actors[first:]:
        if m.start >= pos:
            break
        if m.location or not _usable(ctx, m) or _prepositional(ctx, m):
            continue
        if _modifier_compound(ctx, m) or _owner_of_a_group(ctx, m):
            continue
        return m
    return None


_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:is|was|are|were)\s(?:\w{1,15}\s){0,3}(?:in|with|about|by)\s")
_PRONOUN_AFTER = re.compile(
    r"(?:\s(?:on\s\w{1,12}|\w{1,12}day))?\s(?:that\s)?"
    r"(?:it|they|he|she|we|(?:his|her|its|their|our)\s(?:country|government|nation))\s",
    re.IGNORECASE,  # "Russia Says It Will Not Deliver ..."
)


def _nearest_subject(
    ctx: _Sentence, pos: int, *, allow_location: bool = False
) -> ActorMention | None:
    lo, _ = _clause(ctx, pos)
    reported = _report_end(ctx, pos)
    lo = max(lo, reported)
    last = bisect.bisect_left(ctx.actor_starts, pos)
    far = max(ctx.start, reported, pos - _WINDOW)
    far = max(far, ctx.text.rfind("; ", far, pos) + 1)  # a subject never lies past a semicolon
    it = _IT_BEFORE.search(ctx.text, max(lo, pos - 50), pos)
    if it is not None and not any(
        it.start() < m.start and m.end <= pos
        for m in ctx.actors[bisect.bisect_left(ctx.actor_starts, it.start()) : last]
    ):
        # "Japan would shoot them down if it bought U.S. weapons": "it" is the last state
        # named as a subject before it
        antecedent = _antecedent(ctx, it.start(), "it", None, subject=True)
        indefinite = antecedent is not None and _INDEFINITE.search(
            ctx.text, antecedent.end, it.start()
        )
        if antecedent is not None and not indefinite:
            return antecedent
        if (
            indefinite
            and _CONJUNCTION_BEFORE.search(ctx.text, max(lo, it.start() - 12), it.start())
            and not _IS_WAS.search(ctx.text, indefinite.end(), it.start())  # not "a deal is near"
        ):
            # "seized a Hong Kong-flagged vessel under suspicions that it transferred oil": "it"
            # is the vessel, which is no state (but "the missile it fired" looks further back)
            return None
    pronoun = _HE_SHE_BEFORE.search(ctx.text, max(lo, pos - 60), pos)
    if pronoun is not None and not any(
        pronoun.start() < m.start and m.end <= pos and not m.location
        for m in ctx.actors[bisect.bisect_left(ctx.actor_starts, pronoun.start()) : last]
    ):
        # "A senior British minister said ... as he embarked on a trip": he is the person
        return _person_before(ctx, pronoun.start())
    relatives = [(r.start(), r.end()) for r in _RELATIVE.finditer(ctx.text, min(lo, far), pos)]
    for bound in (lo, far):
        for m in reversed(ctx.actors[:last]):
            if m.start < bound:
                break
            if m.end > pos or not _usable(ctx, m):
                continue
            if any(a < m.start and m.end <= b for a, b in relatives):
                continue  # "Turkey, which had demanded Assad step down, blamed ..."
            if m.location and not allow_location:
                continue
            if _modifier_compound(ctx, m) or _owner_of_a_group(ctx, m):
                continue  # "Kremlin-backed separatists", "Yemen's Houthis": not the subject
            if (
                _prepositional(ctx, m)
                and not _delegation_of(ctx, m)
                and not _WHO_AFTER.match(ctx.text, m.end)  # "by the Royal Navy, who denied"
            ):
                continue
            if _AND_GERUND.search(
                ctx.text, max(ctx.start, pos - 12), pos
            ) and _GERUND_BEFORE.search(ctx.text, max(ctx.start, m.start - 30), m.start):
                # "must stop appeasing Turkey and selling it arms": Turkey is the object of the
                # first verb; both verbs share the clause's subject
                continue
            return _head_of_list(ctx, m, bound)
    return None


_AND_GERUND = re.compile(r"\band\s$")
_GERUND_BEFORE = re.compile(r"\b[a-z]{3,}ing\s(?:the\s)?$")


_IS_WAS = re.compile(r"\b(?:is|was|are|were|has|had|have|will|would)\b")
_CONJUNCTION_BEFORE = re.compile(
    r"\b(?:that|after|before|when|because|since|as|until|once|while|where)\s$", re.IGNORECASE
)
_INDEFINITE = re.compile(r"(?<![\w'’-])(?:a|an)\s(?![\w-]+\s(?:of|from)\s)")
_IT_BEFORE = re.compile(
    r"(?<![\w'’])it\s(?:(?:had|has|have|would|will|could|may|might|did|does|also|not|never|then|"
    r"[a-z]{3,12}ly)\s){0,3}$"
)
_HE_SHE_BEFORE = re.compile(r"(?<![\w'’])(?:he|she)\s(?:[\w'’-]+\s){0,4}$", re.IGNORECASE)


def _person_before(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The last person named before *pos* in the sentence: a person, or a state or demonym
    before an office ("a senior British minister")."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[:index]):
        if m.start < ctx.start:
            break
        if m.end > pos or m.location:
            continue
        if m.start in ctx.excluded and m is not ctx.reporter_mention:
            continue
        if m.actor.kind == "person" or _delegation_after(ctx, m):
            return m
    return None


_WHO_AFTER = re.compile(r",?\s(?:who|which)\s")

_RELATIVE = re.compile(r",\s(?:which|who|whose|whom)\s[^,;]{1,160},")


def _head_of_list(ctx: _Sentence, m: ActorMention, bound: int) -> ActorMention:
    """The first of a list the mention ends: "The United States, Japan and South Korea"."""
    index = first = bisect.bisect_left(ctx.actor_starts, m.start)
    while index > 0:
        before = ctx.actors[index - 1]
        if before.start < bound or before.end > m.start or before.location != m.location:
            break
        joint = _COORDINATOR.fullmatch(ctx.text, before.end, m.start)
        if not joint or not _usable(ctx, before):
            break
        if index == first and not _AND_OR.search(joint.group()):
            break  # the last of a list follows "and" / "or"
        if (before.actor.kind == "person") != (m.actor.kind == "person"):
            break
        m, index = before, index - 1
    return m


def _report_end(ctx: _Sentence, pos: int) -> int:
    """Where the sentence's attribution ("X said (that)") ends, when it comes before *pos*;
    an attribution after the trigger ("...; Tehran says it ...") bounds nothing before it."""
    return ctx.reporting_end if ctx.reporting_end <= pos else -1


def _modifier_compound(ctx: _Sentence, m: ActorMention) -> bool:
    return ctx.text[m.end : m.end + 1] == "-" and ctx.text[m.end + 1 : m.end + 2].isalpha()


def _delegation_of(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether a mention is "from/of X" after a delegation noun: "experts from the OPCW"."""
    prep = _word_before(ctx.text, m.start, ctx.start)
    if prep is not None and prep[0].lower() in {"the", "a"}:
        prep = _word_before(ctx.text, prep[1], ctx.start)
    if prep is None or prep[0].lower() not in {"from", "of"}:
        return False
    noun = _word_before(ctx.text, prep[1], ctx.start)
    return noun is not None and noun[0].lower() in ctx.lex.words.get("delegation_noun", ())


def _prepositional(ctx: _Sentence, m: ActorMention) -> bool:
    """Tell whether a mention sits in a prepositional phrase ("with Russia"): not a subject."""
    return _preposition(ctx, m.start) in {
        "with", "to", "from", "by", "against", "at", "on", "of", "for", "between", "into",
        "toward", "towards", "over", "than", "like", "including", "through", "via",
    }  # fmt: skip


def _after(ctx: _Sentence, pos: int, hi: int | None = None) -> list[tuple[ActorMention, str]]:
    """Actors after *pos* in the clause, each with the preposition before it."""
    _, clause_hi = _clause(ctx, pos)
    limit = clause_hi if hi is None else hi
    first = bisect.bisect_left(ctx.actor_starts, pos)
    last = bisect.bisect_left(ctx.actor_starts, limit)
    return [
        (m, _preposition(ctx, m.start))
        for m in ctx.actors[first:last]
        if m.end <= limit and _usable(ctx, m)
    ]


def _first(found: Iterable[tuple[ActorMention, str]], preps: set[str]) -> ActorMention | None:
    for m, prep in found:
        if prep in preps:
            return m
    return None


def _state_of(m: ActorMention) -> Actor:
    """The actor a mention stands for; a place mention stands for its state."""
    actor = m.actor
    if m.location and actor.country is not None:
        return Actor(name=actor.name, kind="state", country=actor.country)
    return actor


def _location(m: ActorMention) -> Location | None:
    if not m.location:
        return None
    return Location(name=m.text.strip(), country=m.actor.country)


def _when(ctx: _Sentence, pos: int, before: int | None = None) -> TimeSpan | None:
    """The resolved time expression nearest the trigger in its clause, else in the sentence
    (only before *before* when given: an allegation's own time, not its claim's)."""
    lo, hi = _clause(ctx, pos)
    end = ctx.end if before is None else before
    for widened, bounds in ((False, (lo, min(hi, end))), (True, (ctx.start, end))):
        best: TimeMention | None = None
        for t in ctx.times:
            if t.when is None or not (bounds[0] <= t.start and t.end <= bounds[1]):
                continue
            if widened and _SINCE_CLAUSE.search(ctx.text, min(pos, t.start), t.start):
                continue  # "his first trip since Moscow sent troops in February 2022"
            if best is None or abs(t.start - pos) < abs(best.start - pos):
                best = t
        if best is not None:
            return best.when
    return None


# "since" opening a clause of its own ("since Moscow sent troops ... in 2022"), not "since 2003"
_SINCE_CLAUSE = re.compile(r"\bsince\s(?:[\w'’-]+\s){2,}", re.IGNORECASE)


def _status(ctx: _Sentence, hit: TriggerHit, default: str = "occurred") -> str:
    """The status the cues before (and, for 'near' cues, around) the trigger give."""
    lo, hi = _clause(ctx, hit.start)
    window_lo = max(lo, _report_end(ctx, hit.start), _nth_word_start(ctx.text, hit.start, 5, lo))
    window_hi = min(hi, hit.end + 40)
    found: set[str] = set()
    for m in ctx.lex.cue_pattern.finditer(ctx.text, window_lo, window_hi):
        for status, where in ctx.lex.cues[m.group()]:
            if (where == "before" and m.end() <= hit.start) or where == "near":
                found.add(status)
    if _headline_infinitive(ctx, hit):
        found.add("planned")
    if _report_end(ctx, hit.start) <= lo and (
        _CONDITION_OPENS.search(ctx.text, max(ctx.start, lo - 10), lo)
        or _CONDITION_FIRST.match(ctx.text, lo)
    ):
        found.add("hypothetical")  # "if it takes delivery of ...": the clause opens with "if"
    for status in _STATUS_ORDER:
        if status in found:
            return status
    return default


_CONDITION_OPENS = re.compile(r"(?<![\w'’])(?:if|unless)\s$", re.IGNORECASE)
_CONDITION_FIRST = re.compile(r"[\"'“‘]?(?:If|Unless)\s")


def _headline_infinitive(ctx: _Sentence, hit: TriggerHit) -> bool:
    """Headlines write the future as an infinitive after the actor: "Kim to visit Russia"."""
    before = _word_before(ctx.text, hit.start, ctx.start)
    if before is None or before[0] != "to":
        return False
    index = bisect.bisect_left(ctx.actor_starts, before[1]) - 1
    return index >= 0 and ctx.text[ctx.actors[index].end : before[1]] == " "


def _nth_word_start(text: str, pos: int, n: int, lo: int) -> int:
    """Where the *n*-th word before *pos* starts (a currency sign is part of its amount)."""
    cursor = pos
    for _ in range(n):
        before = _word_before(text, cursor, lo)
        if before is None:
            return cursor
        cursor = before[1]
        if cursor > lo and text[cursor - 1] in "$€£¥":
            cursor -= 1  # "suspended about $100 million in aid"
    return cursor


def _evidence(ctx: _Sentence) -> tuple[Span, ...]:
    return (ctx.sentence.span,)


def _is_passive(ctx: _Sentence, hit: TriggerHit) -> bool:
    if hit.text.lower().endswith("ing"):
        return False  # "has been supplying" is progressive, not passive
    window = ctx.text[max(ctx.start, hit.start - 30) : hit.start]
    if _PASSIVE_BEFORE.search(window):
        return True
    return bool(re.match(r"\s(?:\w{1,20}\s)?by\s", ctx.text[hit.end : hit.end + 30]))


def _items(ctx: _Sentence, lo: int, hi: int) -> list[ItemMention]:
    first = bisect.bisect_left(ctx.item_starts, lo)
    last = bisect.bisect_left(ctx.item_starts, hi)
    return [i for i in ctx.items[first:last] if i.end <= hi]


def _to_item(item: ItemMention) -> Item:
    quantity = item.quantity.quantity if item.quantity is not None else None
    return Item(name=item.text, category=item.category, quantity=quantity)  # type: ignore[arg-type]


# --- coordinated actors -----------------------------------------------------------------------


def _coordinated(ctx: _Sentence, m: ActorMention | None) -> list[ActorMention]:
    """The mention and those coordinated with it: "Uzbekistan and Kyrgyzstan", "A, B and C"."""
    if m is None:
        return []
    out = [m]
    closed = 1  # how many of ``out`` a list closed by "and" / "or" covers
    index = bisect.bisect_right(ctx.actor_starts, m.start)
    current = m
    while index < len(ctx.actors) and len(out) < 8:
        nxt = ctx.actors[index]
        if nxt.actor.kind == "person" and current.actor.kind != "person":
            break
        joint = _COORDINATOR.fullmatch(ctx.text, current.end, nxt.start)
        if not joint or not _usable(ctx, nxt):
            break
        out.append(nxt)
        if _AND_OR.search(joint.group()) or _LIST_GOES_ON.match(ctx.text, nxt.end):
            closed = len(out)  # "Putin hosts Chirac, Schroeder for talks": no verb follows
        current = nxt
        index += 1
    # "Russia exports oil to North Korea, China ...": a comma alone does not make a list
    return out[:closed]


_LIST_GOES_ON = re.compile(r"(?:\s(?:for|in|at|on|to|and|or|&|with|over|after|before)\b|[,.;:)]|$)")

_AND_OR = re.compile(r"\b(?:and|or)\b|&")


def _each(ctx: _Sentence, m: ActorMention | None) -> list[ActorMention | None]:
    """Each coordinated mention, or ``[None]`` for an empty slot."""
    found: list[ActorMention | None] = list(_coordinated(ctx, m))
    return found or [None]


_COORDINATOR = re.compile(r"(?:,\s|\s(?:and|or|&)\s|,\sand\s)(?:the\s)?")


# --- helpers of more than one frame -----------------------------------------------------------


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def _delegation_after(ctx: _Sentence, m: ActorMention, pos: int | None = None) -> bool:
    """Tell whether people (a delegation, an office-holder) follow the mention."""
    start = m.end + 1 if pos is None else pos
    if pos is None and (possessive := _POSSESSIVE_AFTER.match(ctx.text, m.end)) is not None:
        start = possessive.end()  # "Cuba's foreign minister"
    following = _WORD.match(ctx.text, start) if start < len(ctx.text) else None
    if following is not None and following.group().lower() in _OFFICE_MODIFIERS:
        following = _WORD.match(ctx.text, following.end() + 1)  # "Syria's interim president"
    nouns = ctx.lex.words.get("delegation_noun", ())
    return following is not None and following.group().lower() in nouns


_OFFICE_MODIFIERS = frozenset({"interim", "acting", "new", "incoming", "outgoing", "top", "senior"})


def _possessor(ctx: _Sentence, pos: int) -> ActorMention | None:
    """The actor in "X's <noun>" just before *pos* ("Putin's visit", "Rouhani's tour")."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[max(0, index - 3) : index]):
        if m.end <= pos and pos - m.end <= 4:
            between = ctx.text[m.end : pos]
            if between.strip() in {"'s", "’s", "'", "’"} and _usable(ctx, m) and not m.location:
                return m
        if m.end < pos - 4:
            break
    return None


def _last_actor_before(ctx: _Sentence, pos: int) -> tuple[ActorMention, str] | None:
    """The last actor mention that starts before *pos*, with the text between it and *pos*."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    if index == 0:
        return None
    m = ctx.actors[index - 1]
    return m, ctx.text[m.end : pos]


_PROJECTILE_CATEGORIES = frozenset({"missile", "rocket"})


def _adjacent(ctx: _Sentence, pos: int) -> ActorMention | None:
    """A state or demonym right before a noun: "Iranian drone deliveries", "US arms sales"."""
    index = bisect.bisect_left(ctx.actor_starts, pos)
    for m in reversed(ctx.actors[max(0, index - 2) : index]):
        gap = ctx.text[m.end : pos]
        if (
            len(gap) <= 25
            and re.fullmatch(r"(?:\s[a-z-]{1,15}){0,2}\s", gap)
            and not m.location
            and not set(gap.split()) & _FUNCTION_WORDS  # "Syria for the sale"
        ):
            return m
    return None


def _owner(ctx: _Sentence, item: ItemMention | None, within: int = 30) -> ActorMention | None:
    """The state that owns an item: "a North Korean missile", "Iran's rockets"."""
    if item is None:
        return None
    index = bisect.bisect_left(ctx.actor_starts, item.start)
    for m in reversed(ctx.actors[max(0, index - 3) : index]):
        if (
            m.end <= item.start
            and item.start - m.end <= within
            and _usable(ctx, m)
            and not _owner_of_a_group(ctx, m)
            and not m.location
            and not _OWNER_BREAK.search(ctx.text, m.end, item.start)
            and not _VERB_THEN_OBJECT.search(ctx.text, m.end, item.start)
            and (  # "Iran's rockets", "a North Korean missile"; not "Saudi Arabia intercepted a
                # missile": a name with words between is the subject of a verb, not an owner
                is_demonym(m)
                or _POSSESSIVE_AFTER.match(ctx.text, m.end)
                or not ctx.text[m.end : item.start].strip()
            )
        ):
            return m
    return None


# between an owner and its item: no clause break, no preposition ("Gaza roads after rockets")
_OWNER_BREAK = re.compile(r"[,;:—–]|\b(?:after|before|but|and|as|when|while|since|at|to|in|on)\b")


# a verb and its object's first word: "Saudi air defences intercepted two ballistic missiles"
_VERB_THEN_OBJECT = re.compile(
    r"\b[a-z]{3,}ed\s(?:a|an|the|two|three|four|five|six|several|dozens|\d[\d,]*|its|their)\b"
)


_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"}
)


def _antecedent(
    ctx: _Sentence,
    pos: int,
    pronoun: str,
    other: ActorMention | None,
    *,
    subject: bool = False,
) -> ActorMention | None:
    """The actor a pronoun before *pos* stands for: the last one named in the sentence that is
    not *other* (the event's other party) nor a place; "him", "his", "her" for a person, "it",
    "its", "them", "their" for any other actor. A *subject* pronoun stands for a name that can
    be a subject: not a demonym, a modifier or the object of a preposition."""
    people = pronoun.lower() in {"him", "his", "her"}
    index = bisect.bisect_left(ctx.actor_starts, pos) - 1
    while index >= 0 and ctx.actors[index].start >= ctx.start:
        m = ctx.actors[index]
        index -= 1
        if m.location or m.actor.country is None:
            continue
        if other is not None and (m is other or m.actor.country == other.actor.country):
            continue
        if subject and (
            is_demonym(m)
            or _modifier_compound(ctx, m)
            or _prepositional(ctx, m)
            or _POSSESSIVE_AFTER.match(ctx.text, m.end)  # "notified Japan's coast guard"
        ):
            continue
        if (m.actor.kind == "person") == people and (
            _usable(ctx, m) or m is ctx.reporter_mention  # "Kenya said its drones ..."
        ):
            return m
    return None


def _triggers_in(ctx: _Sentence, lo: int, hi: int) -> list[TriggerHit]:
    """The sentence's trigger words that lie within ``[lo, hi)``, found once for the whole
    sentence (never re-found on a slice, where a cut word could look like a trigger)."""
    first = bisect.bisect_left(ctx.hit_starts, lo)
    last = bisect.bisect_left(ctx.hit_starts, hi)
    return [h for h in ctx.hits[first:last] if h.end <= hi]


# --- attribution ------------------------------------------------------------------------------


def _attribution(ctx: _Sentence) -> None:
    """Find who says so: "according to X", "X said (that) ...", "..., X said"."""
    text = ctx.text
    for m in ctx.lex.reporting_pattern.finditer(text, ctx.start, ctx.end):
        verb_start, verb_end = m.start(), m.end()
        if m.group().lower() == "according to":
            index = bisect.bisect_left(ctx.actor_starts, verb_end)
            if index < len(ctx.actors) and ctx.actors[index].start - verb_end < 30:
                ctx.reporter = ctx.actors[index].actor
                ctx.excluded.add(ctx.actors[index].start)
            continue
        speaker = None
        index = bisect.bisect_left(ctx.actor_starts, verb_start) - 1
        if index >= 0 and 0 <= verb_start - ctx.actors[index].end <= 30:
            gap = ctx.text[ctx.actors[index].end : verb_start]
            candidate = ctx.actors[index]
            if (
                "," not in gap
                and ";" not in gap
                and len(gap.split()) <= 3
                and not (_prepositional(ctx, candidate) and not candidate.location)
                and not _IN_GAP.search(gap)
            ):
                speaker = candidate
        if speaker is None:
            continue  # "..., officials said": no actor to record
        if _has_trigger_between(ctx, speaker.end, verb_start):
            continue
        ctx.reporter = speaker.actor
        ctx.reporter_mention = speaker
        ctx.excluded.add(speaker.start)
        comma = _COMMA_BEFORE.search(text, max(ctx.start, speaker.start - 40), speaker.start)
        parenthetical = _PARENTHETICAL.match(text, verb_end) and comma
        if parenthetical and comma is not None:
            # "Kim crossed into Russia, Kremlin officials said, ahead of a summit": the subject
            # before stays visible; the attribution's own words are no one's subject
            for inside in ctx.actors[bisect.bisect_left(ctx.actor_starts, comma.start()) :]:
                if inside.start >= verb_end:
                    break
                ctx.excluded.add(inside.start)
        if not _tail_attribution(text, verb_end, ctx.end) and not parenthetical:
            ctx.reporting_end = max(ctx.reporting_end, verb_end)


_PARENTHETICAL = re.compile(r"(?:\s(?:on|last|this)\s\w+|\s\w+day)?,\s")
_COMMA_BEFORE = re.compile(r",\s(?:[\w'’-]+\s){0,4}$")

_IN_GAP = re.compile(r"(?<!\w)(?:in|to|from|with|on|at|for|by|that|which)(?!\w)", re.IGNORECASE)


def _tail_attribution(text: str, pos: int, end: int) -> bool:
    """Tell whether a reporting verb ends the sentence ("..., officials said on Monday.")."""
    rest = text[pos:end]
    return (
        len(rest) < 40
        and not re.search(r"\bthat\b", rest)
        and not _PRONOUN_CLAUSE.match(rest)  # "Cuba said it will send a delegation."
    )


_PRONOUN_CLAUSE = re.compile(r"\s(?:it|they|he|she|we)\s(?:will|would|had|has|was|is|\w+ed)\s")


def _has_trigger_between(ctx: _Sentence, lo: int, hi: int) -> bool:
    return bool(ctx.lex.trigger_pattern.search(ctx.text, lo, hi))

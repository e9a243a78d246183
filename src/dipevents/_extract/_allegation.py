"""The allegation frame: who accuses, condemns or denies what, and against whom. The claim
("accused Iran of supplying drones") is read as an event of its own by the other frames, so the
table of all four frames, ``_FRAMES``, is kept here."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from .._events import Allegation, Event, Launch, Transfer, Visit
from .._mentions import ActorMention, is_demonym
from ._common import (
    _COORDINATOR,
    _DETERMINERS,
    _POSSESSIVE_AFTER,
    Frame,
    _actor_at,
    _adjacent,
    _after,
    _antecedent,
    _clause,
    _coordinated,
    _each,
    _evidence,
    _first,
    _is_passive,
    _possessor,
    _preposition,
    _state_of,
    _status,
    _subject,
    _triggers_in,
    _usable,
    _when,
)
from ._context import _Sentence
from ._launch import _launch
from ._transfer import _transfer
from ._triggers import TriggerHit
from ._visit import _visit
from ._words import _WORD, _word_before


_FOR_AN_ACT = re.compile(r"\sfor\s(?:its\s|their\s|his\s|her\s|the\s|allegedly\s)?\w+")

_OBJECT_OF = re.compile(
    r"\s(?:him|her|them|it|us|me|the\s[\w-]{1,20}|his\s[\w-]{1,20}|her\s[\w-]{1,20}|"
    r"its\s[\w-]{1,20}|their\s[\w-]{1,20}|[\w-]{1,20})(?:\s[\w-]{1,20})?\s(?:of|for|over)\s"
)
_PASSIVE_TAIL = re.compile(r"\s(?:of|over|in)\s")


def _blame_on_things(ctx: _Sentence, hit: TriggerHit) -> bool:
    """'blamed the weather / monsoon rains for': blame put on things, not on anyone."""
    things = ctx.lex.words.get("blamed_thing", frozenset())
    for w in _WORD.finditer(ctx.text, hit.end, hit.end + 40):
        word = w.group().lower()
        if word in {"for", "over", "of"}:
            return False  # "blamed Russian intelligence for a fire": the fire is the act
        if word in things:
            return True
    return False


_DENIAL_BEFORE = re.compile(
    r"(?<!\w)(?:rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|dismissing|"
    r"denied|denies|deny|denying|refuted|refutes|rebuffed|rebuffs|challenged|challenges|"
    r"disputed|disputes|contested|contests)(?:\s[^\s;]{1,20}){0,4}\s$",
    re.IGNORECASE,
)

_BARE_DENIALS = frozenset({"denied", "denies", "deny", "denying"})

_SLOTS_MAIN = {Visit: "visitor", Transfer: "supplier", Launch: "launcher"}

_CLAIM_FOLLOWS = re.compile(
    r"(?:\s(?:on\s\w{1,12}|last\s\w{1,10}|\w{1,12}day|earlier|repeatedly|again|also))?"
    r"(?:\s(?:in|on)\s(?:an?|the|its|their)\s(?:[\w-]+\s){0,4}?(?:report|statement|letter|"
    r"interview|speech|filing|complaint)(?:\s(?:released|published|issued|sent)\s(?:on\s)?\w+)?)?"
    r"\s(?:that\b|[A-Z]|the\s[A-Z]|its\s|it\s|they\s)"
)
_CLAIMS_THAT = re.compile(
    r"(?:\s(?:the\s)?(?:[\w-]+\s)?(?:claims?|accusations?|allegations?|charges?|suggestions?|"
    r"reports?|assertions?))?\sthat\s",
    re.IGNORECASE,
)

_PASSIVE_AFTER = re.compile(
    r"(?:\s[\w'’-]+){0,4}?\s(?:was|were|had\sbeen|has\sbeen|have\sbeen|is|are)\s(?:\w+ly\s)?"
    r"\w+ed\b"
)

_CLAIM_NOUNS = frozenset(
    {"claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge",
     "charges", "reports", "report", "suggestion", "suggestions"}
)  # fmt: skip

_DENY_OBJECT = re.compile(
    # "denied a refit was botched"
    r"\s(?:an?\s|the\s)?[\w'’-]{2,20}\s(?:was|were|had)\s(?:\w+ly\s)?\w+(?:ed|en)\b|"
    r"\s(?:[\w'’.]{1,15}\s){0,2}?(?:that\b|any\b|involvement|responsibility|role|wrongdoing|"
    r"charges?|accusations?|allegations?|claims?|reports?|reporting|it\b|this\b|\w{2,20}ing\b)",
    re.IGNORECASE,
)


def _allegation(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    _, hi = _clause(ctx, hit.start)
    after = _after(ctx, hit.end, hi)
    accuser: ActorMention | None = None
    accused: ActorMention | None = None
    status = "occurred"
    passive = _is_passive(ctx, hit)
    before = _word_before(ctx.text, hit.start, ctx.start)
    if hit.text.lower() in ctx.lex.words.get("blame_for_verb", ()) and not _FOR_AN_ACT.search(
        ctx.text, hit.end, hi
    ):
        return [], f"discarded: {hit.text!r} without 'for' an act is no accusation", None
    if frame == "allege_that" and (
        (before is not None and before[0].lower() in _DETERMINERS)
        or not _CLAIM_FOLLOWS.match(ctx.text, hit.end)
    ):
        return [], "discarded: 'alleged' used as an adjective, with no accuser", None
    if hit.text.lower().startswith("claim") and not _claims_wrongdoing(ctx, hit, hi):
        # "claimed that Turkey was more democratic": a claim, but no one is accused of anything
        return [], "discarded: a claim that accuses no one of anything", None
    if (
        frame == "allegation_noun"
        and hit.text.lower() in {"claim", "claims"}
        and not (
            (before is not None and before[0].lower() in _DETERMINERS)
            or (before is not None and before[0][-2:] in {"'s", "’s"})
            or re.match(r"\s(?:that|of|by)\b", ctx.text[hit.end : hit.end + 6])
        )
    ):
        return [], "discarded: 'claims' is a verb here, not an accusation", None
    if (
        frame == "deny"
        and hit.text.lower() in _BARE_DENIALS
        and not _DENY_OBJECT.match(ctx.text, hit.end)
    ):
        return [], "discarded: 'deny' of something that is not an accusation", None
    if frame == "deny":
        accused = _subject(ctx, hit.start) or _claim_subject(ctx, hit.end, hi)
        claims_that = _CLAIMS_THAT.match(ctx.text, hit.end)
        if claims_that is not None and (
            claims_that.end() - hit.end > 6 or hit.text.lower().split()[-1] in _CLAIM_NOUNS
        ):
            # "rejected claims that the Syrian government was behind it": Syria is accused
            named = _claim_subject(ctx, claims_that.end(), hi)
            if named is not None and not _PASSIVE_AFTER.match(ctx.text, named.end):
                accused = named  # not "claims that a Kenyan suspect was abused"
        accuser = _first(after, {"by", "from"})
        noun = _ACCUSATION_NOUN.search(ctx.text, hit.end, min(hi, hit.end + 40))
        if accuser is None and noun is not None:
            accuser = _noun_owner(ctx, noun.start(), hit.end, accused)
            if accuser is not None and (accused is None or accuser.start <= accused.end):
                accuser = None  # "denied U.S. allegations that ...": the U.S. accuses
        status = "denied"
        if accused is None:
            return [], "no one denies", None
    elif frame == "allegation_noun" and (
        denial := _DENIAL_BEFORE.search(ctx.text, max(ctx.start, hit.start - 45), hit.start)
    ):
        # "rejected Afghan accusations that ...", "dismissed as groundless charges that ..."
        accused = _subject(ctx, denial.start())
        named = _claim_subject(ctx, hit.end, hi) if hit.text.lower().endswith(" that") else None
        if named is not None and not _PASSIVE_AFTER.match(ctx.text, named.end):
            accused = named  # "X rejected claims that the Syrian government was behind it"
        accuser = _first(after, {"by", "from"}) or _noun_owner(
            ctx, hit.start, denial.start(), accused
        )
        if accuser is not None and accused is not None and accuser.start == accused.start:
            accuser = None  # "Iran refutes allegation ...": Iran denies, it does not accuse
        status = "denied"
        if accused is None:
            return [], "no one denies", None
        frame = "deny"
    elif frame == "allegation_noun":
        if hit.text.lower().startswith(("suggestion", "assertion")) or hit.text.lower() in {
            "charges",
            "charge",
        }:
            # "rejected a suggestion that ...", "dismisses charges it gave ...": only a denial
            # makes these accusations ("cleared him of all charges" is none)
            return [], f"discarded: {hit.text!r} accuses only when it is rejected", None
        accuser = (
            _first(after, {"by", "from"})
            or _possessor(ctx, hit.start)
            or _adjacent(ctx, hit.start)  # "amid Thai accusations that ..."
        )
        if accuser is None and not ctx.lex.patterns["examined"].search(
            ctx.text, max(ctx.start, hit.start - 50), hit.start
        ):
            accuser = _subject(ctx, hit.start)  # not "X is investigating allegations that"
        # "accusations from Tajikistan that Kyrgyz guards ...": the accused follows "that"
        that = _claim_start(ctx, hit.end, hi)
        accused = (
            _first(after, {"against"})
            or (_claim_subject(ctx, that, hi) if that > hit.end else None)
            or _claim_subject(ctx, hit.end, hi)
        )
        if accused is not None and accuser is not None and accused.start == accuser.start:
            accused = None
        if hit.text.lower() == "accused of" or passive:
            accused, accuser = _subject(ctx, hit.start), _first(after, {"by"})
        if accused is None:
            return [], "allegations against no one named", None
    elif passive:
        accused = _subject(ctx, hit.start)
        accuser = _first(after, {"by"})
    elif frame == "mutual":
        return _mutual(ctx, hit)
    elif frame == "allege_that":
        accuser = _subject(ctx, hit.start)
        # "alleged in a report released on Wednesday that Russia had ...": after the phrase
        follows = _CLAIM_FOLLOWS.match(ctx.text, hit.end)
        accused = _claim_subject(ctx, follows.end() - 1 if follows else hit.end, hi)
        if accused is None:
            return [], "a claim that accuses no one", None
    else:
        if _blame_on_things(ctx, hit):
            return [], "discarded: blame put on things, not on anyone", None
        accuser = _subject(ctx, hit.start)
        condemning = hit.text.lower().startswith(("condemn", "denounc"))
        accused = next(
            (
                m
                for m, p in after
                if p not in {"of", "for", "over", "to", "in", "at"}
                and not m.location
                # "condemned the raid on Togo": the victim; "..., and Togo said": another clause
                and not (
                    condemning and (p in {"on", "against"} or "," in ctx.text[hit.end : m.start])
                )
            ),
            None,
        )
        if (
            accused is not None
            and hit.text.lower() in ctx.lex.words.get("blame_for_verb", ())
            and _POSSESSIVE_AFTER.match(ctx.text, accused.end)
        ):
            return [], "discarded: criticism of a policy, not an accusation", None
        if accused is not None and accused.start - hit.end > 35:
            accused = None  # "blamed monsoon rains for ... Nepal": not the one accused
        if accused is not None and _PRONOUN_OBJECT.match(ctx.text, hit.end):
            accused = None  # "accusing it of downing the Kyiv-bound jet": "it" is the accused
        if (
            accused is None
            and _OBJECT_OF.match(ctx.text, hit.end)
            and not _blame_on_things(ctx, hit)
        ):
            # "accusing him of ...", "accused the West of ...": someone is accused, unnamed
            if accuser is None:
                return [], "no accuser and no one named as accused", None
            accused = _pronoun_object(ctx, hit, accuser)
            accused_unnamed = accused is None
        elif (
            accused is None
            and hit.text.lower() == "accused"
            and _PASSIVE_TAIL.match(ctx.text, hit.end)
        ):
            # headlines: "CIA accused over Iraq detainees"
            accused, accuser = _subject(ctx, hit.start), None
            accused_unnamed = accused is None
        else:
            accused_unnamed = False
        if accused is None and not accused_unnamed:
            if not hit.text.lower().startswith(("condemn", "denounc")):
                return [], "no one is accused", None
            accused_unnamed = True  # "condemned the launch": the act may name its author
    if accuser is None and accused is None:
        return [], "no accuser and no accused", None
    accused_group = _coordinated(ctx, accused)
    last = accused_group[-1] if accused_group else None
    condemned = hit.text.lower().startswith(("condemn", "denounc"))
    if condemned:
        claim_start = hit.end  # "condemned the latest missile launch by the DPRK"
    else:
        claim_start = _claim_start(ctx, last.end if last is not None else hit.end, hi)
    claim, claim_text, claim_end, _claim_by_noun = _claim(
        ctx, claim_start, hi, None if condemned else accused
    )
    if frame != "deny":
        status = _allegation_status(ctx, hit)
    reporter = ctx.reporter if accuser is None or ctx.reporter != accuser.actor else None
    act = _condemned_act(ctx, hit, hi) if condemned and accused is None else None
    if (
        condemned
        and accused is None
        and claim is None
        # "condemned the demolition of homes": the act's noun, not someone accused "of"
        and (act is not None or not _OBJECT_OF.match(ctx.text, hit.end))
    ):
        if act is None or accuser is None:
            return [], "condemned an act with no author named", None
        # "condemned the beheading of a hostage": an accusation whose author is unnamed, or
        # named only as the act's owner ("condemned Israeli settlements")
        author = _possessor(ctx, act[0]) or _adjacent(ctx, act[0]) or _by_after(ctx, act[1], hi)
        if author is None or author.start <= hit.end:
            author = _only_other_state(ctx, _each(ctx, accuser))
        accused_group = [author] if author is not None else []
    events: list[Event] = []
    if condemned and claim is not None:
        # "condemned North Korea's missile launch": an act named by a noun is a fact the
        # accuser condemns; "condemned X for firing ..." keeps the act inside the claim
        if _claim_by_noun:
            events.append(attrs.evolve(claim, status="occurred", reported_by=ctx.reporter))
        claim_accused = getattr(claim, _SLOTS_MAIN[type(claim)])
        if claim_accused is not None:
            accused_group = []
    else:
        claim_accused = None
    whoms: list[ActorMention | None] = list(accused_group) or [None]
    for who in _each(ctx, accuser):
        for whom in whoms:
            accused_actor = _state_of(whom) if whom is not None else claim_accused
            events.append(
                Allegation(
                    accuser=who.actor if who is not None else None,
                    accused=accused_actor,
                    claim=claim,
                    claim_text=claim_text,
                    when=_when(ctx, hit.start, before=claim_start if claim else None),
                    status=status,  # type: ignore[arg-type]
                    reported_by=reporter,
                    evidence=_evidence(ctx),
                )
            )
    return events, "", (hit.start, max(hi, claim_end))


_ACCUSATION_NOUN = re.compile(
    r"\b(?:accusations?|allegations?|charges?|claims?|assertions?|suggestions?)\b", re.IGNORECASE
)


def _mutual(ctx: _Sentence, hit: TriggerHit) -> Frame:
    """ "Armenia and Azerbaijan traded accusations": each accuses the other."""
    index = bisect.bisect_left(ctx.actor_starts, hit.start)
    pair = [m for m in ctx.actors[max(0, index - 2) : index] if not m.location]
    if len(pair) == 2 and not _COORDINATOR.fullmatch(ctx.text, pair[0].end, pair[1].start):
        pair = []
    if len(pair) != 2:
        return [], "mutual accusations between no two parties named", None
    status = _allegation_status(ctx, hit)
    events: list[Event] = [
        Allegation(
            accuser=_state_of(a),
            accused=_state_of(b),
            when=_when(ctx, hit.start),
            status=status,  # type: ignore[arg-type]
            reported_by=ctx.reporter,
            evidence=_evidence(ctx),
        )
        for a, b in (pair, pair[::-1])
    ]
    return events, "", None


def _condemned_act(ctx: _Sentence, hit: TriggerHit, hi: int) -> tuple[int, int] | None:
    """The act condemned, named by a noun right after the verb: "condemned the killing",
    "condemns North Korea's test" (start and end of the noun)."""
    nouns = ctx.lex.words.get("condemned_act", ())
    for word in _WORD.finditer(ctx.text, hit.end, min(hi, hit.end + 60)):
        if word.group().lower() in nouns:
            return word.start(), word.end()
        if ctx.text[word.end() : word.end() + 1] in {",", ";", ":"}:
            break
    return None


def _pronoun_object(ctx: _Sentence, hit: TriggerHit, accuser: ActorMention) -> ActorMention | None:
    """ "US forces stood by, and a spokesman accused them of ...": a pronoun object stands for
    the last actor named before the verb that is not the accuser."""
    found = _PRONOUN_OBJECT.match(ctx.text, hit.end)
    if found is None:
        return None
    return _antecedent(ctx, hit.start, found.group(1), accuser)


def _noun_owner(
    ctx: _Sentence, pos: int, lo: int, accused: ActorMention | None
) -> ActorMention | None:
    """Whose accusation the noun at *pos* is: "U.S. allegations", "Kabul's claims", or "its
    assertion" (the last actor named before, other than the accused); none when it is the
    accused's own ("Iran refutes allegation ...")."""
    owner = _possessor(ctx, pos) or _adjacent(ctx, pos)
    if owner is not None:
        return None if accused is not None and owner.start <= accused.end else owner
    pronoun = _PRONOUN_OWNER.search(ctx.text, max(lo, pos - 24), pos)
    return _antecedent(ctx, pronoun.start(), pronoun.group(1), accused) if pronoun else None


_PRONOUN_OBJECT = re.compile(r"\s(him|her|them|it)\s(?:of|for|over)\s", re.IGNORECASE)
_PRONOUN_OWNER = re.compile(r"\b(its|their|his|her)\s(?:[\w-]+\s)?$", re.IGNORECASE)


def _only_other_state(
    ctx: _Sentence, accusers: Sequence[ActorMention | None]
) -> ActorMention | None:
    """The one state the sentence names besides the accusers, as an actor (not a place, not a
    demonym unless it names an agent as in "Israeli-occupied", not after "on" or "against"):
    the author of an act condemned without naming it ("Japan and South Korea condemned the
    launch, another step toward North Korea ...")."""
    theirs = {a.actor.country for a in accusers if a is not None}
    others = [
        m
        for m in ctx.actors
        if m.actor.kind == "state"
        and m.actor.country not in theirs
        and not m.location
        and _usable(ctx, m)
        and (
            _AGENT_COMPOUND.match(ctx.text, m.end)  # "in Israeli-occupied lands"
            or (not is_demonym(m) and _preposition(ctx, m.start) not in _VICTIM_PREPOSITIONS)
        )
    ]
    agents = [m for m in others if _AGENT_COMPOUND.match(ctx.text, m.end)]
    others = agents or others  # "Palestinian homes in Israeli-occupied East Jerusalem"
    countries = {m.actor.country for m in others}
    return others[0] if len(countries) == 1 else None


# a demonym that names who did something: "Israeli-occupied", "Saudi-led", "Russian-held"
_AGENT_COMPOUND = re.compile(r"-(?:[a-z]{2,12}ed|led|held|run|built|made)(?![\w-])")
_VICTIM_PREPOSITIONS = frozenset({"on", "against", "at", "in", "into", "to", "with", "from", "of"})


def _by_after(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """The actor in "by X" right after *pos*: "the bombing by Russian jets"."""
    found = re.match(r"\s(?:\w+\s){0,2}?by\s(?:the\s)?", ctx.text[pos : min(hi, pos + 30)])
    if found is None:
        return None
    return _actor_at(ctx, pos + found.end())


def _claims_wrongdoing(ctx: _Sentence, hit: TriggerHit, hi: int) -> bool:
    """Tell whether what is claimed is an act held against someone: one of our events, or a
    word of wrongdoing ("behind", "responsible", "violated", "attack") within the claim."""
    end = min(max(hi, hit.end + 40), hit.end + 160, ctx.end)
    if any(h.trigger.kind != "allegation" for h in _triggers_in(ctx, hit.end, end)):
        return True
    words = ctx.lex.words.get("wrongdoing_word", frozenset())
    return any(
        w.group().lower() in words or w.group().lower().removesuffix("s") in words
        for w in _WORD.finditer(ctx.text, hit.end, end)
    )


def _allegation_status(ctx: _Sentence, hit: TriggerHit) -> str:
    status = _status(ctx, hit)
    return status if status in {"negated", "hypothetical", "planned"} else "occurred"


def _claim_subject(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """The subject of the claimed clause: the first actor right after "that" (or the verb)."""
    first = bisect.bisect_left(ctx.actor_starts, pos)
    for m in ctx.actors[first : first + 8]:
        if pos <= m.start < min(hi, pos + 30) and _usable(ctx, m) and not m.location:
            return m
    return None


_THAT = re.compile(r"\s(?:that|of|for|over|with)\s", re.IGNORECASE)


def _claim_start(ctx: _Sentence, pos: int, hi: int) -> int:
    found = _THAT.search(ctx.text, pos, hi)
    return found.end() if found is not None else pos


def _claim(
    ctx: _Sentence, lo: int, hi: int, accused: ActorMention | None
) -> tuple[Visit | Transfer | Launch | None, str | None, int, bool]:
    """The alleged act, read as an event of its own inside ``text[lo:end of sentence]``."""
    hi = max(hi, min(ctx.end, lo + 120))
    words = ctx.text[lo:hi].strip().strip(",.;:").strip()
    claim_text = words or None
    if not words:
        return None, None, hi, False
    inner = [
        h for h in _triggers_in(ctx, lo, hi) if h.trigger.kind in {"transfer", "launch", "visit"}
    ]
    for hit in inner:
        # The accused is the claim's subject: "accused Iran of supplying drones to Russia".
        saved_excluded, saved_end = set(ctx.excluded), ctx.reporting_end
        ctx.reporting_end = max(ctx.reporting_end, lo if accused is None else accused.start)
        ctx.excluded.discard(accused.start if accused is not None else -1)
        try:
            found, _, _ = _FRAMES[hit.trigger.kind](ctx, hit)
        finally:
            ctx.excluded, ctx.reporting_end = saved_excluded, saved_end
        for event in found:
            if isinstance(event, (Visit, Transfer, Launch)):
                by_noun = hit.trigger.frame.endswith("_noun") or _noun_use(ctx, hit)
                claim = attrs.evolve(event, status="alleged", reported_by=None)
                return claim, claim_text, hit.end, by_noun
    return None, claim_text, lo, False


def _noun_use(ctx: _Sentence, hit: TriggerHit) -> bool:
    """A verb-like trigger used as a noun: "the launch", "its latest test"."""
    before = _word_before(ctx.text, hit.start, ctx.start)
    return before is not None and before[0].lower() in _DETERMINERS | {"latest", "recent", "last"}


# the frame of each trigger kind; kept here, as the allegation frame reads its claim
# with the others (see _claim)
_FRAMES = {
    "visit": _visit,
    "transfer": _transfer,
    "launch": _launch,
    "allegation": _allegation,
}

"""The launch frame: who fires or launches a missile, rocket or satellite, at whom, and how it
went."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._actor import Actor
from .._events import Event, Launch
from .._gazetteer import Gazetteer
from .._mentions import ActorMention, is_demonym
from ._common import (
    _WINDOW,
    Frame,
    _after,
    _clause,
    _each,
    _evidence,
    _first,
    _is_passive,
    _items,
    _location,
    _nth_word_start,
    _owner,
    _owner_of_a_group,
    _state_of,
    _status,
    _subject,
    _to_item,
    _triggers_in,
    _when,
)
from ._context import _Sentence
from ._triggers import ItemMention, TriggerHit
from ._words import _WORD, _word_before


_NO_BEFORE = re.compile(r"(?<!\w)(?:no|No|without)(?:\s[\w-]{1,20}){0,2}\s$")

_USED = re.compile(r"\b(?:used|uses|using|employed|deployed)\s", re.IGNORECASE)

_PROPER_NAME_GAP = re.compile(r"\s(?:the\s)?(?:(?:[A-Z][\w-]*|of|and|\([A-Z]{2,8}\))\s){1,10}")

# words that, after a launch verb in the same sentence, tell of that same launch
_REFERS_BACK = frozenset(
    {"launch", "liftoff", "lift-off", "blastoff", "exploded", "failed", "crashed", "flew"}
)

_REDUCED_RELATIVE = re.compile(
    r"\s(?:fired|launched|sent)\s(?:from|by|at|toward|towards)\s[^,;]{1,60}\s"
)

# "a rocket broke up shortly after launch": the launch of the thing named before
_AFTER_LAUNCH = re.compile(r"\b(?:after|before|following|during|at)\s$", re.IGNORECASE)

_LIFT_OFF = frozenset({"liftoff", "lift-off", "blastoff", "blast-off"})

_INTRANSITIVE = frozenset(
    {"blasted off", "blasts off", "lifted off", "lifts off", "took off", "exploded", "failed",
     "crashed", "flew", "blasting off", "lifting off", "blast off", "lift off", "reached orbit",
     "reaches orbit", "entered orbit"}
)  # fmt: skip


_PROJECTILES = frozenset({"missile", "rocket", "launch_vehicle", "satellite"})


def _projectiles(ctx: _Sentence, lo: int, hi: int) -> list[ItemMention]:
    stop = ctx.lex.words.get("not_projectile_after", frozenset())
    out = []
    for item in _items(ctx, lo, hi):
        if item.category not in _PROJECTILES:
            continue
        following = _WORD.match(ctx.text, item.end + 1) if item.end < len(ctx.text) else None
        if following is not None and following.group().lower() in stop:
            continue  # "satellite television", "rocket engine"
        out.append(item)
    return out


def _launch(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    lo, hi = _clause(ctx, hit.start)
    why = _not_a_launch(ctx, hit, lo)
    if why:
        return [], why, None
    after = _after(ctx, hit.end, hi)
    passive = _is_passive(ctx, hit)
    low = hit.text.lower()
    ahead = _projectiles(ctx, hit.end, min(hi, hit.end + 80))
    behind = _projectiles(ctx, lo, hit.start)
    if (
        low in _REFERS_BACK
        and not (frame == "launch_noun" and ahead)
        and any(
            h.trigger.kind == "launch" and h.text.lower() not in _REFERS_BACK
            for h in _triggers_in(ctx, max(ctx.start, hit.start - 200), hit.start)
        )
    ):
        # "a missile fired on Thursday ... exploded shortly after launch": the same launch
        return [], "the launch named earlier in the sentence, told again", None
    if low.startswith("to ") and not (
        behind and _USED.search(ctx.text, max(lo, behind[-1].start - 40), behind[-1].start)
    ):
        return [], "discarded: a purpose ('to strike') without projectiles used for it", None
    intransitive = False
    if frame in {"launch_impact", "launch_with"} and (armed := _with_projectiles(ctx, hit, hi)):
        return _launch_with(ctx, hit, armed, after)
    if frame == "launch_with":
        return [], "no projectile: the attack is not said to be with missiles or rockets", None
    if frame == "launch_impact":
        projectile = behind[-1] if behind and hit.start - behind[-1].end <= 25 else None
        if (
            projectile is None
            and behind
            and _REDUCED_RELATIVE.fullmatch(ctx.text, behind[-1].end, hit.start)
        ):
            projectile = behind[-1]  # "Two missiles fired from southern Lebanon struck ..."
        if projectile is None:
            return [], "no projectile struck anything", None
        intransitive = True
    elif frame == "launch_noun":
        if _NO_BEFORE.search(ctx.text, max(ctx.start, hit.start - 25), hit.start):
            return [], "discarded: no launch ('no missile test')", None
        if any(i.start <= hit.start and hit.end <= i.end for i in ctx.items):
            return [], "discarded: the word is part of a name ('launch vehicle')", None
        if low.endswith(" of"):
            # "the launch of a new Hwasong missile"; a long proper name may stand between:
            # "the launch of the Demonstration of Autonomous Rendezvous Technology spacecraft"
            ahead = [
                i
                for i in ahead
                if i.start - hit.end <= 50 or _PROPER_NAME_GAP.fullmatch(ctx.text, hit.end, i.start)
            ]
        near = _projectiles(ctx, hit.start - 40, hit.end + 40)
        chosen = (
            ahead[:1]
            or behind[-1:]
            or [i for i in near if i.start <= hit.start <= i.end + 2]
            # "Japan's H3 rocket was ordered to self-destruct minutes after lift-off"
            or (
                _projectiles(ctx, max(ctx.start, hit.start - 120), hit.start)[-1:]
                if low in _LIFT_OFF or _AFTER_LAUNCH.search(ctx.text, ctx.start, hit.start)
                else []
            )
        )
        if not chosen:
            return [], "no projectile: the launch is not of a missile, rocket or satellite", None
        projectile = chosen[0]
        intransitive = True
    elif low in _INTRANSITIVE or low.startswith("into"):
        chosen = _subject_projectile(ctx, behind) or ahead[:1]
        if not chosen:
            return [], "no projectile: nothing launched is a missile, rocket or satellite", None
        projectile = chosen[0]
        intransitive = low in _INTRANSITIVE
    else:
        if passive and not behind:
            behind = _relative_antecedent(ctx, hit)  # "the satellite, which was launched"
        chosen = ahead[:1] if ahead and not passive else behind[-1:] or ahead[:1]
        if not chosen:
            return [], "no projectile: nothing launched is a missile, rocket or satellite", None
        projectile = chosen[0]
        # "a rocket was fired at the convoy": the thing launched is the subject; who fired it
        # may go unnamed
        intransitive = passive and projectile.end <= hit.start
    vehicle = _carrier(ctx, projectile, lo, hi)
    owner_of: ItemMention | None = vehicle or projectile
    if (
        vehicle is None
        and projectile.category == "satellite"
        and any(
            i.category == "launch_vehicle" and lo <= i.start < hi
            for i in ctx.items
            if i is not projectile
        )
    ):
        # "Angola's satellite, launched ... with a Zenit carrier rocket": the satellite's
        # owner did not launch it; "India's Chandrayaan-3 was launched" is India's launch
        owner_of = None
    reduced = projectile.end <= hit.start <= projectile.end + 2 and low.endswith("ed")
    intransitive = intransitive or reduced  # "Rockets fired by militants hit the town"
    launcher: ActorMention | None
    if passive or reduced:
        # "rockets fired from Gaza", "a satellite was launched aboard a Falcon 9"
        launcher = _agent(ctx, hit, after) or _owner(ctx, owner_of)
    elif frame == "launch_noun":
        launcher = _owner(ctx, owner_of) or _subject(ctx, hit.start) or _first(after, {"by", "of"})
    elif frame == "launch_impact" or intransitive:
        launcher = _owner(ctx, owner_of)
    elif projectile.category in {"rocket", "launch_vehicle"} and projectile.end <= hit.start:
        # "A Russian Soyuz rocket put Iran's satellite into orbit": the rocket's owner
        launcher = _owner(ctx, projectile) or _subject(ctx, hit.start)
    else:
        launcher = _subject(ctx, hit.start) or _owner(ctx, owner_of)
        if launcher is None and frame == "launch_noun":
            launcher = _first(after, {"by", "of"})
    if frame == "launch_impact":
        target_mention = after[0][0] if after and after[0][1] not in {"from", "by"} else None
    elif passive and intransitive:
        target_mention = _first(after, {"at", "on", "against"})
    elif frame == "launch_noun" and low.endswith(("attack", "attacks", "strike", "strikes")):
        target_mention = _first(after, {"on", "against"})  # "missile strikes on Iraq"
    elif low.startswith("to "):
        # "used missiles to strike a Russian air base": the object is the target
        target_mention = after[0][0] if after and after[0][0].start - hit.end <= 25 else None
    elif intransitive and not reduced:
        target_mention = None
    else:
        target_mention = _first(after, {"at", "on", "against", "into"})
        place = _target_place(ctx, hit.end, hi)
        if place is not None and (
            target_mention is None
            or target_mention.actor.country is None
            or place.start < target_mention.start  # not "..., in response to X's attack on Y"
        ):
            target_mention = place
    site = next((m for m, p in after if p == "from" and m.location), None)
    if launcher is not None and launcher.location:
        launcher = None
    if launcher is None and site is not None and _national_site(ctx, site):
        # "blasted off from the Sohae Space Center": a state's own launch site
        launcher = attrs.evolve(site, location=False)
    if launcher is None:
        launcher = _national_vehicle(ctx, vehicle or projectile)  # "space shuttle Discovery"
    if (
        launcher is None
        and target_mention is None
        and not intransitive
        and projectile.category not in {"satellite", "launch_vehicle"}  # a space launch is one
    ):
        return [], "no launcher and no target: nobody is said to have launched it", None
    if (
        (launcher is None or launcher.actor.country is None)
        and target_mention is None
        and frame == "launch_noun"
        and hit.text.lower().endswith(("attack", "attacks", "strike", "strikes", "fire"))
    ):
        return [], "a missile attack by no one named, at no one named", None
    if launcher is not None and target_mention is not None and launcher is target_mention:
        target_mention = None
    if projectile.category in {"satellite", "launch_vehicle"}:
        target_mention = None  # a space launch fires at no one ("... could use it to spy on X")
    if _at_itself(launcher, target_mention):
        target_mention = None
    status = _status(ctx, hit)
    if (
        frame == "launch_impact"
        and "suspected" in ctx.text[max(lo, projectile.start - 30) : projectile.start].lower()
    ):
        status = "alleged"
    events: list[Event] = [
        Launch(
            launcher=_state_of(launcher) if launcher is not None else None,
            target=_state_of(target) if target is not None else None,
            items=(_to_item(projectile),),
            site=_location(site) if site else None,
            outcome=_outcome(ctx, hit.start),  # type: ignore[arg-type]
            when=_when(ctx, hit.start),
            status=status,  # type: ignore[arg-type]
            reported_by=ctx.reporter,
            evidence=_evidence(ctx),
        )
        for target in _each(ctx, target_mention)
    ]
    events.extend(_failed_attempts(ctx, hit, events[0]))
    consumed = (min(hit.start, projectile.start), max(hit.end, projectile.end))
    return events, "", consumed


_ATTEMPTS = re.compile(
    r"(?<!\w)(two|three|four|five|2|3|4|5) (?:previous |earlier )?failed "
    r"(?:attempts|launches|tries|launch attempts)",
    re.IGNORECASE,
)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _at_itself(launcher: ActorMention | None, target: ActorMention | None) -> bool:
    """Tell whether a launch's target is the launcher's own state: then it has none."""
    return (
        launcher is not None
        and target is not None
        and launcher.actor.country is not None
        and launcher.actor.country == target.actor.country
    )


def _with_projectiles(ctx: _Sentence, hit: TriggerHit, hi: int) -> list[ItemMention]:
    """ "pounded the grid with dozens of missiles": the projectiles after "with" in the clause,
    when the subject of the verb is no projectile."""
    found = _WITH_AFTER.search(ctx.text, hit.end, min(hi, hit.end + 160))
    if found is None:
        return []
    ahead = _projectiles(ctx, found.end(), min(hi, found.end() + 60))
    behind = _projectiles(ctx, max(ctx.start, hit.start - 30), hit.start)
    return [] if behind else ahead


def _launch_with(
    ctx: _Sentence,
    hit: TriggerHit,
    armed: list[ItemMention],
    after: Sequence[tuple[ActorMention, str]],
) -> Frame:
    """ "Russia pounded Ukraine's energy grid with dozens of missiles", "Ukraine struck a
    Russian air base with U.S.-supplied missiles": the subject launched them at the object."""
    launcher = _subject(ctx, hit.start)
    target = next((m for m, _ in after if m.start < armed[0].start), None)
    if target is not None and (target.location or is_demonym(target)):
        target = target if not _WITH_PLACE_PREP.search(ctx.text, hit.end, target.start) else None
    if launcher is None and target is None:
        return [], "no launcher and no target: nobody is said to have launched it", None
    if _at_itself(launcher, target):
        target = None
    event = Launch(
        launcher=_state_of(launcher) if launcher is not None else None,
        target=_state_of(target) if target is not None else None,
        items=tuple(_to_item(i) for i in armed[:1]),
        when=_when(ctx, hit.start),
        status=_status(ctx, hit),  # type: ignore[arg-type]
        reported_by=ctx.reporter,
        evidence=_evidence(ctx),
        outcome=_outcome(ctx, hit.start),  # type: ignore[arg-type]
    )
    return [event], "", (hit.start, armed[0].end)


_WITH_AFTER = re.compile(r"\swith\s", re.IGNORECASE)
_WITH_PLACE_PREP = re.compile(r"\b(?:in|near|inside|across|over)\s(?:the\s)?$")


def _national_vehicle(ctx: _Sentence, item: ItemMention) -> ActorMention | None:
    """The state whose programme alone flies the launch vehicle *item* ("space shuttle",
    "Long March"), as a mention on the vehicle's words; None for vehicles many fly."""
    code = ctx.lex.vehicles.get(item.text.lower())
    country = Gazetteer.default().compiled().countries.get(code) if code else None
    if country is None:
        return None
    actor = Actor(name=country.name, kind="state", country=country.code)
    return ActorMention(
        start=item.start, end=item.end, text=item.text, actor=actor, source=f"vehicle:{code}"
    )


def _national_site(ctx: _Sentence, site: ActorMention) -> bool:
    """Tell whether a launch site is used by its own state only (``national_launch_site``):
    not Baikonur, leased to Russia, nor a range abroad."""
    return site.text.lower() in ctx.lex.words.get("national_launch_site", ())


def _relative_antecedent(ctx: _Sentence, hit: TriggerHit) -> list[ItemMention]:
    """The projectile a relative clause hangs on: "AngoSat-1, a satellite which was launched"."""
    window = ctx.text[max(ctx.start, hit.start - 40) : hit.start]
    found = _WHICH_WAS.search(window)
    if found is None:
        return []
    end = hit.start - len(window) + found.start()
    return _projectiles(ctx, max(ctx.start, end - 60), end)[-1:]


_WHICH_WAS = re.compile(r",?\s(?:which|that)\s(?:was|were|had\sbeen|has\sbeen)\s(?:\w+\s)?$")


def _failed_attempts(ctx: _Sentence, hit: TriggerHit, launch: Event) -> list[Event]:
    """ "after two failed attempts" is two more launches, both failures."""
    found = _ATTEMPTS.search(ctx.text, hit.end, ctx.end)
    if found is None or not isinstance(launch, Launch):
        return []
    count = _SMALL_NUMBERS[found.group(1).lower()]
    failed = attrs.evolve(launch, outcome="failure", when=None, status="occurred")
    return [failed] * count


_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s(?:[\w'’-]+\s)?$")


def _not_a_launch(ctx: _Sentence, hit: TriggerHit, lo: int) -> str:
    """General reasons a launch word names no launch: a habit, a ban, a launch site, a
    generic plural ("opposes missile launches"), a test or fire of something else ("a ground
    test", "artillery fire")."""
    start = _nth_word_start(ctx.text, hit.start, 6, lo)
    before = {w.group().lower() for w in _WORD.finditer(ctx.text, start, hit.start)}
    words = ctx.lex.words
    if before & words.get("habitual_word", frozenset()):
        return "discarded: a habit, not one launch"
    if before & words.get("not_one_launch", frozenset()):
        return "discarded: a capability or a prospect ('able to launch'), not a launch"
    if before & words.get("launch_policy_word", frozenset()) and not (
        hit.trigger.frame == "launch_noun" and _POSSESSIVE_BEFORE.search(ctx.text, start, hit.start)
    ):
        # "condemns missile launches" is a stance; "condemns Iran's firing of a missile" is
        # about one launch
        return "discarded: a ban or a stance on launches, not a launch"
    word = _word_before(ctx.text, hit.start, lo)
    if word is not None and word[0].lower() in words.get("not_launch_before", ()):
        return f"discarded: a {word[0]} {hit.text}, not a launch"
    if hit.trigger.frame == "launch_noun":
        following = _WORD.match(ctx.text, hit.end + 1) if hit.end < len(ctx.text) else None
        if following is not None and following.group().lower() in words.get("not_launch_after", ()):
            return f"discarded: a launch {following.group()!r}, not a launch"
        low = hit.text.lower()
        if low.endswith(("launches", "tests")) and not _SPECIFIC_BEFORE.search(
            ctx.text, max(ctx.start, hit.start - 30), hit.start
        ):
            return "discarded: launches in general, not one"
    return ""


_SPECIFIC_BEFORE = re.compile(
    r"(?:the|these|those|its|their|his|her|[A-Z][\w.]{1,20}['’]s?|\d{1,4}|two|three|four|five|"
    r"several|recent|latest|last|repeated)\s(?:[\w-]{1,20}\s){0,3}$"
)


def _subject_projectile(ctx: _Sentence, behind: list[ItemMention]) -> list[ItemMention]:
    """The projectile the subject names first: "a Soyuz rocket carrying a satellite lifted off"
    is the rocket's launch."""
    return behind[:1]


def _carrier(ctx: _Sentence, projectile: ItemMention, lo: int, hi: int) -> ItemMention | None:
    """For a satellite, the rocket that carried it ("aboard a Falcon 9 rocket")."""
    if projectile.category != "satellite":
        return None
    for item in _projectiles(ctx, lo, hi):
        if item is not projectile and item.category in {"rocket", "launch_vehicle"}:
            return item
    return None


_AT = re.compile(r"\s(?:at|on|against|toward|towards)\s", re.IGNORECASE)
_WHEN_AFTER_AT = re.compile(
    r"(?:the\s)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|"
    r"May\s\d|June|July|August|September|October|November|December|dawn|night|noon|midnight|"
    r"least|first|once|the\s(?:same|time|weekend|eve))"
)
_OPEN_WATER = re.compile(r"\b(?:waters|sea|ocean|coast|gulf|bay|strait)\b")
_PHRASE_END = re.compile(r"[,;:\u2013\u2014]|\s--?\s")


def _agent(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> ActorMention | None:
    """The "by" agent of a passive launch word, within its own verb phrase: not the "by" of a
    later verb ("a missile fired from Yemen was shot down by Israel")."""
    agent = _first(after, {"by"})
    if agent is not None and _FINITE_VERB.search(ctx.text, hit.end, agent.start):
        return None
    if agent is not None and _owner_of_a_group(ctx, agent):
        return None  # "fired by Yemen's Houthis": the group fired
    return agent


_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\b")


def _target_place(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """ "fired missiles at targets in Yemen": the state of the place after an "at" phrase."""
    found = _AT.search(ctx.text, pos, min(hi, pos + 80))
    while found is not None and _WHEN_AFTER_AT.match(ctx.text, found.end()):
        found = _AT.search(ctx.text, found.end(), min(hi, pos + 80))  # "on Tuesday", "at dawn"
    if found is None:
        return None
    # the "at" phrase ends at a comma: "at a Kurdish position, wounding two British soldiers"
    end = _PHRASE_END.search(ctx.text, found.end(), min(hi, found.end() + 160))
    toward = found.group().strip().lower().startswith("toward")
    for m, prep in _after(ctx, found.end(), end.start() if end else min(hi, found.end() + 160)):
        if toward and (
            (m.source or "").startswith("country:")
            or _OPEN_WATER.search(ctx.text, found.end(), m.start)
        ):
            return None  # a test "toward the waters off Japan" aims at no one
        if prep in {"in", "inside", "of", "across", "near"} or (m.location and prep != "from"):
            return m
        if is_demonym(m) and prep != "from":
            return m  # "at Houthi targets", "at other Israeli cities"
        if prep == "from":
            return None
    return None


def _outcome(ctx: _Sentence, pos: int) -> str:
    """How the launch went, from the outcome words around it (``outcome_*`` in event_words)."""
    lowered = ctx.text[max(ctx.start, pos - _WINDOW) : min(ctx.end, pos + _WINDOW)].lower()
    # "after two failed attempts" tells of other launches, not of this one
    lowered = _ATTEMPTS.sub(" ", lowered)
    for outcome in ("partial", "intercepted", "failure", "success"):
        if ctx.lex.patterns[f"outcome_{outcome}"].search(lowered):
            return outcome
    return "unknown"

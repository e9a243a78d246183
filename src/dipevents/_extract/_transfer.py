"""The transfer frame: who sends what to whom ("X supplied drones to Y", "Y received
arms from X"); envoys sent ("X sent a delegation to Y") make a visit."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from .._events import Event, Transfer, Visit
from .._mentions import ActorMention, is_demonym
from ._common import (
    _DETERMINERS,
    _PROJECTILE_CATEGORIES,
    Frame,
    _actor_at,
    _adjacent,
    _after,
    _antecedent,
    _clause,
    _each,
    _evidence,
    _first,
    _is_passive,
    _items,
    _last_actor_before,
    _main_subject,
    _modifier_compound,
    _nth_word_start,
    _owner,
    _possessor,
    _preposition,
    _state_of,
    _status,
    _subject,
    _to_item,
    _triggers_in,
    _usable,
    _when,
)
from ._context import _Sentence
from ._triggers import ItemMention, TriggerHit
from ._visit import _make_visit, _named_group
from ._words import _WORD, _word_before


def _transfer(ctx: _Sentence, hit: TriggerHit) -> Frame:
    frame = hit.trigger.frame
    lo, hi = _clause(ctx, hit.start)
    if hit.text.lower() == "armed" and ctx.text.startswith(" with ", hit.end):
        return [], "discarded: 'armed with' says what something carries, not a delivery", None
    if _policy_before(ctx, hit):
        return [], "discarded: a policy about transfers (a ban, a cap, a suspension)", None
    if hit.text.lower().startswith(("promise", "pledged")) and (
        (word := _word_before(ctx.text, hit.start, ctx.start)) is not None
        and word[0].lower() in _BEFORE_AN_ADJECTIVE
    ):
        return [], "discarded: 'promised' describes goods here ('its promised jets')", None
    if hit.text.lower() in {"ships", "ship", "arms"} and not _right_after_a_subject(ctx, hit):
        return [], "discarded: 'ships' is a noun here", None
    following = _WORD.match(ctx.text, hit.end + 1) if hit.end < len(ctx.text) else None
    if following is not None and following.group().lower() in ctx.lex.words.get(
        "not_transfer_after", ()
    ):
        return [], f"discarded: {hit.text!r} modifies {following.group()!r}", None
    if re.search(r"\binto (?:space|orbit)\b", ctx.text[hit.end : min(hi, hit.end + 120)]):
        return [], "discarded: sent into space or orbit is a launch", None
    exchange = _exchange_split(ctx, hit.end, hi)
    after = _after(ctx, hit.end, exchange or hi)
    supplier: ActorMention | None = None
    recipient: ActorMention | None = None
    goods = _items(ctx, hit.end, exchange or hi)
    if frame == "compound":
        supplier = next((a for a in ctx.actors if a.end == hit.start), None)
        at = supplier.start if supplier else hit.start
        recipient = _first(after, {"to", "by", "for"})
        its = _ITS_BEFORE.search(ctx.text, max(ctx.start, at - 30), at)
        if recipient is None and its is not None:
            # "Pakistan said its Chinese-supplied fighters ...": "its" is the user
            recipient = _antecedent(ctx, its.start(), "its", supplier)
        if recipient is None and _WITH_BEFORE.search(ctx.text, max(ctx.start, at - 12), at):
            # "Ukraine struck a Russian base with U.S.-supplied missiles": who uses them is
            # the sentence's subject, not the object named just before
            recipient = _main_subject(ctx, at)
        recipient = recipient or _subject(ctx, at)
        if supplier is not None and recipient is supplier:
            recipient = None
    elif frame == "receive":
        recipient = _subject(ctx, hit.start)
        supplier = _first(after, {"from"})
        for good in goods:
            if supplier is None:
                supplier = _owner(ctx, good, within=good.start - hit.end + 1)
                if supplier is not None and _modifier_compound(ctx, supplier):
                    supplier = None  # "Turkish-built drones": where they were made
        if supplier is None and not ("delivery" in hit.text.lower() and recipient is not None):
            # "bought new jets" says too little; "took delivery of new jets" is a delivery
            return [], "bought or received, but from no one named", None
    elif frame == "supplier_noun":
        # "China is the main source of oil for North Korea", "the UK, the main provider of
        # arms to Ankara": a standing supply
        goods = _items(ctx, hit.end, min(hi, hit.end + 40))
        customer = _SUPPLIER_OF.search(ctx.text, max(ctx.start, hit.start - 60), hit.start)
        owner = _possessor_of_phrase(ctx, customer) if customer else None
        if owner is not None or (customer is not None and customer.group(1)):
            # "Russia has overtaken Iraq as India's biggest supplier of crude": India buys,
            # and the one that overtook is the main clause's subject
            at = customer.start() if customer else hit.start
            supplier = (
                _main_subject(ctx, at)
                or next(
                    (  # "Oil bought from Russia is now Cuba's main source of fuel"
                        m
                        for m in reversed(ctx.actors[: bisect.bisect_left(ctx.actor_starts, at)])
                        if m.start >= ctx.start and _preposition(ctx, m.start) == "from"
                    ),
                    None,
                )
            )
        else:
            supplier = _possessor(ctx, hit.start) or _subject(ctx, hit.start)
        if supplier is None:
            return [], "a supplier named by what it is, but no supplier found", None
        recipient = _first(after, {"to", "for"}) or owner
        its = _ITS_BEFORE.search(ctx.text, max(ctx.start, hit.start - 40), hit.start)
        if recipient is None and its is not None:
            # "China supplies Myanmar's army, while Russia remains its main source of jets"
            recipient = _antecedent(ctx, its.start(), "its", supplier)
    elif frame == "transfer_noun":
        if any(
            t.trigger.kind == "transfer"
            and t.trigger.frame in {"give", "receive"}
            and not _NOUN_OF_ITS_OWN.search(ctx.text, t.end, hit.start)
            for t in _triggers_in(ctx, max(lo, hit.start - 80), hit.start)
        ):
            return [], "discarded: the noun is the object of a transfer verb before it", None
        supplier = (
            _first(after, {"from", "by"}) or _possessor(ctx, hit.start) or _adjacent(ctx, hit.start)
        )
        giving = _GIVING.search(ctx.text, max(ctx.start, hit.start - 60), hit.start)
        if supplier is None and giving is not None:
            supplier = _subject(ctx, giving.start())  # "X promised to continue aid to Y"
        recipient = _first(after, {"to", "for"})
        goods = (
            goods
            or _items(ctx, max(lo, hit.start - 40), hit.end)
            # "seized 35 tonnes of weapons ..., a suspected shipment from X to Y"
            or _items(ctx, max(ctx.start, hit.start - 120), hit.start)
        )
        if supplier is None and goods:
            supplier = _origin(ctx, goods[0])  # "a shipment of Ukrainian wheat"
    elif _is_passive(ctx, hit) or _REDUCED_PASSIVE.match(ctx.text, hit.end):
        # "weapons were sent by Iran"; "a rebel army, armed and paid by Turkey,"
        supplier = _first(after, {"by", "from"})
        recipient = _first(after, {"to", "for"}) or (
            _subject(ctx, hit.start) if _is_passive(ctx, hit) else None
        )
        goods = goods or _items(ctx, lo, hit.start)
    else:
        supplier = _gerund_subject(ctx, hit) or _subject(ctx, hit.start)
        recipient = _first(after, {"to", "for"}) or _destination_of(ctx, hit, after)
        if (
            recipient is None
            and after
            and after[0][1] == hit.text.lower().split()[-1]
            and not _modifier_compound(ctx, after[0][0])
            and (not is_demonym(after[0][0]) or _PEOPLE_PLURAL.fullmatch(after[0][0].text))
        ):
            # "supplied Russia with shells", "sold Ukraine tanks", "gives Palestinians aid"
            recipient = after[0][0]
        if recipient is None and (them := _THEM_THEN_GOODS.match(ctx.text, hit.end)):
            # "selling it arms", "supplied them with drones": the pronoun is the recipient
            recipient = _antecedent(ctx, hit.start, them.group(1), supplier)
        if supplier is None:
            supplier = _first(after, {"from"})
        if not goods and not _OBJECT_AFTER.match(ctx.text, hit.end):
            # "Arms that X sold": the goods come before a verb with no object of its own (not
            # "... missiles, once Kim gives the order"), and only its subject stands between
            # (not "unleashed a missile ... to send France through")
            before = _items(ctx, lo, supplier.start if supplier else hit.start)
            if before and _RELATIVE_GOODS.fullmatch(ctx.text, before[-1].end, hit.start):
                goods = before
    if recipient is not None and is_demonym(recipient):
        following = (
            _WORD.match(ctx.text, recipient.end + 1) if recipient.end < len(ctx.text) else None
        )
        if following is not None and following.group().lower() in ctx.lex.words.get(
            "not_recipient_after", ()
        ):
            recipient = None  # "aid for Syrian refugees"
    if not goods and hit.text.lower() in {"armed", "arming", "arms", "arm"}:
        goods = _implicit_arms(ctx, hit, after)
    if not goods and _PRONOUN_GOODS.match(ctx.text, hit.end):
        # "paying for rifles and grenades and supplying them to the rebels"
        goods = _items(ctx, max(ctx.start, hit.start - 150), hit.start)
    if recipient is None and hit.text.lower().startswith("deposit"):
        recipient = _first(after, {"in", "into", "with"})  # "deposited $2bn in X's central bank"
    if recipient is None and goods and frame != "receive":
        recipient = _people_in_place(ctx, hit.end, hi)
    goods_sent = [g for g in goods if recipient is None or g.start < recipient.start]
    if frame == "give" and not _is_passive(ctx, hit) and not goods_sent:
        envoys = ctx.lex.patterns["envoys"].match(
            ctx.text, hit.end + 1, min(hi, hit.end + 50)
        ) or _A_TEAM.match(ctx.text, hit.end + 1, min(hi, hit.end + 40))
        if envoys is not None:  # "sent inspectors to Iran", "will send a delegation"
            return _visit_by_envoy(ctx, hit, supplier, recipient, envoys, after)
    if (
        goods
        and frame == "give"
        and goods[0].start > hit.end
        and not (_is_passive(ctx, hit) or _REDUCED_PASSIVE.match(ctx.text, hit.end))
    ):
        # "send a destruct command and destroying the satellite", "sent buyers scrambling for
        # supplies": goods after a later verb are not what this verb sends
        verb = _LATER_VERB.search(ctx.text, hit.end, goods[0].start)
        if verb is not None:
            goods = []
    if not goods:
        return [], "no goods: nothing that can be sent was named", None
    if frame == "give" and _deployment(ctx, hit, goods):
        return [], "discarded: troops sent with their equipment are a deployment", None
    if frame == "give" and recipient is None and _TO_THEN.search(ctx.text, hit.end, goods[0].start):
        # "sent a destruct command to its new rocket": what follows "to" is not what was sent
        return [], "discarded: the goods are where something was sent, not what", None
    if frame == "give" and _sent_to_strike(ctx, hit, goods, recipient, hi):
        return [], "discarded: projectiles sent that strike are fired, not delivered", None
    if frame == "give" and goods[0].category == "money" and _TO_BUY.match(ctx.text, goods[0].end):
        return [], "discarded: money pledged to buy something is a payment, not a transfer", None
    if supplier is None and recipient is None:
        return [], "no supplier and no recipient", None
    if not any(m is not None and m.actor.country for m in (supplier, recipient)):
        return [], "discarded: no state on either side (a deal between companies?)", None
    if recipient is None and supplier is not None and _at_home(ctx, supplier, lo, hi):
        return [], "discarded: a delivery inside the supplier's own country", None
    back = _items(ctx, exchange, hi) if exchange else []
    planned = hit.text.lower().startswith(("pledge", "approved", "agreed", "promise"))
    standing = frame == "supplier_noun"
    status = _status(ctx, hit, "planned" if planned else "ongoing" if standing else "occurred")
    if status in {"occurred", "negated", "planned"} and _requested(ctx, hit):
        status = "hypothetical"  # "urged the Pentagon (not) to sell Turkey F-35s": asked for
    events: list[Event] = []
    for giver in _each(ctx, supplier):
        for taker in _each(ctx, recipient):
            if (
                giver is not None
                and taker is not None
                and giver.actor.country is not None
                and giver.actor.country == taker.actor.country
            ):
                continue
            events.append(
                Transfer(
                    supplier=_state_of(giver) if giver else None,
                    recipient=_state_of(taker) if taker else None,
                    items=tuple(_to_item(i) for i in goods),
                    in_exchange_for=tuple(_to_item(i) for i in back),
                    when=_when(ctx, hit.start),
                    status=status,  # type: ignore[arg-type]
                    reported_by=ctx.reporter,
                    evidence=_evidence(ctx),
                )
            )
    if not events:
        return [], "discarded: supplier and recipient are the same state", None
    return events, "", None


def _deployment(ctx: _Sentence, hit: TriggerHit, goods: list[ItemMention]) -> bool:
    """ "sending several thousand troops and dozens of armoured vehicles across the border":
    troops go first, and their equipment with them."""
    if any(g.category in {"aid", "fuel", "money"} for g in goods):
        return False  # "sending 600 marines and relief supplies": the supplies are given
    words = {w.group().lower() for w in _WORD.finditer(ctx.text, hit.end, goods[0].start)}
    return bool(words & _TROOP_WORDS)


_TROOP_WORDS = frozenset({"troops", "soldiers", "forces", "marines", "paratroopers", "units"})
_TO_THEN = re.compile(r"\sto\s(?:(?:its|their|his|her|the|a|an)\s)?(?:[\w-]+\s){0,2}$")


def _sent_to_strike(
    ctx: _Sentence,
    hit: TriggerHit,
    goods: list[ItemMention],
    recipient: ActorMention | None,
    hi: int,
) -> bool:
    """ "the latest missiles, sent from sea, struck close to the bases": missiles that are sent
    and then strike, with no one receiving them before, were fired."""
    if not all(g.category in _PROJECTILE_CATEGORIES and g.end <= hit.start for g in goods):
        return False  # not "sent missiles to Russia that struck Kharkiv": a delivery, then a use
    impact = next(
        (t for t in _triggers_in(ctx, hit.end, hi) if t.trigger.frame == "launch_impact"), None
    )
    return impact is not None and (recipient is None or recipient.start > impact.start)


def _requested(ctx: _Sentence, hit: TriggerHit) -> bool:
    """ "urged allies to send more air defences": asked for, not (yet) sent."""
    found = _TO_BEFORE.search(ctx.text, max(ctx.start, hit.start - 80), hit.start)
    if found is None:
        return False
    start = _nth_word_start(ctx.text, found.start() + 1, 5, ctx.start)
    words = {w.group().lower() for w in _WORD.finditer(ctx.text, start, found.start())}
    return bool(words & ctx.lex.words.get("request_verb", frozenset()))


def _at_home(ctx: _Sentence, supplier: ActorMention, lo: int, hi: int) -> bool:
    """Tell whether the clause places the goods in the supplier's own country ("toured
    flood-hit villages in the Osh region and ordered the ministry to deliver tents")."""
    return any(
        m.location and m.actor.country == supplier.actor.country and lo <= m.start < hi
        for m in ctx.actors
    ) and not any(
        not m.location and m.actor.country not in (None, supplier.actor.country)
        for m in ctx.actors
        if lo <= m.start < hi
    )


_TO_BEFORE = re.compile(r"\sto\s(?:[a-z]+\s){0,2}$")  # "urged allies to (quickly) send"
# between goods and the verb of a relative clause: its subject ("arms that Iran sent")
_RELATIVE_GOODS = re.compile(
    r"(?:\s[a-z][\w-]*){0,2}?(?:,?\s(?:that|which))?"  # "artillery systems that ..."
    r"(?:\s(?:the\s)?(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}|it|they|he|she|we)"
    r"(?:\s(?:and|&)\s(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?)?"
    r"(?:\s(?:had|has|have|was|were|is|are|had\sbeen|has\sbeen|have\sbeen|planned\sto|"
    r"wanted\sto|agreed\sto|would|will|could|did|also|secretly|reportedly|allegedly|"
    r"continues\sto|continued\sto|began\sto|started\sto|keep|keeps|kept|themselves|"
    r"itself|help|helps|helped))*,?\s"
)
# a later verb between the transfer word and goods: "and destroying", "buyers scrambling"
_LATER_VERB = re.compile(r"(?:\band\s|,\s)[a-z]{3,}ing\s|\s[a-z]{3,}ing\s(?:for|to|into|with|on)\s")


def _people_in_place(ctx: _Sentence, pos: int, hi: int) -> ActorMention | None:
    """ "delivered aid to 50,000 people in Afrin": the state of the place where the people
    helped are is the recipient, unless they are named as another state's ("Syrian refugees in
    Jordan")."""
    found = _TO_PEOPLE_IN.search(ctx.text, pos, min(hi, pos + 120))
    if found is None or found.group(1).lower() not in ctx.lex.words.get("aid_receiver", ()):
        return None
    index = bisect.bisect_left(ctx.actor_starts, found.start())
    if index < len(ctx.actors) and ctx.actors[index].start < found.end():
        return None  # "aid for Syrian refugees in Jordan": the people are another state's
    m = _actor_at(ctx, found.end())
    return m if m is not None and m.actor.kind == "state" and not is_demonym(m) else None


_TO_PEOPLE_IN = re.compile(
    r"\s(?:to|for)\s(?:[\w,.'’-]+\s){0,3}?([a-z]+)(?:\s[a-z]{3,15}ing)?\s(?:in|inside|across)\s"
    r"(?:the\s)?"  # "aid for refugees sheltering in Bangladesh"
)

_WITH_BEFORE = re.compile(r"\b(?:with|using|uses|used|use)\s(?:\w+\s){0,2}$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s(?:the|a|an|its|their|his|her|this|that|these|those)\s")
_PRONOUN_GOODS = re.compile(r"\s(?:them|it|those)\s(?:to|for)\s", re.IGNORECASE)
_REDUCED_PASSIVE = re.compile(r"(?<=ed)(?:\s(?:and|or)\s\w{2,15})?\sby\s")

_TO_BUY = re.compile(
    r"(?:\s\([^)]{1,30}\))?\s(?:in\sorder\s)?to\s(?:buy|purchase|acquire|pay\sfor)\b"
)

_NOUN_OF_ITS_OWN = re.compile(r"\b(?:for|on|about|over|after|before|against)\b")


def _origin(ctx: _Sentence, item: ItemMention) -> ActorMention | None:
    """A demonym or state right before the goods: "Ukrainian wheat", "Iranian drones"."""
    last = _last_actor_before(ctx, item.start)
    if last is None:
        return None
    m, gap = last
    if m.location or not _usable(ctx, m) or _modifier_compound(ctx, m):
        return None  # not "Russian-made tanks": where goods were made is not who sent them
    return m if gap == " " else None


def _right_after_a_subject(ctx: _Sentence, hit: TriggerHit) -> bool:
    """Tell whether a word that may be a noun follows its subject as a verb: "Venezuela ships
    oil to Cuba" (not "two ships", "Iranian ships")."""
    last = _last_actor_before(ctx, hit.start)
    if last is None:
        return False
    m, gap = last
    return gap in (" ", " now ", " still ", " also ") and not is_demonym(m) and not m.location


def _implicit_arms(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> list[ItemMention]:
    """ "armed the YPG", "armed by Moscow": the verb itself says weapons went over; "armed
    forces" (no object, no agent) is only an adjective."""
    if hit.text.lower() in {"arming", "arm"}:
        nouns = ctx.lex.words.get("armed_group_noun", ())
        for word in list(_WORD.finditer(ctx.text, hit.end, min(ctx.end, hit.end + 40)))[:3]:
            if word.group().lower() in nouns:
                return [ItemMention(hit.start, hit.end, hit.text, "weapons")]  # "arming rebels"
            if not word.group().islower():
                break
    if not after or after[0][0].start - hit.end > 25 or after[0][0].location:
        return []
    if after[0][1] not in {hit.text.lower(), "by"}:
        return []  # "armed Islamic group in Lebanon": an adjective, not a verb
    return [ItemMention(hit.start, hit.end, hit.text, "weapons")]


def _gerund_subject(ctx: _Sentence, hit: TriggerHit) -> ActorMention | None:
    """The actor right before an -ing verb is its subject, even inside a prepositional phrase:
    "photos of Chinese ships selling oil", "disappointed in China for allegedly selling oil"."""
    last = _last_actor_before(ctx, hit.start) if hit.text.lower().endswith("ing") else None
    if last is None:
        return None
    m, gap = last
    if not _usable(ctx, m) or not ctx.lex.patterns["gerund_gap"].fullmatch(gap):
        return None
    if m.location:  # "disappointed in China for selling oil": the state, not the place
        return attrs.evolve(m, location=False) if (m.source or "").startswith("country:") else None
    return m


def _destination_of(
    ctx: _Sentence, hit: TriggerHit, after: Sequence[tuple[ActorMention, str]]
) -> ActorMention | None:
    """ "to flood-ravaged areas of the Philippines": the state the place noun belongs to."""
    for m, prep in after:
        if prep not in {"of", "in"}:
            continue
        gap = ctx.text[hit.end : m.start]
        if len(gap) <= 70 and ctx.lex.patterns["to_place_of"].search(gap):
            return m
    return None


_GIVING = re.compile(
    r"\b(?:promis|pledg|provid|offer|send|sent|approv|giv|gave|continu|deliver|announc|extend|"
    r"contribut|donat|ship|sell|sold|suppl|resum|envisag|complet|seal|clinch|finali[sz]|sign)"
    r"\w{0,6}\s(?:\S{1,15}\s){0,4}$",
    re.IGNORECASE,
)


def _possessor_of_phrase(ctx: _Sentence, phrase: re.Match[str]) -> ActorMention | None:
    """The actor whose possessive opens *phrase* ("India's biggest supplier")."""
    m = _actor_at(ctx, phrase.start("owner"))
    return m if m is not None and _usable(ctx, m) and not m.location else None


_BEFORE_AN_ADJECTIVE = _DETERMINERS | {"long"}  # "its promised jets", "the long promised"
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ians|ans|is|ese|ers)")  # a people, not an adjective
_THEM_THEN_GOODS = re.compile(r"\s(it|them)\s(?:with\s)?(?=[\w$€£-])(?!to\b|for\b)", re.IGNORECASE)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s(?:[a-z][\w-]*\s){0,2}$")
# "as the main", "as India's biggest": what opens the supplier noun's phrase
_SUPPLIER_OF = re.compile(
    r"(\bas\s)?(?:the\s|(?P<owner>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})['’]s\s)"
    r"(?:[a-z][\w-]*\s){0,3}$"
)


def _policy_before(ctx: _Sentence, hit: TriggerHit) -> bool:
    lo, _ = _clause(ctx, hit.start)
    start = _nth_word_start(ctx.text, hit.start, 6, lo)
    words = {w.group().lower() for w in _WORD.finditer(ctx.text, start, hit.start)}
    return bool(words & ctx.lex.words.get("policy_word", frozenset()))


def _visit_by_envoy(
    ctx: _Sentence,
    hit: TriggerHit,
    sender: ActorMention | None,
    place: ActorMention | None,
    envoys: re.Match[str],
    after: Sequence[tuple[ActorMention, str]],
) -> Frame:
    """ "X sent a delegation to Y": a visit by X's envoys. Without a sender, the envoys are the
    visitor ("a team was dispatched"); without a destination, the visit has no host."""
    if place is None:
        place = next((m for m in (m for m, _ in after) if m.location), None)
    if sender is None:
        sender = _named_group(ctx, envoys)
    status = _status(ctx, hit)
    if place is None:
        if sender.actor.country is None:
            return [], "envoys sent to no place named, by no state named", None
        return [_visit_nowhere(ctx, hit, sender, status)], "", None
    event = _make_visit(ctx, hit, sender, place, status)
    if event is None:
        return [], "discarded: people sent inside their own country", None
    return [event], "", None


_A_TEAM = re.compile(r"(?P<np>(?:an?|the)\s(?:[\w-]{2,20}\s)?(?P<noun>team))\b")


def _visit_nowhere(ctx: _Sentence, hit: TriggerHit, visitor: ActorMention, status: str) -> Visit:
    """A visit whose destination is not named yet ("Cuba will send a delegation")."""
    return Visit(
        visitor=visitor.actor,
        when=_when(ctx, hit.start),
        status=status,  # type: ignore[arg-type]
        reported_by=ctx.reporter,
        evidence=_evidence(ctx),
    )


def _exchange_split(ctx: _Sentence, lo: int, hi: int) -> int:
    lowered = ctx.text[lo:hi].lower()
    for phrase in ctx.lex.words.get("exchange", ()):
        at = lowered.find(phrase)
        if at >= 0:
            return lo + at
    return 0

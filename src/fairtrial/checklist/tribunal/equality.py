"""Equal treatment before the courts (ICCPR art 14(1), art 26)."""

from __future__ import annotations

from fairtrial._i18n import _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    REFUTED,
    Area,
    Context,
    Criterion,
    Decision,
    Outcome,
    Severity,
    breach,
    compliant,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    unknown,
    worst,
)
from fairtrial.record._vocab import (
    ContextKind,
    Speaker,
)


def _equal(ctx: Context) -> Decision:
    words = _equal_words(ctx)
    singled = _singled_out(ctx)
    if not singled:
        return words
    if words.outcome is Outcome.NOT_APPLICABLE:
        return worst(singled, empty=words)
    return worst([words, *singled], empty=words)


def _singled_out(ctx: Context) -> list[Decision]:
    """A person sent, by a decision in their case, to a special court or a procedure with fewer
    guarantees than others charged with like offences get, is treated unequally unless
    objective and reasonable grounds for it are given or shown (Kavanagh v Ireland, HRC
    819/1998: a prosecutor's unreasoned direction to a non-jury court, a violation of art 26)."""
    out: list[Decision] = []
    for c in _links.charges_of(ctx):
        if c.special_court is not True:
            continue
        charge = _links.charge_fact(ctx, c)
        words = {"name": ctx.name, "charge": c.description}
        sent = _("{name} was singled out for trial on the charge of {charge} before a special "
                 "court, or by a procedure with fewer guarantees than others charged with like "
                 "offences get.", **words)
        if c.special_court_grounds is True:
            out.append(compliant(_("{sent} Objective and reasonable grounds were given for "
                                   "it.", sent=sent), charge))
        elif c.special_court_grounds is False:
            out.append(breach(_("{sent} No objective and reasonable grounds were given for "
                                "it: that is unequal treatment before the law and the courts.",
                                sent=sent), charge))
        else:
            out.append(unknown(_("Were objective and reasonable grounds given or shown for "
                                 "sending {name} to a special court or a procedure with fewer "
                                 "guarantees ('special_court_grounds' on the charge)?", **words),
                               reason=sent, facts=(charge,)))
    return out


def _equal_words(ctx: Context) -> Decision:
    statements = _links.context_facts(ctx, frozenset({ContextKind.DISCRIMINATORY_STATEMENT}))
    held = [f for f in statements if f.standing not in REFUTED]
    if held:
        # Equality before the courts is the court's and the prosecution's to keep (GC32 para
        # 8): a minister's words bear on the presumption of innocence or on why the case was
        # brought, and on equal treatment only where the court adopted them.
        by = {f: _links.context_item(ctx, f).spoken_by for f in held}
        court = [f for f in held if by[f] in (Speaker.COURT, Speaker.PROSECUTION)]
        said = "; ".join(f.event.title or "" for f in (court or held))
        if court:
            return breach(_("The court or the prosecution spoke of {name} in discriminatory "
                            "terms or stereotypes: {said}. Everyone is equal before the "
                            "courts, without discrimination.", name=ctx.name, said=said),
                          *court)
        if any(s is None for s in by.values()):
            return unknown(_("Who used the discriminatory words about {name}: the court, the "
                             "prosecution, or another official?", name=ctx.name),
                           reason=_("Discriminatory words about {name} are recorded: {said}.",
                                    name=ctx.name, said=said), facts=tuple(held))
        return unknown(_("Did the court or the prosecution adopt the discriminatory words "
                         "others used about {name}, or treat them differently?",
                         name=ctx.name),
                       reason=_("Officials outside the court, or others, spoke of {name} in "
                                "discriminatory terms: {said}.", name=ctx.name, said=said),
                       facts=tuple(held))
    if statements:
        return compliant(_("The reports of discriminatory words about {name} were found untrue "
                           "or withdrawn.", name=ctx.name), *statements)
    groups = _links.context_facts(ctx, frozenset({ContextKind.GROUP_MEMBERSHIP}))
    if groups:
        return unknown(_("Did officials or the court treat {name} differently, or speak of them "
                         "in stereotypes, because of the group they belong to?", name=ctx.name),
                       reason=_("The record says the prosecution targets a group."),
                       facts=groups)
    return not_applicable(_("No discriminatory words or treatment of {name} are recorded "
                            "(record them under 'context' if the sources give them).",
                            name=ctx.name))


EQUAL = Criterion(
    id="tribunal.equal-treatment",
    area=Area.TRIBUNAL,
    title="Equal treatment, without discrimination",
    question="Was the accused treated equally before the court, without officials or judges "
             "using discriminatory words or stereotypes?",
    citations=(iccpr("14(1)"), iccpr("26"), general_comment(32, "8", confirmed=False),
               hrc_views("Kavanagh v Ireland, comm. no. 819/1998, 4 April 2001")),
    severity=Severity.SERIOUS,
    reads=("context.kind", "context.spoken_by", "charge.special_court",
           "charge.special_court_grounds"),
    decide=_equal,
)

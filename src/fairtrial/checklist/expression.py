"""I. Expression-related charges: journalism and criticism prosecuted as crimes (ICCPR arts 9,
19; GC34; the Rabat Plan's threshold for incitement)."""

from __future__ import annotations

import attrs

from fairtrial._i18n import T_, _, p_
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    REFUTED,
    Area,
    Citation,
    Confidence,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Missing,
    Outcome,
    Severity,
    Toward,
    breach,
    compliant,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    read_yes_no,
    unknown,
    weigh,
    worst,
)
from fairtrial.record._model import (
    Appeal,
    Arrest,
    Charge,
    DetentionOrder,
    ExpertReport,
    Publication,
    Verdict,
    VerdictResult,
)
from fairtrial.record._vocab import (
    ConductKind,
    ContextKind,
    ExpertConclusion,
    Measure,
    OffenceEvidence,
    OffenceKind,
    OthersInterest,
    Standing,
    VerdictOutcome,
)
from fairtrial.record._when import When

PROTECTED = frozenset({ConductKind.SPEECH, ConductKind.JOURNALISM, ConductKind.ASSEMBLY,
                       ConductKind.ASSOCIATION})


def _expression_charges(ctx: Context) -> tuple[list[Charge], bool]:
    mine = _links.charges_of(ctx)
    return [c for c in mine if PROTECTED & set(c.conduct)], any(not c.conduct for c in mine)


def _no_expression_charge(ctx: Context, unclassified: bool) -> Decision:
    """The answer when no charge is known to concern expression: open if some charge's conduct
    is not classified, otherwise the question does not arise."""
    if unclassified:
        return unknown(_("Is the conduct charged speech, journalism, assembly or association?"))
    return not_applicable(_("No charge against {name} concerns expression.", name=ctx.name))


def _capital(text: str) -> str:
    """A sentence that opens with an event's name (filled in lower case) starts with a capital,
    in any language."""
    return text[:1].upper() + text[1:]


def _acquittal(ctx: Context) -> VerdictResult | None:
    """The person's acquittal, if a verdict records one (and no conviction)."""
    if _links.convictions(ctx) or ctx.person is None:
        return None
    for v in ctx.events(Verdict):
        for r in v.results:
            if r.person == ctx.person.id and r.outcome is VerdictOutcome.ACQUITTED:
                return r
    return None


def _sentences(ctx: Context) -> list[tuple[Verdict | Appeal, VerdictResult, bool]]:
    """Each conviction's sentence for the person as it stands: as the latest appeal that
    changed it gave it (an appeal's ``results`` with a sentence, the conviction upheld), else
    as the verdict gave it; and whether an appeal changed it. The penalty weighed is the one
    imposed in the end, not a first-instance term an appeal replaced."""
    person = ctx.person.id if ctx.person else None
    out: list[tuple[Verdict | Appeal, VerdictResult, bool]] = []
    for v in _links.convictions(ctx):
        for r in v.results:
            if person is not None and r.person != person:
                continue
            changed = [(a, c) for a in _links.conviction_appeals(ctx, after=v) for c in a.results
                       if c.person == r.person and c.outcome in _CONVICTED
                       and (c.custodial is not None or c.sentence)]
            dated = [(a.decided_date or a.date, a, c) for a, c in changed]
            if changed and all(w is not None for w, _a, _c in dated):
                _w, a, c = max(dated, key=lambda d: d[0].sort_key() if d[0] else ())
                out.append((a, c, True))
            elif changed:
                out.append((*changed[-1], True))
            else:
                out.append((v, r, False))
    return out


_CONVICTED = frozenset({VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED})


def _decided(e: Verdict | Appeal) -> When | None:
    """When a court gave the sentence: an appeal's decision, not its lodging."""
    return (e.decided_date or e.date) if isinstance(e, Appeal) else e.date


#: Offences whose justification is incitement, measured against the Rabat threshold; the
#: others (defamation, insult, false information) are weighed for necessity instead.
INCITEMENT = frozenset({OffenceKind.INCITEMENT_VIOLENCE, OffenceKind.INCITEMENT_HATRED,
                        OffenceKind.EXTREMISM})


def _publications(ctx: Context, charges: list[Charge]) -> list[Publication]:
    """The speech, posts or articles the person's expression charges are about: those that
    name one of the charges (a publication names what it was charged as; none is assumed)."""
    ids = {c.id for c in charges}
    return [p for p in ctx.all_events(Publication) if ids & set(p.charges)]


def _charged(ctx: Context, acquitted: str) -> tuple[list[Charge], Decision | None]:
    """The person's expression charges, or the answer when there are none to weigh: no such
    charge, or an acquittal (``acquitted``, a template marked ``T_`` with ``{name}``, says what
    an acquittal leaves nothing to)."""
    charges, unclassified = _expression_charges(ctx)
    if not charges:
        return charges, _no_expression_charge(ctx, unclassified)
    if _acquittal(ctx) is not None:
        return charges, not_applicable(_(acquitted, name=ctx.name))
    return charges, None


#: Each kind of offence, as a sentence names it.
_OFFENCES = {
    OffenceKind.INCITEMENT_VIOLENCE: T_("calls for violence, riots or disorder"),
    OffenceKind.INCITEMENT_HATRED: T_("incitement to hatred, discrimination or hostility"),
    OffenceKind.EXTREMISM: T_("extremism, terrorism, or its 'propaganda' or 'justification'"),
    OffenceKind.DEFAMATION: T_("defamation or insult of a person"),
    OffenceKind.INSULT_OF_OFFICIALS: T_("insult of officials, the head of state, institutions "
                                        "or state symbols"),
    OffenceKind.FALSE_INFORMATION: T_("spreading false or 'knowingly false' information"),
    OffenceKind.NATIONAL_SECURITY: T_("an offence against national security (secrets, treason, "
                                      "espionage, aiding an organisation held hostile to the "
                                      "State)"),
    OffenceKind.OTHER: T_("another offence"),
}


def _threshold(ctx: Context) -> Decision:
    charges, answer = _charged(ctx, T_("{name} was acquitted: no conviction for expression is "
                                       "there to measure against the threshold of incitement."))
    if answer is not None:
        return answer
    if all(c.offence is not None and c.offence not in INCITEMENT for c in charges):
        kinds = ", ".join(dict.fromkeys(_(_OFFENCES[c.offence]) for c in charges if c.offence))
        return not_applicable(_("The charges against {name} ({kinds}) are not of incitement; "
                                "whether punishing the expression was necessary is weighed "
                                "under 'A restriction on expression that was necessary'.",
                                name=ctx.name, kinds=kinds))
    # Incitement to hatred or extremism need not call for violence (ICCPR art 20(2); Féret v
    # Belgium): the bright line of the Rabat test's content is drawn for calls to violence only,
    # and the rest is weighed for necessity.
    violence = [c for c in charges if c.offence is OffenceKind.INCITEMENT_VIOLENCE]
    if not violence and any(c.offence is None for c in charges):
        # Which test applies turns on the offence: an unrecorded one is not taken for a call to
        # violence, whose bright line would then decide a hate-speech charge (Féret v Belgium).
        return unknown(_("What offence does the law make of the conduct {name} is charged with: "
                         "a call to violence or disorder, incitement to hatred, extremism, or "
                         "another (defamation, insult, false information)?", name=ctx.name))
    if not violence:
        return not_applicable(_("The charges against {name} are of incitement to hatred or "
                                "extremism, which need not call for violence; whether punishing "
                                "the expression was necessary is weighed under 'A restriction "
                                "on expression that was necessary'.", name=ctx.name))
    decisions = []
    for p in _publications(ctx, violence):
        calls = ctx.fact(p, "calls_for_violence")
        words = {"what": ctx.label(p), "name": ctx.name}
        if calls.value is False and _links.convictions(ctx):
            decisions.append(breach(_capital(_("{what} did not call for violence or disorder, "
                                               "yet {name} was convicted over it.", **words)),
                                    calls))
        elif calls.value is True:
            intent, risk = ctx.fact(p, "intent_to_incite"), ctx.fact(p, "imminent_risk")
            if intent.value is False:
                decisions.append(breach(_capital(_("{what} called for violence or disorder, but "
                                                   "no intent to incite was shown.", **words)),
                                        intent))
            elif risk.value is False:
                # Likelihood is weighed with context, speaker and reach (Rabat para 29), not a
                # bright line: at most a likely violation.
                decisions.append(breach(_capital(_("{what} called for violence or disorder, but "
                                                   "no likely risk of it was shown.", **words)),
                                        risk, proven=False))
            elif intent.value is True and risk.value is True:
                decisions.append(compliant(_capital(_(
                    "{what} called for violence or disorder, with intent, creating a likely and "
                    "imminent risk.", **words)), calls, intent, risk))
            else:
                decisions.append(unknown(
                    _capital(_("{what} called for violence or disorder: was intent to incite "
                               "shown, and did it create a likely and imminent risk?", **words)),
                    reason=_capital(_("{what} called for violence or disorder.", **words)),
                    facts=(calls,)))
    speech = {p.id for p in _publications(ctx, violence)}
    other_charges = len(_links.charges_of(ctx)) > len(violence)
    for r in ctx.events(ExpertReport):
        concl = ctx.fact(r, "conclusion")
        when = ctx.when(r)
        if r.about and not speech & set(r.about):
            continue  # a report on other material (a forensic or financial one, say)
        if not r.about and other_charges and concl.value is not None:
            # Which charge a report concerns is not guessed where there are others: a
            # chemist's report that does not support a drugs charge says nothing of speech.
            decisions.append(unknown(
                _("Did the expert report {when} examine the content {name} is charged with "
                  "as a call to violence, or other material?", when=when, name=ctx.name),
                reason=_("{name} faces other charges, and the record does not say what the "
                         "expert report {when} examined.", when=when, name=ctx.name),
                facts=(concl,)))
            continue
        if concl.value is ExpertConclusion.DOES_NOT_SUPPORT and _links.convictions(ctx):
            # An expert's view informs but does not settle the legal threshold: capped at likely.
            decisions.append(breach(_("The expert report {when} found no incitement in the "
                                      "content charged, yet {name} was convicted; no actual call "
                                      "to violence, with intent and a likely, imminent risk, is "
                                      "shown.", when=when, name=ctx.name), concl, proven=False))
        elif concl.value is ExpertConclusion.SUPPORTS_CHARGE and not decisions:
            # Characterising speech in law is for the court, not a linguist (Dmitriyevskiy v
            # Russia): an expert's view alone settles nothing.
            decisions.append(unknown(
                _("Did the court itself find that the content called for violence or disorder, "
                  "with intent and a likely risk of it?"),
                reason=_("The expert report {when} found that the content supported the charge; "
                         "an expert's view does not settle the legal question.", when=when),
                facts=(concl,)))
    return worst(decisions, empty=unknown(
        _("Did the content charged call for violence or disorder, with intent, and create a "
          "likely and imminent risk of it (the Rabat Plan's six-part test)?")))


THRESHOLD = Criterion(
    id="expression.incitement-threshold",
    area=Area.EXPRESSION,
    title="Incitement shown, not mere criticism",
    question="Did the prosecution show an actual call to violence or disorder, with intent and a "
             "likely and imminent risk, rather than criticism of the authorities?",
    citations=(iccpr("19(3)"), iccpr("20(2)"), general_comment(34, "33-35", confirmed=False),
               general_comment(34, "42", confirmed=False),
               Citation(source="Rabat Plan of Action (A/HRC/22/17/Add.4, 2012)",
                        pinpoint="para 29", confirmed=False, kind="soft_law")),
    severity=Severity.SERIOUS,
    reads=("charge.conduct", "charge.offence", "publication.calls_for_violence",
           "publication.intent_to_incite", "publication.imminent_risk",
           "expert_report.conclusion", "expert_report.about", "verdict.results"),
    decide=_threshold,
)


def _necessity(ctx: Context) -> Decision:
    charges, answer = _charged(ctx, T_("{name} was acquitted: no penalty for expression is there "
                                       "to weigh."))
    if answer is not None:
        return answer
    offences = {c.offence for c in charges}
    factors: list[Factor] = []
    missing: list[Missing] = []
    if OffenceKind.INSULT_OF_OFFICIALS in offences:
        factors.append(Factor(_("The offence protects officials, the head of state or "
                                "institutions from insult, though they must accept wider "
                                "criticism than anyone (GC34 para 38)."), Toward.BREACH, 2))
    if OffenceKind.FALSE_INFORMATION in offences:
        factors.append(Factor(_("The offence punishes 'false information', a notion too vague "
                                "to tell a person what is allowed (GC34 para 25)."),
                              Toward.BREACH, 1))
    facts_of = _publications(ctx, charges)
    incitement = bool(offences & INCITEMENT) or None in offences
    # Whether the speech called for violence bears on charges that punish incitement or a
    # threat to security; for defamation, insult or false information it is always false and
    # says nothing of the test the Court applies there (Pedersen and Baadsgaard [GC]; Cumpănă
    # and Mazăre [GC]: public interest, factual basis and good faith, the sanction).
    violence_relevant = incitement or OffenceKind.NATIONAL_SECURITY in offences
    journalist = any(ConductKind.JOURNALISM in c.conduct for c in charges)
    violent = OffenceKind.INCITEMENT_VIOLENCE in offences
    if None in offences:
        missing.append(Missing(_("What offence does the law make of the conduct {name} is "
                                 "charged with: a call to violence or disorder, incitement to "
                                 "hatred, extremism, or another (defamation, insult, false "
                                 "information)?", name=ctx.name), 2))
    # Hostility against a protected group is what a hatred charge turns on; an extremism or
    # apology-for-terrorism charge is not about a group, so its absence says nothing there.
    hatred = OffenceKind.INCITEMENT_HATRED in offences
    # An insult is a value judgment, but one with no factual basis at all is gratuitous abuse
    # (Janowski v Poland [GC]): the basis is weighed there too, as the tie question asks.
    factual = bool(offences & {OffenceKind.DEFAMATION, OffenceKind.FALSE_INFORMATION,
                               OffenceKind.INSULT_OF_OFFICIALS})
    for p in facts_of:
        what = ctx.label(p)
        # A disclosure of secrets is not punished as a call to violence: whether it called for
        # one says nothing of the test there (Hadjianastassiou v Greece; Stoll v Switzerland
        # [GC]), unless an incitement charge is also brought over it.
        secret = bool(_SECRECY & set(p.rights_of_others))
        violence_here = incitement or (violence_relevant and not secret)
        public = ctx.fact(p, "public_interest")
        if public.value is True:
            factors.append(Factor(_capital(_("{what} concerned a matter of public interest, "
                                             "where expression is most protected.", what=what)),
                                  Toward.BREACH, 2, (public,)))
        elif public.value is False:
            factors.append(Factor(_capital(_("{what} did not concern a matter of public "
                                             "interest.", what=what)),
                                  Toward.FAIRNESS, 1, (public,)))
        else:
            missing.append(Missing(_("Did {what} concern a matter of public interest (politics, "
                                     "officials, corruption, public affairs)?", what=what), 2))
        hostile = ctx.fact(p, "targets_group")
        if hostile.value is True:
            factors.append(Factor(_capital(_("{what} stirred hostility or discrimination against "
                                             "a protected group (ICCPR art 20(2)).", what=what)),
                                  Toward.FAIRNESS, 3, (hostile,)))
        elif hostile.value is False and hatred:
            factors.append(Factor(_capital(_("{what} did not stir hostility against a protected "
                                             "group.", what=what)),
                                  Toward.BREACH, 2, (hostile,)))
        elif hatred:
            missing.append(Missing(_("Did {what} stir hostility or discrimination against a "
                                     "protected group?", what=what), 3))
        calls = ctx.fact(p, "calls_for_violence")
        # In a context of violence, words likely to exacerbate it weigh for the restriction
        # even without a call to violence (Zana v Turkey [GC]; Sürek v Turkey (no. 1) [GC]).
        risk = ctx.fact(p, "imminent_risk")
        if risk.value is True and violence_here:
            factors.append(Factor(_capital(_("{what} created a likely and imminent risk of "
                                             "violence or disorder.", what=what)),
                                  Toward.FAIRNESS, 3, (risk,)))
        if not violence_here and not secret and OffenceKind.OTHER in offences:
            # An offence of public order (speaking without a permit, an unauthorised assembly)
            # is necessary only as far as order was at risk; the State must show it (Coleman v
            # Australia: an address that was not threatening, disruptive or likely to threaten
            # public order).
            read_yes_no(risk, factors, missing,
                        no=(_capital(_("{what} created no risk of violence or disorder: public "
                                       "order, which such an offence protects, was not "
                                       "threatened.", what=what)), Toward.BREACH, 2),
                        yes=(_capital(_("{what} created a likely and imminent risk of "
                                        "disorder, which such an offence protects against.",
                                        what=what)), Toward.FAIRNESS, 2))
        backs = ctx.fact(p, "justifies_violence")
        if backs.value is True and violence_here and calls.value is not True:
            factors.append(Factor(_capital(_("{what} praised or backed the use of violence.",
                                             what=what)), Toward.FAIRNESS, 2, (backs,)))
        if calls.value is True:
            factors.append(Factor(_capital(_("{what} called for violence or disorder.",
                                             what=what)), Toward.FAIRNESS, 3, (calls,)))
        elif calls.value is False and violence_here and risk.value is not True:
            factors.append(Factor(_capital(_("{what} did not call for violence or disorder.",
                                             what=what)),
                                  Toward.BREACH, 2 if violent else 1, (calls,)))
        elif violent:
            # For a charge of calls to violence this is the fact that decides: no margin
            # outweighs it.
            missing.append(Missing(_("Did {what} call for violence or disorder?", what=what), 5))
        # The rights of others and the confidentiality of criminal proceedings are legitimate
        # aims a restriction may serve (Bédat v Switzerland [GC]; Stoll v Switzerland [GC]);
        # what was already widely known needs less keeping (Dupuis v France).
        others = ctx.fact(p, "rights_of_others")
        if p.rights_of_others:
            factors.append(Factor(_capital(_("{what} put at risk {interests}.", what=what,
                                             interests=", ".join(_(_OTHERS[i]) for i in
                                                                 p.rights_of_others))),
                                  Toward.FAIRNESS, 3 if len(p.rights_of_others) > 1 else 2,
                                  (others,)))
            known = ctx.fact(p, "already_public")
            if known.value is True:
                factors.append(Factor(_capital(_("What {what} disclosed was already widely "
                                                 "known.", what=what)), Toward.BREACH, 2,
                                      (known,)))
        if secret:
            _secrecy_factors(ctx, p, journalist, factors, missing)
        if factual:
            basis = ctx.fact(p, "factual_basis")
            if basis.value is True:
                factors.append(Factor(_("What {what} stated had a factual basis, or was said in "
                                        "good faith with due care.", what=what),
                                      Toward.BREACH, 2, (basis,)))
            elif basis.value is False:
                factors.append(Factor(_("What {what} stated had no sufficient factual basis.",
                                        what=what), Toward.FAIRNESS, 2, (basis,)))
            else:
                missing.append(Missing(_("Did what {what} stated have a factual basis, or was it "
                                         "said in good faith?", what=what), 2))
    for c in charges:
        _unpublished_factors(ctx, c, factors, missing)
    # An order to disclose a source, or a journalist's own conduct while gathering news, is
    # weighed on what was restricted: there is no publication to ask for (Goodwin v United
    # Kingdom [GC]; Pentikäinen v Finland [GC]).
    published = [c for c in charges if c.source_refusal is not True and c.newsgathering is not True]
    if not facts_of and published:
        missing.append(Missing(_("What did {name} say or publish that was charged (a "
                                 "publication naming the charge): did it concern a matter of "
                                 "public interest, and did it call for violence?",
                                 name=ctx.name), 5 if incitement else 3))
    for v, r, on_appeal in _sentences(ctx):
        sentence = ctx.fact(v, "results")
        if r.custodial is True:
            grave = OffenceKind.DEFAMATION in offences
            factors.append(Factor(_prison(ctx, r.sentence, grave), Toward.BREACH,
                                  3 if grave else 2, (sentence,)))
        elif r.custodial is False and r.prison_suspended is True:
            # A prison sentence for expression chills it even where it is not served (Cumpănă
            # and Mazăre v Romania [GC]); for defamation it is never appropriate (GC34 para 47).
            grave = OffenceKind.DEFAMATION in offences
            factors.append(Factor(
                _("{name}'s prison term was suspended; imprisonment is never an appropriate "
                  "penalty for defamation (GC34 para 47), suspended or not.", name=ctx.name)
                if grave else
                _("{name}'s prison term was suspended; a prison sentence for expression, even "
                  "one not served, has a chilling effect and is justified only in exceptional "
                  "circumstances (Cumpănă and Mazăre v Romania [GC]).", name=ctx.name),
                Toward.BREACH, 2 if grave else 1, (sentence,)))
        elif r.custodial is False and r.prison_in_default is True:
            # A fine backed by imprisonment if unpaid brings the prison term back within reach
            # (Coleman v Australia: five days' imprisonment for not paying).
            factors.append(Factor(_("{name}'s fine was to be replaced by imprisonment if "
                                    "unpaid: a penalty that can end in prison for expression.",
                                    name=ctx.name), Toward.BREACH, 1, (sentence,)))
        elif r.custodial is False and on_appeal:
            factors.append(Factor(_("{name}'s sentence, as changed on appeal {when}, was not "
                                    "custodial.", name=ctx.name, when=ctx.when_text(_decided(v))),
                                  Toward.FAIRNESS, 1, (sentence,)))
        elif r.custodial is False:
            factors.append(Factor(_("{name}'s sentence was not custodial.", name=ctx.name),
                                  Toward.FAIRNESS, 1, (sentence,)))
        elif on_appeal:
            missing.append(Missing(_("Was the sentence {name} was given on appeal {when} one of "
                                     "imprisonment?", name=ctx.name,
                                     when=ctx.when_text(_decided(v))), 1))
        else:
            missing.append(Missing(_("Was {name} sentenced to imprisonment?",
                                     name=ctx.name), 1))
    if not factors and not missing:
        return unknown(_("What did {name} say or publish that was charged?", name=ctx.name))
    return weigh(_("Weighing the restriction on {name}'s expression (ICCPR art 19(3), GC34 "
                   "paras 33-35; ECHR art 10(2): the kind of speech, its content, its factual "
                   "basis, the kind of offence and the penalty).", name=ctx.name),
                 factors, missing,
                 breach_text=_("punishing the expression was not necessary and proportionate."),
                 fair_text=_("the restriction was necessary and proportionate on the record."),
                 side=_("the restriction"),
                 tie_question=_tie_question(ctx, offences))


#: What a restriction on disclosing secrets protects (Hadjianastassiou v Greece; Stoll v
#: Switzerland [GC]).
_SECRECY = frozenset({OthersInterest.NATIONAL_SECURITY, OthersInterest.OFFICIAL_CONFIDENTIALITY})


def _secrecy_factors(ctx: Context, p: Publication, journalist: bool, factors: list[Factor],
                     missing: list[Missing]) -> None:
    """What the Court weighs for a disclosure of secrets beyond the interest and the public
    interest: the discloser's duties and the manner of presenting it (Stoll v Switzerland
    [GC]: the duties of an official, the truncated and sensational form of a publication)."""
    what = ctx.label(p)
    bound = ctx.fact(p, "bound_by_secrecy")
    if bound.value is True:
        factors.append(Factor(_("{name} was bound by a duty of secrecy or discretion over what "
                                "{what} disclosed, as an official or officer; those duties and "
                                "responsibilities weigh for the restriction (Hadjianastassiou v "
                                "Greece).", name=ctx.name, what=what),
                              Toward.FAIRNESS, 2, (bound,)))
    elif bound.value is None and not journalist:
        missing.append(Missing(_("Was {name} bound by a duty of secrecy or discretion over what "
                                 "{what} disclosed (an official, an officer, a contractor)?",
                                 name=ctx.name, what=what), 1))
    shown = ctx.fact(p, "misleading_presentation")
    if shown.value is True:
        factors.append(Factor(_capital(_("{what} presented what it disclosed in a truncated, "
                                         "distorted or sensational way (Stoll v Switzerland "
                                         "[GC]).", what=what)), Toward.FAIRNESS, 2, (shown,)))
    elif shown.value is False:
        factors.append(Factor(_capital(_("{what} presented what it disclosed accurately and in "
                                         "context.", what=what)), Toward.BREACH, 1, (shown,)))


def _unpublished_factors(ctx: Context, c: Charge, factors: list[Factor],
                         missing: list[Missing]) -> None:
    """A charge over journalism with no publication: a refusal to disclose a source (Goodwin v
    United Kingdom [GC]: only an overriding requirement in the public interest justifies an
    order to disclose one), or conduct while gathering news (Pentikäinen v Finland [GC]:
    journalism does not exempt a person from the ordinary criminal law)."""
    fact = _links.charge_fact(ctx, c)
    if c.source_refusal is True:
        factors.append(Factor(_("{name} was punished for refusing to disclose a journalistic "
                                "source; the protection of sources is a basic condition of "
                                "press freedom.", name=ctx.name), Toward.BREACH, 2, (fact,)))
        if c.source_overriding_need is True:
            factors.append(Factor(_("Disclosure of the source was justified by an overriding "
                                    "requirement in the public interest that no other means "
                                    "could meet."), Toward.FAIRNESS, 3, (fact,)))
        elif c.source_overriding_need is False:
            factors.append(Factor(_("No overriding requirement in the public interest justified "
                                    "disclosure of the source."), Toward.BREACH, 3, (fact,)))
        else:
            missing.append(Missing(_("Was disclosure of the source {name} refused to name "
                                     "justified by an overriding requirement in the public "
                                     "interest (preventing a serious crime, say) that no other "
                                     "means could meet?", name=ctx.name), 3))
    elif c.newsgathering is True:
        if c.treated_as_others is True:
            factors.append(Factor(_("{name} was charged under a law binding on everyone, for "
                                    "conduct while gathering news that would be sanctioned in "
                                    "anyone, and was treated as others present were; journalism "
                                    "does not exempt a person from the ordinary criminal law.",
                                    name=ctx.name), Toward.FAIRNESS, 3, (fact,)))
        elif c.treated_as_others is False:
            factors.append(Factor(_("{name} was charged for conduct while gathering news that "
                                    "would not have been sanctioned in others, or was singled "
                                    "out as a journalist.", name=ctx.name),
                                  Toward.BREACH, 3, (fact,)))
        else:
            missing.append(Missing(_("Was {name} charged under a law binding on everyone, for "
                                     "conduct that would be sanctioned in anyone, and treated as "
                                     "others present were?", name=ctx.name), 3))


def _tie_question(ctx: Context, offences: set[OffenceKind | None]) -> str:
    """What decides an even balance: for defamation, insult or false information the factors
    the Court weighs there (Pedersen and Baadsgaard [GC]); for incitement, extremism or a threat
    to security the likelihood and imminence of the harm in context (the Rabat Plan; Leroy v
    France: the moment and the region of publication); for a mix, or an offence not classified,
    both."""
    factual = bool(offences & {OffenceKind.DEFAMATION, OffenceKind.INSULT_OF_OFFICIALS,
                               OffenceKind.FALSE_INFORMATION})
    harm = bool(offences & (INCITEMENT | {OffenceKind.NATIONAL_SECURITY}))
    if factual and not harm and None not in offences:
        return _("How much did {name}'s words add to a debate of public interest, were they "
                 "statements of fact or value judgments, on what factual basis and in what good "
                 "faith were they made, and how heavy was the penalty, damages included?",
                 name=ctx.name)
    if harm and not factual and None not in offences:
        return _("How likely and imminent was the harm {name}'s expression risked in its "
                 "context (who spoke, to whom, when and where, how widely), and how heavy was "
                 "the penalty?", name=ctx.name)
    return _("What did {name}'s expression add to a debate of public interest, what harm did it "
             "risk in its context (who spoke, to whom, when and where, how widely), and how "
             "heavy was the penalty?", name=ctx.name)


#: What a publication put at risk, as a sentence names it.
_OTHERS = {OthersInterest.INVESTIGATION_SECRECY: T_("the confidentiality of a criminal "
                                                    "investigation"),
           OthersInterest.PRESUMPTION_OF_INNOCENCE: T_("another person's fair trial and "
                                                       "presumption of innocence"),
           OthersInterest.PRIVACY: T_("another person's private life"),
           OthersInterest.NATIONAL_SECURITY: T_("national security or defence"),
           OthersInterest.OFFICIAL_CONFIDENTIALITY: T_("the confidentiality of official or "
                                                       "diplomatic information")}


def _prison(ctx: Context, sentence: str | None, defamation: bool) -> str:
    """The factor of a prison sentence: never appropriate for defamation (GC34 para 47), heavy
    for any expression."""
    if defamation and sentence:
        return _("{name} was sentenced to {sentence}; imprisonment is never an appropriate "
                 "penalty for defamation (GC34 para 47).", name=ctx.name, sentence=sentence)
    if defamation:
        return _("{name} was sentenced to imprisonment; imprisonment is never an appropriate "
                 "penalty for defamation (GC34 para 47).", name=ctx.name)
    if sentence:
        return _("{name} was sentenced to {sentence}; prison for expression weighs heavily.",
                 name=ctx.name, sentence=sentence)
    return _("{name} was sentenced to imprisonment; prison for expression weighs heavily.",
             name=ctx.name)


NECESSITY = Criterion(
    id="expression.necessity",
    area=Area.EXPRESSION,
    title="A restriction on expression that was necessary",
    question="Was punishing the expression necessary and proportionate, weighing the kind of "
             "speech (public interest), its content (a call to violence), its factual basis, "
             "the kind of offence and the penalty?",
    citations=(iccpr("19(3)"), general_comment(34, "33-35", confirmed=False),
               general_comment(34, "38", confirmed=False),
               general_comment(34, "47", confirmed=True), echr("10"),
               ecthr("Pedersen and Baadsgaard v Denmark [GC], no. 49017/99, 17 December 2004"),
               ecthr("Cumpănă and Mazăre v Romania [GC], no. 33348/96, 17 December 2004"),
               ecthr("Zana v Turkey [GC], no. 18954/91, 25 November 1997"),
               ecthr("Bédat v Switzerland [GC], no. 56925/08, 29 March 2016"),
               ecthr("Hadjianastassiou v Greece, no. 12945/87, 16 December 1992"),
               ecthr("Stoll v Switzerland [GC], no. 69698/01, 10 December 2007"),
               ecthr("Goodwin v United Kingdom [GC], no. 17488/90, 27 March 1996"),
               ecthr("Pentikäinen v Finland [GC], no. 11882/10, 20 October 2015"),
               # A permit offence with no threat to public order; a fine backed by prison.
               hrc_views("Coleman v Australia, comm. no. 1157/2003", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("charge.offence", "publication.public_interest", "publication.calls_for_violence",
           "publication.targets_group", "publication.factual_basis", "verdict.results",
           "appeal.results", "publication.imminent_risk", "publication.justifies_violence",
           "publication.rights_of_others", "publication.already_public",
           "publication.bound_by_secrecy", "publication.misleading_presentation",
           "charge.source_refusal", "charge.source_overriding_need", "charge.newsgathering",
           "charge.treated_as_others"),
    decide=_necessity,
)


def _journalism(ctx: Context) -> Decision:
    charges, unclassified = _expression_charges(ctx)
    if not charges:
        return _no_expression_charge(ctx, unclassified)
    threshold = ctx.finding("expression.incitement-threshold")
    conduct = "; ".join(c.description for c in charges)
    words = {"name": ctx.name, "conduct": conduct}
    pubs = _publications(ctx, charges)
    if (pubs and not any(ConductKind.JOURNALISM in c.conduct for c in charges)
            and all(_SECRECY & set(p.rights_of_others)
                    and ctx.fact(p, "bound_by_secrecy").value is True for p in pubs)):
        # An official's disclosure of secrets he was bound to keep is not journalism or
        # criticism of the authorities (Hadjianastassiou v Greece): its necessity is weighed
        # once, not again as a penalty on legitimate reporting.
        return not_applicable(_("{name} is charged with disclosing information under a duty to "
                                "keep it secret ({conduct}), not with journalism or "
                                "criticism of the authorities; whether punishing it was "
                                "necessary is weighed under 'A restriction on expression that "
                                "was necessary'.", **words))
    facts = [ctx.fact(e) for e in ctx.events(ExpertReport)]
    if (acquitted := _acquittal(ctx)) is not None:
        held = [d for d in ctx.events(DetentionOrder) if d.measure in (Measure.CUSTODY, None)]
        return unknown(_("When {name} was arrested and charged, was there a reasonable "
                         "suspicion of an actual call to violence, or was the prosecution a "
                         "response to legitimate expression?", name=ctx.name),
                       reason=_(_ACQUITTED[bool(held or ctx.events(Arrest)),
                                           bool(acquitted.for_lack_of_evidence)], **words))
    necessity = ctx.finding("expression.necessity")
    if necessity.is_breach and not threshold.is_breach:
        return Decision(necessity.outcome, (
            _("{name} is prosecuted for expression ({conduct}), and punishing it was not shown "
              "necessary and proportionate (see 'A restriction on expression that was "
              "necessary').", **words),), facts=tuple(facts), against=necessity.against,
            confidence=necessity.confidence)
    # The necessity weighing counts what the threshold leaves open (the offence, the content)
    # among what is missing: where it still finds the restriction necessary, that decides.
    if (threshold.outcome in (Outcome.NOT_APPLICABLE, Outcome.INSUFFICIENT)
            and necessity.outcome is Outcome.NO_VIOLATION):
        return compliant(_("{name} is prosecuted for expression ({conduct}); the restriction was "
                           "necessary and proportionate on the record (see 'A restriction on "
                           "expression that was necessary').", **words),
                         against=necessity.against)
    concern = _("Concern: {name} is prosecuted for expression ({conduct}).", **words)
    if threshold.outcome is Outcome.NOT_APPLICABLE:
        return unknown(*necessity.questions, reason=concern)
    if threshold.is_breach:
        return Decision(threshold.outcome, (
            _("{name} is prosecuted for expression ({conduct}) without a showing of incitement "
              "(see 'Incitement shown, not mere criticism'). Penalising journalism or criticism "
              "of the government is never a necessary restriction.", **words),),
            facts=tuple(facts), confidence=threshold.confidence)
    if threshold.outcome is Outcome.NO_VIOLATION:
        return compliant(_("{name} is prosecuted for expression ({conduct}); the record holds an "
                           "expert finding that the content called for violence or disorder, so "
                           "the charge is not shown to penalise legitimate expression.", **words),
                         *facts, against=threshold.against)
    return unknown(*threshold.questions, reason=concern)


#: An acquittal after a prosecution for expression, by (held in custody, acquitted for lack of
#: evidence).
_ACQUITTED = {
    (False, False): T_("{name} was prosecuted for expression ({conduct}), and acquitted. An "
                       "acquittal does not settle whether the arrest and prosecution were "
                       "themselves arbitrary (ICCPR arts 9(1), 19)."),
    (False, True): T_("{name} was prosecuted for expression ({conduct}), and acquitted for lack "
                      "of evidence. An acquittal does not settle whether the arrest and "
                      "prosecution were themselves arbitrary (ICCPR arts 9(1), 19)."),
    (True, False): T_("{name} was prosecuted for expression ({conduct}) and held in custody, and "
                      "acquitted. An acquittal does not settle whether the arrest and "
                      "prosecution were themselves arbitrary (ICCPR arts 9(1), 19)."),
    (True, True): T_("{name} was prosecuted for expression ({conduct}) and held in custody, and "
                     "acquitted for lack of evidence. An acquittal does not settle whether the "
                     "arrest and prosecution were themselves arbitrary (ICCPR arts 9(1), 19)."),
}


JOURNALISM = Criterion(
    id="expression.journalism-penalised",
    area=Area.EXPRESSION,
    title="Not prosecuted for legitimate journalism or criticism",
    question="Was the accused prosecuted for legitimate journalism, reporting or criticism of "
             "the authorities?",
    citations=(iccpr("19(2)"), iccpr("19(3)"), general_comment(34, "23", confirmed=True),
               general_comment(34, "30", confirmed=False),
               general_comment(34, "46", confirmed=False),
               general_comment(35, "17", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("charge.conduct", "finding:expression.incitement-threshold",
           "finding:expression.necessity", "publication.rights_of_others",
           "publication.bound_by_secrecy"),
    decide=_journalism,
    depends_on=("expression.incitement-threshold", "expression.necessity"),
)


def _sanction(ctx: Context) -> Decision:
    verdicts = _links.convictions(ctx)
    charges, _unclassified = _expression_charges(ctx)
    if not verdicts or not charges:
        return not_applicable(_("{name} is not convicted of an expression-related charge.",
                                name=ctx.name))
    results = _sentences(ctx)
    penalised = ctx.finding("expression.journalism-penalised")
    necessity = ctx.finding("expression.necessity")
    if penalised.outcome is Outcome.NOT_APPLICABLE:
        # An official's disclosure of secrets (not journalism): the necessity weighing alone
        # says whether punishing it was justified.
        penalised = necessity
    # Incitement is the test only where the charge punishes incitement; on a defamation or
    # other charge the breach comes from the necessity weighing, and the sentence is judged by
    # it (GC34 para 47: imprisonment is never appropriate for defamation, which does not make
    # every criminal sanction disproportionate).
    unincited = ctx.finding("expression.incitement-threshold").is_breach
    defamation = any(c.offence is OffenceKind.DEFAMATION for c in charges)
    decisions = []
    for v, r, on_appeal in results:
        when = _("on appeal {when}", when=ctx.when_text(_decided(v))) if on_appeal \
            else ctx.when(v)
        sentence = r.sentence or p_("sentence", "a sentence not recorded")
        words = {"name": ctx.name, "sentence": sentence}
        fact = ctx.fact(v, "results")
        proven = penalised.outcome is Outcome.VIOLATION
        prison = r.custodial is True or r.prison_suspended is True
        if penalised.is_breach and unincited:
            decisions.append(breach(_("{name} was sentenced {when} to {sentence} for expression "
                                      "that was not shown to incite; any criminal sanction for "
                                      "it is disproportionate.", when=when, **words),
                                    fact, proven=proven))
        elif penalised.is_breach and prison and defamation:
            decisions.append(breach(_("{name} was sentenced {when} to {sentence} for expression "
                                      "whose punishment was not shown necessary and "
                                      "proportionate (see 'A restriction on expression that "
                                      "was necessary'); imprisonment is never an appropriate "
                                      "penalty for defamation (GC34 para 47).",
                                      when=when, **words), fact, proven=proven))
        elif penalised.is_breach:
            decisions.append(breach(_("{name} was sentenced {when} to {sentence} for expression "
                                      "whose punishment was not shown necessary and "
                                      "proportionate (see 'A restriction on expression that "
                                      "was necessary').", when=when, **words),
                                    fact, proven=proven))
        elif prison and necessity.outcome is Outcome.NO_VIOLATION:
            # The penalty is part of the one proportionality test (Cumpănă and Mazăre v
            # Romania [GC]), and the necessity weighing counted the prison term against the
            # restriction: where it still found the restriction necessary, that answers this.
            decisions.append(compliant(_("{name} was sentenced to {sentence}; the weighing of "
                                         "the restriction counted the prison term and still "
                                         "found it necessary (see 'A restriction on expression "
                                         "that was necessary').", **words),
                                       fact, against=necessity.against))
        elif prison:
            decisions.append(unknown(_("Was imprisonment necessary and proportionate to the "
                                       "expression charged?"),
                                     reason=_("{name} was sentenced to {sentence}.", **words),
                                     facts=(fact,)))
        elif r.custodial is False and penalised.outcome is Outcome.NO_VIOLATION:
            decisions.append(compliant(_("{name}'s sentence ({sentence}) is not custodial.",
                                         **words), fact))
        else:
            decisions.append(unknown(_("Was {name}'s sentence ({sentence}) proportionate to the "
                                       "expression charged?", **words)))
    return worst(decisions, empty=not_applicable(""))


SANCTION = Criterion(
    id="expression.sanction-proportionate",
    area=Area.EXPRESSION,
    title="Proportionate sanction for expression",
    question="If a restriction on expression was legitimate, was the sanction (imprisonment, "
             "closure of an outlet) proportionate?",
    citations=(iccpr("19(3)"), general_comment(34, "34-35", confirmed=False),
               general_comment(34, "47", confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("verdict.results", "appeal.results", "finding:expression.journalism-penalised",
           "finding:expression.necessity", "finding:expression.incitement-threshold"),
    decide=_sanction,
    depends_on=("expression.journalism-penalised", "expression.necessity",
                "expression.incitement-threshold"),
)

#: Indicators that point to an ulterior purpose; an 'other' note says too little to count.
_PRETEXT = frozenset({ContextKind.RETALIATION_JOURNALISM, ContextKind.POLITICAL_ACTIVITY,
                      ContextKind.HUMAN_RIGHTS_WORK, ContextKind.GROUP_MEMBERSHIP})


def _indicator(ctx: Context, fact: Fact) -> str:
    """What a context indicator says ('it follows journalism'), from the case's context list
    that ``_links.context_facts`` numbers its events by; its title if that fails."""
    number = fact.event.id.removeprefix("~context-")
    if number.isdigit() and 0 < int(number) <= len(ctx.case.context):
        return ctx.case.context[int(number) - 1].description.rstrip(".")
    return fact.event.title or ""


def _pretext(ctx: Context) -> Decision:
    # An ulterior purpose must be shown, not presumed (ECHR art 18; Merabishvili v Georgia
    # [GC]): the indicators are weighed against what the record says of the offence itself,
    # and a breach stays at most likely, since timing and context suggest but do not prove.
    indicators = _links.context_facts(ctx, _PRETEXT)
    charges, unclassified = _expression_charges(ctx)
    if not indicators:
        if charges or unclassified:
            return unknown(_("Did the prosecution of {name} follow journalism, political "
                             "activity or human-rights work, and is there evidence of an "
                             "offence apart from that activity?", name=ctx.name))
        return not_applicable(_("No indicator that the prosecution of {name} is a pretext is "
                                "recorded (record one under 'context' if the sources give it).",
                                name=ctx.name))
    if all(f.standing in REFUTED for f in indicators):
        return compliant(_("The indicators that the prosecution of {name} was a pretext were "
                           "found untrue, withdrawn, or examined and not found proven.",
                           name=ctx.name), *indicators)
    factors: list[Factor] = []
    for f in indicators:
        said = _indicator(ctx, f)
        if f.standing is Standing.DENIED:
            factors.append(Factor(_("The indicator that {said} was found untrue or withdrawn.",
                                    said=said), Toward.FAIRNESS, 1, (f,)))
        elif f.standing is Standing.UNPROVEN:
            continue  # examined and not proven: it counts neither way
        else:
            factors.append(Factor(_("Indicator: {said}.", said=said), Toward.BREACH,
                                  2 if f.standing is Standing.ESTABLISHED else 1, (f,)))
    if charges:
        factors.append(Factor(_("The charges against {name} concern protected activity itself "
                                "({charges}).", name=ctx.name,
                                charges="; ".join(c.description for c in charges)),
                              Toward.BREACH, 1))
    # The decisive counter-question (Merabishvili [GC]): what evidence of the offence itself?
    # With a genuine case, the authorities are presumed to act in good faith, and an ulterior
    # purpose must be shown to predominate (Khodorkovskiy v Russia).
    mine = _links.charges_of(ctx)
    kinds = {c.evidence_of_offence for c in mine}
    missing: list[Missing] = []
    presumption: Factor | None = None
    if OffenceEvidence.ONLY_PROTECTED_ACTIVITY in kinds:
        factors.append(Factor(_("The prosecution produced no evidence against {name} beyond the "
                                "protected activity itself.", name=ctx.name), Toward.BREACH, 3))
    elif OffenceEvidence.WEAK in kinds:
        factors.append(Factor(_("The evidence of the offence against {name} was little or "
                                "doubtful.", name=ctx.name), Toward.BREACH, 1))
    elif mine and kinds == {OffenceEvidence.INDEPENDENT}:
        factors.append(Factor(_("The prosecution produced evidence of the offence apart from "
                                "the protected activity."), Toward.FAIRNESS, 3))
        presumption = Factor(_("With a genuine case against {name}, the authorities are "
                               "presumed to act in good faith: an ulterior purpose must be shown "
                               "to predominate.", name=ctx.name), Toward.FAIRNESS, 2)
    else:
        missing.append(Missing(_("What evidence of the offence itself did the prosecution "
                                 "produce, apart from the protected activity?"), 3))
    decision = weigh(_("Weighing whether the prosecution of {name} answers the exercise of "
                       "protected rights rather than a crime (the indicators on the record "
                       "against what is known of the offence itself).", name=ctx.name), factors,
                     missing, presumption=presumption,
                     breach_text=_("the prosecution appears to answer protected activity; "
                                   "detention or prosecution as a response to journalism, "
                                   "political or human-rights work is arbitrary."),
                     fair_text=_("the indicators of a pretext do not hold on the record."),
                     side=_("a genuine prosecution"))
    if decision.outcome is Outcome.VIOLATION:
        decision = attrs.evolve(decision, outcome=Outcome.LIKELY_VIOLATION,
                                confidence=Confidence.MEDIUM)
    return decision


PRETEXT = Criterion(
    id="expression.pretextual-prosecution",
    area=Area.EXPRESSION,
    title="Not a pretext for punishing protected activity",
    question="Do the record's indicators (timing after journalism or political activity, "
             "targeting of a group) show a prosecution brought to punish the exercise of a "
             "protected right?",
    citations=(iccpr("9(1)"), iccpr("19"), general_comment(35, "17", confirmed=False),
               general_comment(34, "23", confirmed=True), echr("18"),
               ecthr("Merabishvili v Georgia [GC], no. 72508/13, 28 November 2017"),
               ecthr("Khodorkovskiy v Russia, no. 5829/04, 31 May 2011")),
    severity=Severity.SERIOUS,
    reads=("context.kind", "charge.conduct", "charge.evidence_of_offence"),
    decide=_pretext,
)

CRITERIA = (THRESHOLD, NECESSITY, JOURNALISM, SANCTION, PRETEXT)

"""Documents of the case file or evidence not translated in writing for an accused who does not
read the language of the court. Neither the Covenant nor the Convention requires a written
translation of every document: what matters is whether the accused could know the case against
them and defend themselves, above all through counsel who has the file and can go through it
with them through an interpreter (Harward v Norway, HRC 451/1991, para 9.5, under art 14(3)(b);
Kamasinski v Austria and Hermi v Italy [GC], under art 6(3)(e))."""

from __future__ import annotations

from fairtrial._i18n import _
from fairtrial.checklist._core import (
    Context,
    Decision,
    Factor,
    Missing,
    Toward,
    compliant,
    read_yes_no,
    unknown,
    weigh,
)
from fairtrial.record._model import DefenceRequest


def untranslated(ctx: Context, r: DefenceRequest) -> Decision:
    """One request for a written translation: granted, or weighed where it was refused or never
    made (the Committee weighed counsel's access to the file and the interpreter at counsel's
    meetings, and what the accused needed to understand of the case)."""
    words = {"name": ctx.name, "when": ctx.when(r)}
    granted, made = ctx.fact(r, "granted"), ctx.fact(r, "made")
    if made.value is not False and granted.value is True:
        return compliant(_("The court granted the defence request {when} for a written "
                           "translation of documents.", **words), granted)
    if made.value is not False and granted.value is None:
        return unknown(_("What did the court decide on the defence request {when} for a written "
                         "translation of documents?", **words))
    factors: list[Factor] = []
    missing: list[Missing] = []
    if made.value is False:
        factors.append(Factor(_("The defence never asked the court for a written translation of "
                                "the documents.", **words), Toward.FAIRNESS, 1, (made,)))
        head = _("Documents of the case were not translated in writing for {name}.", **words)
    else:
        head = _("The court refused the defence request {when} for a written translation of "
                 "documents.", **words)
    shown = (granted,) if granted.value is False else ()
    read_yes_no(ctx.fact(r, "counsel_had_file"), factors, missing, also=shown,
                yes=(_("{name}'s lawyer had the documents that were not translated.", **words),
                     Toward.FAIRNESS, 2),
                no=(_("{name} had no lawyer who had the documents that were not translated.",
                      **words), Toward.BREACH, 2),
                ask=(_("Did {name}'s lawyer have the documents that were not translated "
                       "('counsel_had_file')?", **words), 2))
    read_yes_no(ctx.fact(r, "interpreter_for_counsel"), factors, missing, also=shown,
                yes=(_("The lawyer could go through the documents with {name} through an "
                       "interpreter.", **words), Toward.FAIRNESS, 2),
                no=(_("Nobody could put the documents to {name} in a language they understood: "
                      "no interpreter helped the lawyer go through them with {name}.", **words),
                    Toward.BREACH, 2),
                ask=(_("Could the lawyer go through the documents with {name} through an "
                       "interpreter, at their meetings say ('interpreter_for_counsel')?",
                       **words), 2))
    read_yes_no(ctx.fact(r, "documents_central"), factors, missing, also=shown,
                yes=(_("The documents were ones {name} needed to understand the case against "
                       "them and defend themselves.", **words), Toward.BREACH, 1),
                no=(_("The documents were not ones {name} needed to understand the case "
                      "against them and defend themselves.", **words), Toward.FAIRNESS, 1),
                ask=(_("Were the documents not translated ones {name} needed to understand the "
                       "case against them and defend themselves, the evidence the charge "
                       "rested on say ('documents_central')?", **words), 1))
    return weigh(
        _("{head} Weighing whether {name} could still know the case and defend themselves "
          "(ICCPR art 14(3)(b); ECHR art 6(3)(e); Harward v Norway, HRC 451/1991, para 9.5: an "
          "accused who does not understand the language of the court need not be given "
          "translations of all the documents, provided counsel has them; Kamasinski v Austria; "
          "Hermi v Italy [GC]: no written translation of every document is required, only what "
          "the accused needs to know the case and defend themselves).", head=head, **words),
        factors, missing,
        breach_text=_("leaving the documents untranslated kept {name} from knowing the case "
                      "and defending themselves.", **words),
        fair_text=_("{name} could know the case and defend themselves without a written "
                    "translation of the documents.", **words),
        tie_question=_("What else shows whether {name} could know what the untranslated "
                       "documents said?", **words))

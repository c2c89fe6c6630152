"""Where the actor and the themes go wrong, by document-grouped cross-validation on the gold
corpus (the training sets only; the blind sets are never read).

    python scripts/actor_theme_errors.py                  # actor confusion, error kinds, theme false positives
    python scripts/actor_theme_errors.py --examples 5     # with up to 5 example clauses per cell
    python scripts/actor_theme_errors.py --cache /tmp/ex.pkl   # reuse the parsed examples (delete it after a rules change)

Prints, for the rules alone and for rules + model (the shipped configuration, 5 folds):
the actor confusion matrix (gold rows, predicted columns), the errors grouped by kind
(member<->officer, both vs one party, none vs a party, office-holder vs member/officer,
council vs a person, on escalation steps, with a pronoun or "you"/"I"/"we"), and per theme
the cross-validated true and false positives with the most frequent phrases behind the false ones.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.nlp.themes import find_theme_phrases  # noqa: E402
from pipeline.nlp.train import (Config, cross_validate, find_gold_sets, load_examples, tag_scores,  # noqa: E402
                                theme_scores, theme_threshold)

PARTIES = ("member", "officer")
OFFICE = ("chair", "leader", "group_leader", "statutory_officer")
PRONOUN = re.compile(r"\b(they|their|them|he|she|you|your|I|my|we|our|us)\b")


def kind_of(gold: str | None, pred: str | None, tag: str, text: str) -> str:
    """The kind of an actor error, most specific first."""
    if tag == "escalation":
        return "escalation step"
    if gold in PARTIES and pred in PARTIES:
        kind = "member <-> officer"
    elif "both" in (gold, pred) and ({gold, pred} - {"both"}) <= set(PARTIES):
        kind = "both vs one party"
    elif gold is None or pred is None:
        kind = "none vs a party"
    elif gold in OFFICE or pred in OFFICE:
        kind = "office-holder vs member/officer"
    elif "council" in (gold, pred):
        kind = "council vs a person"
    else:
        kind = "other"
    if PRONOUN.search(text) and kind in ("member <-> officer", "both vs one party"):
        kind += " (pronoun in text)"
    return kind


def actor_report(examples, actors, label: str, show: int) -> None:
    print(f"\n## Actor: {label}")
    keep = [(e, a) for e, a in zip(examples, actors)]
    right = sum(e.gold.actor == a for e, a in keep)
    print(f"accuracy {right / len(keep):.3f} ({right} of {len(keep)})")
    names = sorted({str(e.gold.actor) for e, _ in keep} | {str(a) for _, a in keep})
    conf = Counter((str(e.gold.actor), str(a)) for e, a in keep)
    print("gold \\ pred".ljust(18) + "".join(n[:9].rjust(10) for n in names))
    for g in names:
        print(g[:17].ljust(18) + "".join(str(conf[(g, p)] or ".").rjust(10) for p in names))
    kinds = defaultdict(list)
    for e, a in keep:
        if e.gold.actor != a:
            kinds[kind_of(e.gold.actor, a, e.gold.tag, e.features.text)].append((e, a))
    print("\nerrors by kind:")
    for k, rows in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rows):4d}  {k}")
        for e, a in rows[:show]:
            ctx = f" [lead-in: {e.features.lead_in[:60]}]" if e.features.lead_in else ""
            print(f"        gold {e.gold.actor} / pred {a} ({e.gold.tag}, {e.gold.doc_id}): "
                  f"{e.features.text[:140]}{ctx}")


def theme_report(examples, themes, label: str, show: int) -> None:
    print(f"\n## Themes: {label}")
    s = theme_scores(examples, themes)
    print(f"precision {s['precision']:.3f} recall {s['recall']:.3f}")
    tp, fp, fn = Counter(), Counter(), Counter()
    why = defaultdict(Counter)
    shown = defaultdict(list)
    for e, pred in zip(examples, themes):
        if e.gold.themes is None:
            continue
        g, p = set(e.gold.themes), set(pred)
        for t in p & g:
            tp[t] += 1
        for t in g - p:
            fn[t] += 1
        for t in p - g:
            fp[t] += 1
            phrase = find_theme_phrases(e.features.text).get(t)
            if phrase is None:
                phrase = "(lead-in/section)" if t in e.features.context_themes else "(no phrase)"
            why[t][phrase.lower()] += 1
            shown[t].append(e)
    print("theme".ljust(30) + "tp".rjust(6) + "fp".rjust(6) + "fn".rjust(6) + "  P      R    false positives' phrases")
    for t in sorted(set(tp) | set(fp) | set(fn), key=lambda t: -fp[t]):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0
        top = ", ".join(f"{w} {n}" for w, n in why[t].most_common(6))
        print(f"{t[:29].ljust(30)}{tp[t]:6d}{fp[t]:6d}{fn[t]:6d}  {p:.2f}  {r:.2f}  {top}")
        for e in shown[t][:show]:
            print(f"        gold {e.gold.themes}: {e.features.text[:140]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--examples", type=int, default=0, help="example clauses per error kind / theme")
    ap.add_argument("--cache", type=Path, help="pickle of the parsed examples (written if missing)")
    ap.add_argument("--no-model", action="store_true", help="the rules alone (no cross-validation)")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        sets = [s for s in find_gold_sets(ROOT) if not s.blind]
        examples = load_examples(sets)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(examples))
    print(f"{len(examples)} clauses of {len({e.gold.doc_id for e in examples})} documents")
    actor_report(examples, [e.features.rule_actor for e in examples], "rules alone", args.examples)
    theme_report(examples, [e.features.phrase_themes for e in examples], "rules alone (phrases)", 0)
    if args.no_model:
        return
    cv = cross_validate(examples, Config(), args.folds)
    th = theme_threshold(examples, cv)
    from pipeline.nlp.themes import theme_ids

    cv.themes = [[t for j, t in enumerate(theme_ids()) if cv.theme_probs[i, j] >= th] for i in range(len(examples))]
    s = tag_scores(examples, cv.tags, cv.actors)
    print(f"\nrules + model: macro-F1 {s['macro_f1']:.3f}, accuracy {s['accuracy']:.3f}, theme threshold {th}")
    actor_report(examples, cv.actors, "rules + model (cross-validated)", args.examples)
    theme_report(examples, cv.themes, "rules + model (cross-validated)", args.examples)


if __name__ == "__main__":
    main()

"""`make bench-grouping`: quality and speed of cms.comments.grouping (issue 15).

Quality: on the labelled set tests/comments/data/grouping_labelled.yaml (hand-written
opinions in labelled groups), precision and recall of "same group" pairs: a pair
of opinions is positive when the labels put them in one group; precision is the
share of the pairs the grouping joins that are positive, recall the share of the
positive pairs it joins. Per kind of variant too (recall of pairs original–variant).

Speed: opinions per second of `group_texts` on BENCH_GROUPING_OPINIONS (50,000)
opinions built from the labelled texts (copies with a changed number, so about
a fifth are distinct texts, as in a consultation with copy-paste campaigns).

    DJANGO_SETTINGS_MODULE=cms.settings.bench python -m cms.bench.grouping
"""

import itertools
import os
import random
import time
from pathlib import Path

LABELLED = Path(__file__).resolve().parents[2] / "tests" / "comments" / "data" / "grouping_labelled.yaml"
SPEED_OPINIONS = int(os.environ.get("BENCH_GROUPING_OPINIONS", "50000"))


def load_labelled(path=LABELLED):
    """[(text, group id, kind)] from the YAML file."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [(item["text"], group["id"], item["kind"]) for group in data["groups"] for item in group["opinions"]]


def pair_scores(labels, groups):
    """(precision, recall, true pairs, predicted pairs) of "same group" pairs."""
    predicted = set()
    for members in groups:
        predicted.update(itertools.combinations(sorted(members), 2))
    truth = {(a, b) for a, b in itertools.combinations(range(len(labels)), 2) if labels[a] == labels[b]}
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall, len(truth), len(predicted)


def quality(path=LABELLED, threshold=None):
    from cms.comments import grouping

    rows = load_labelled(path)
    texts = [text for text, _, _ in rows]
    labels = [label for _, label, _ in rows]
    kwargs = {} if threshold is None else {"threshold": threshold}
    groups = grouping.group_texts(texts, **kwargs)
    precision, recall, true_pairs, predicted_pairs = pair_scores(labels, groups)
    # Recall per kind: is each variant grouped with its group's original?
    group_of = {index: number for number, members in enumerate(groups) for index in members}
    originals = {label: index for index, (_, label, kind) in enumerate(rows) if kind == "goc"}
    by_kind = {}
    for index, (_, label, kind) in enumerate(rows):
        if kind in ("goc", "rieng"):
            continue
        original = originals[label]
        found = index in group_of and group_of.get(original) == group_of[index]
        hit, total = by_kind.get(kind, (0, 0))
        by_kind[kind] = (hit + found, total + 1)
    return {
        "opinions": len(rows),
        "groups": len(set(labels)),
        "precision": precision,
        "recall": recall,
        "true_pairs": true_pairs,
        "predicted_pairs": predicted_pairs,
        "by_kind": by_kind,
    }


def synthetic_opinions(count, seed=15):
    """`count` opinions from the labelled texts: each a copy with a random number
    appended to about a fifth of them (a new distinct text each time)."""
    rng = random.Random(seed)
    texts = [text for text, _, _ in load_labelled()]
    out = []
    for n in range(count):
        text = rng.choice(texts)
        if rng.random() < 0.2:
            text = f"{text} (ý kiến số {n}, tổ dân phố {rng.randrange(1, 60)})"
        out.append(text)
    return out


def speed(count=SPEED_OPINIONS):
    from cms.comments import grouping

    texts = synthetic_opinions(count)
    started = time.perf_counter()
    groups = grouping.group_texts(texts)
    seconds = time.perf_counter() - started
    return {"opinions": count, "seconds": seconds, "rate": count / seconds, "groups": len(groups)}


def main():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    django.setup()
    from cms.comments import grouping

    print(f"Labelled set: {LABELLED.relative_to(LABELLED.parents[3])}")
    for threshold in (0.3, 0.4, grouping.THRESHOLD, 0.6, 0.7):
        result = quality(threshold=threshold)
        mark = "  <- used" if threshold == grouping.THRESHOLD else ""
        print(
            f"  threshold {threshold:.1f}: precision {result['precision']:.3f}  recall {result['recall']:.3f}"
            f"  ({result['predicted_pairs']} pairs joined, {result['true_pairs']} true pairs){mark}"
        )
    result = quality()
    print(f"  {result['opinions']} opinions in {result['groups']} labelled groups")
    for kind, (hit, total) in sorted(result["by_kind"].items()):
        print(f"  grouped with their original: {kind:13} {hit:3}/{total:<3} ({hit / total:.0%})")
    figures = speed()
    print(
        f"Speed: {figures['opinions']:,} opinions grouped in {figures['seconds']:.2f} s = "
        f"{figures['rate']:,.0f} opinions/s ({figures['groups']:,} groups)"
    )
    print(f"Load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()

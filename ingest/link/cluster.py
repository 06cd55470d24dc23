"""Deciding who is who: blocks of alike names, then evidence-driven merging inside a block.

Blocking: mentions whose folded names are one small edit apart share a block (union-find over
`names.block_keys`). Inside a block, mentions with the same name and the same evidence
footprint start as one group (cheap, and what the pairwise rule would decide anyway), then
groups are merged best pair first while `evidence.compare` says "same". The result depends
only on the block's mentions and the judgements, never on the order they arrived in, so
re-linking one block reproduces a full rebuild.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cadregraph.ingest.link.evidence import Group, Verdict, compare
from cadregraph.ingest.link.features import MentionFeatures
from cadregraph.ingest.link.judgements import Judgements
from cadregraph.ingest.link.names import block_keys, fold_name

MentionKey = tuple[str, str]  # (article id, name as written)


@dataclass
class Decision:
    """Why two groups were merged or kept apart (for `cadregraph explain`)."""

    left: list[MentionKey]
    right: list[MentionKey]
    merged: bool
    score: float
    reasons: list[str]


@dataclass
class Cluster:
    mentions: list[MentionFeatures]
    decisions: list[Decision] = field(default_factory=list)

    @property
    def keys(self) -> list[MentionKey]:
        return [m.key for m in self.mentions]


def blocks(names: Iterable[str], extra_links: Iterable[tuple[str, str]] = ()
           ) -> dict[str, str]:
    """Written name → block id (the smallest folded name of its block); `extra_links` join
    the blocks of two written names (judged the same person)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for name in set(names):
        for key in block_keys(name):
            union("\x00" + key, name)  # key nodes are prefixed so they never name a block
    for a, b in extra_links:
        union(a, b)
    members: dict[str, list[str]] = {}
    for node in list(parent):
        if not node.startswith("\x00"):
            members.setdefault(find(node), []).append(node)
    return {name: min(fold_name(n) for n in group) for group in members.values()
            for name in group}


def _footprint(m: MentionFeatures) -> tuple:
    """Mentions with equal footprints cannot contradict each other: everything a conflict or
    a penalty in `evidence.compare` reads is part of it."""
    return (m.tone, m.gender, m.birth_year, m.left_office, tuple(m.post_provinces),
            tuple(sorted({p.district or "" for p in m.posts if not p.former})),
            tuple(m.context_provinces) if not m.post_provinces else ())


def cluster_block(mentions: list[MentionFeatures], judgements: Judgements | None = None
                  ) -> list[Cluster]:
    judgements = judgements or Judgements()
    ordered = sorted(mentions, key=lambda m: m.key)
    seeds: dict[tuple, list[MentionFeatures]] = {}
    singles: list[list[MentionFeatures]] = []
    for m in ordered:
        if judgements.involves(m.key):
            singles.append([m])
        else:
            seeds.setdefault(_footprint(m), []).append(m)
    groups = [Group.of(ms) for ms in (*seeds.values(), *singles)]
    decisions: list[Decision] = []
    for ms in seeds.values():
        if len(ms) > 1:  # same name and the same footprint: merged without a contest
            verdict = compare(Group.of(ms[:1]), Group.of(ms[1:]))
            decisions.append(Decision([ms[0].key], [m.key for m in ms[1:]], True,
                                      verdict.score, verdict.reasons))
    groups = _apply_same_judgements(groups, judgements, decisions)
    groups.sort(key=lambda g: g.sort_key)
    verdicts: dict[tuple[int, int], Verdict] = {}
    while True:
        best: tuple[float, int, int] | None = None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                verdict = verdicts.get((groups[i].uid, groups[j].uid))
                if verdict is None:
                    verdict = _judge(groups[i], groups[j], judgements)
                    verdicts[(groups[i].uid, groups[j].uid)] = verdict
                if _mergeable(groups[i], groups[j], verdict) and (
                        best is None or verdict.score > best[0]):
                    best = (verdict.score, i, j)
        if best is None:
            break
        _, i, j = best
        verdict = verdicts[(groups[i].uid, groups[j].uid)]
        decisions.append(Decision([m.key for m in groups[i].mentions],
                                  [m.key for m in groups[j].mentions], True, verdict.score,
                                  verdict.reasons))
        merged = groups[i].merged(groups[j])
        groups = [g for k, g in enumerate(groups) if k not in (i, j)] + [merged]
        groups.sort(key=lambda g: g.sort_key)
    for i in range(len(groups)):  # record why the remaining groups stayed apart
        for j in range(i + 1, len(groups)):
            verdict = verdicts.get((groups[i].uid, groups[j].uid)) or _judge(
                groups[i], groups[j], judgements)
            reasons = ([verdict.conflict] if verdict.conflict else []) + verdict.reasons
            decisions.append(Decision([m.key for m in groups[i].mentions],
                                      [m.key for m in groups[j].mentions], False,
                                      verdict.score, reasons))
    clusters = [Cluster(g.mentions) for g in groups]
    for decision in decisions:
        for cluster in clusters:
            keys = set(cluster.keys)
            if keys & set(decision.left) or keys & set(decision.right):
                cluster.decisions.append(decision)
    return clusters


def _judge(a: Group, b: Group, judgements: Judgements) -> Verdict:
    ruling = judgements.between([m.key for m in a.mentions], [m.key for m in b.mentions])
    if ruling == "not_same":
        return Verdict(0, "judged not the same person", False, [])
    return compare(a, b)


def _mergeable(a: Group, b: Group, verdict: Verdict) -> bool:
    if not verdict.same:
        return False
    exact = len(a.tones | b.tones) == 1
    # Names that only fold alike ("Hùng"/"Hưng") or differ by a letter need a specific
    # link — the same post, birth year or colleagues — not just a shared province.
    return exact or (verdict.tie and verdict.score >= 1)


def _apply_same_judgements(groups: list[Group], judgements: Judgements,
                           decisions: list[Decision]) -> list[Group]:
    changed = True
    while changed:
        changed = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                left = [m.key for m in groups[i].mentions]
                right = [m.key for m in groups[j].mentions]
                if judgements.between(left, right) == "same":
                    decisions.append(Decision(left, right, True, float("inf"),
                                              [judgements.reason(left, right)]))
                    merged = groups[i].merged(groups[j])
                    groups = [g for k, g in enumerate(groups) if k not in (i, j)] + [merged]
                    changed = True
                    break
            if changed:
                break
    return groups

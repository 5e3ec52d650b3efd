"""Alignment helpers shared by the confusion-model trainer and the repair benchmark."""

from __future__ import annotations

from collections.abc import Sequence


def edit_ops(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, str]]:
    """Levenshtein-align two sequences into pairs, ``""`` marking a gap.

    ``edit_ops("møde", "mgde")`` -> ``[('m','m'), ('ø','g'), ('d','d'), ('e','e')]``;
    ``edit_ops("længe", "leenge")`` -> ``[('l','l'), ('', 'e'), ('æ','e'), ('n','n'), ...]``.
    """
    n, m = len(a), len(b)
    dist = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dist[i][0] = i
    for j in range(m + 1):
        dist[0][j] = j
    for i in range(1, n + 1):
        row, prev = dist[i], dist[i - 1]
        ai = a[i - 1]
        for j in range(1, m + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ai != b[j - 1]))
    ops: list[tuple[str, str]] = []
    i, j = n, m
    while i or j:
        # Prefer substitutions, so "æ" -> "ee" aligns as an inserted e plus æ/e, not a delete and two inserts.
        if i and j and dist[i][j] == dist[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append((a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i and dist[i][j] == dist[i - 1][j] + 1:
            ops.append((a[i - 1], ""))
            i -= 1
        else:
            ops.append(("", b[j - 1]))
            j -= 1
    ops.reverse()
    return ops


def word_errors(truth: Sequence[str], hyp: Sequence[str]) -> int:
    """Word-level Levenshtein distance: ``word_errors("på et møde".split(), "pa et mgde".split()) == 2``."""
    prev = list(range(len(hyp) + 1))
    for i, t in enumerate(truth, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (t != h))
        prev = cur
    return prev[-1]


def segments(clean: str, ocr: str, max_len: int = 3) -> list[tuple[str, str]] | None:
    """Group a word pair's edits into anchored segments ``(clean part, ocr part)``.

    A run of adjacent edits becomes one segment; a pure insertion or deletion takes its left
    (else right) neighbour along, so every segment has letters on both sides of the channel:

    ``segments("længe", "leenge")`` -> ``[('æ', 'ee')]``,
    ``segments("løbende", "Igbende")`` -> ``[('l', 'I'), ('ø', 'g')]``, identical words -> ``[]``.
    ``None`` when a segment is longer than ``max_len`` (the pair is too far apart to learn from).
    """
    ops = edit_ops(clean, ocr)
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(ops):
        if ops[k][0] == ops[k][1]:
            k += 1
            continue
        start = k
        while k < len(ops) and ops[k][0] != ops[k][1]:
            k += 1
        c = "".join(x for x, _ in ops[start:k])
        o = "".join(y for _, y in ops[start:k])
        if not c or not o:
            if start > 0:
                left = ops[start - 1][0]
                c, o = left + c, left + o
            elif k < len(ops):
                right = ops[k][0]
                c, o = c + right, o + right
                k += 1
        if len(c) > max_len or len(o) > max_len or not c or not o:
            return None
        if len(c) == len(o):
            # Equal-length runs are independent substitutions: learn each letter on its own.
            out.extend(zip(c, o, strict=True))
        else:
            out.append((c, o))
    return out

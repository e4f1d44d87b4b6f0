"""Grouping similar opinions (issue 15, point 3): near-duplicates and copy-paste
spam found with MinHash + LSH (datasketch) over word shingles of the text folded
the way the moderation queue folds it (no accents or case, đ -> d: `dong y` and
`Đồng ý` are the same words).

Two passes, so that spam campaigns cost almost nothing:
1. exact duplicates: opinions whose folded words are identical share one key
   (a dict), and only one MinHash is computed per distinct text;
2. the distinct texts go through MinHashLSH; texts sharing a band bucket are
   candidates, each compared with the bucket's first text and joined (union-find)
   when the estimated Jaccard similarity of their shingle sets reaches THRESHOLD.

Each group of two opinions or more gets a representative (the text copied most
often in the group; among its copies the earliest approved, else the earliest)
and its frequent words (two-syllable phrases without stop words, as typed).

`group_texts()` is the pure part (the benchmark and the quality test call it);
`regroup_forum()` stores the result (OpinionGroup, Comment.group)."""

import hashlib
import re
from collections import Counter, defaultdict

from datasketch import MinHash, MinHashLSH
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from cms.core.text import fold_for_matching

from .models import APPROVED, PENDING, Comment, OpinionGroup

# Tuned on tests/comments/data/grouping_labelled.yaml (`make bench-grouping`): 0.6 and
# above start losing copy-pasted opinions with a sentence added; 0.3-0.5 group the
# same pairs there (precision 1.0), and 0.5 keeps the most margin against joining
# different opinions on one subject, which share phrases ("đề nghị bổ sung ...").
THRESHOLD = 0.5
NUM_PERM = 64
SHINGLE_WORDS = 2
# Opinions that are grouped: the ones still to decide and the published ones.
GROUPED_STATUSES = (PENDING, APPROVED)
FREQUENT_WORDS = 6

WORD_RE = re.compile(r"\w+")

# Vietnamese function words, as typed (accents matter: "sau" is a stop word, "sâu"
# is not). Written here: no maintained Vietnamese stop-word package is small enough
# to pull in for a word list. They are left out of "frequent words" only, not out of
# the shingles (they carry the word order). A word typed without accents is looked
# up folded ("cua" = "của").
STOP_WORDS = frozenset(
    """
    à ạ ai anh ấy bà bị bởi các cách cái cần cho chỉ chị chúng chưa có còn của cũng đã đang đây
    để đến đều đi đó được gì hay hoặc hơn khi không là lại lên làm lúc mà mình mỗi một này nếu
    nên nhiều như những nhất nơi nữa ở ông qua ra rằng rất rồi sau sẽ sự ta tại thì thế theo thôi
    trên trong từ từng và vào vậy về vì việc với xin nhé nha ơi tôi em bạn người đề nghị cảm ơn
    """.split()
)
FOLDED_STOP_WORDS = frozenset(fold_for_matching(word) for word in STOP_WORDS)


def is_stop_word(word):
    """`word` lower-cased as typed."""
    if word in STOP_WORDS or word.isdigit():
        return True
    folded = fold_for_matching(word)
    return folded == word and folded in FOLDED_STOP_WORDS


def words(text):
    """The folded words of a text: `Đồng ý!` -> ['dong', 'y']."""
    return WORD_RE.findall(fold_for_matching(text or ""))


def shingles(folded_words, size=SHINGLE_WORDS):
    """Word n-grams as bytes (what MinHash hashes); a text shorter than `size`
    words is its own single shingle."""
    if len(folded_words) < size:
        return [" ".join(folded_words).encode()] if folded_words else []
    return [" ".join(folded_words[i : i + size]).encode() for i in range(len(folded_words) - size + 1)]


class _UnionFind:
    def __init__(self, count):
        self.parent = list(range(count))

    def find(self, item):
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group_texts(texts, threshold=THRESHOLD, num_perm=NUM_PERM):
    """Indices of `texts` grouped: a list of lists (each sorted, groups of two or
    more only, largest first). Every opinion is in at most one group."""
    return group_keys([" ".join(words(text)) for text in texts], threshold, num_perm)


def group_keys(keys_of_texts, threshold=THRESHOLD, num_perm=NUM_PERM):
    """group_texts() for texts already reduced to their folded words joined by spaces."""
    by_key = defaultdict(list)  # folded words -> indices of the texts with them
    for index, key in enumerate(keys_of_texts):
        if key:
            by_key[key].append(index)
    keys = list(by_key)
    uf = _UnionFind(len(keys))
    if len(keys) > 1:
        signatures = MinHash.bulk([shingles(key.split()) for key in keys], num_perm=num_perm, hashfunc=_hash)
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        with lsh.insertion_session(buffer_size=50_000) as session:
            for number, signature in enumerate(signatures):
                session.insert(number, signature, check_duplication=False)
        # Candidates are read bucket by bucket from the index's band tables rather
        # than by one query per text: a campaign of 10,000 variants shares its buckets,
        # and querying each variant would visit each bucket 10,000 times (quadratic).
        # In a bucket, each text is compared with the bucket's first one (and joined
        # when similar enough): linear in the number of texts.
        for table in lsh.hashtables:
            for band in table.keys():
                bucket = table.get(band)
                if len(bucket) < 2:
                    continue
                bucket = sorted(bucket)
                anchor, anchor_signature = bucket[0], signatures[bucket[0]]
                for other in bucket[1:]:
                    if uf.find(other) == uf.find(anchor):
                        continue
                    if anchor_signature.jaccard(signatures[other]) >= threshold:
                        uf.union(anchor, other)
    members = defaultdict(list)
    for number, key in enumerate(keys):
        members[uf.find(number)].extend(by_key[key])
    groups = [sorted(indices) for indices in members.values() if len(indices) > 1]
    groups.sort(key=lambda indices: (-len(indices), indices[0]))
    return groups


def _hash(data):
    # datasketch's default is sha1 per shingle; the first 4 bytes of blake2b are as
    # good for MinHash and faster.
    return int.from_bytes(hashlib.blake2b(data, digest_size=4).digest(), "little")


def frequent_words(texts, limit=FREQUENT_WORDS):
    """The two-syllable phrases most opinions of a group use, without stop words,
    spelt as most often typed (accents kept): ['chuyển đổi', 'hạ tầng']. Syllable
    pairs, not segmented words: "tiên đầu" (ưu tiên | đầu tư) can be among them."""
    counts, spellings = Counter(), defaultdict(Counter)
    for text in texts:
        typed = WORD_RE.findall((text or "").lower())
        folded = [fold_for_matching(word) for word in typed]
        seen = set()
        for i in range(len(folded) - 1):
            if is_stop_word(typed[i]) or is_stop_word(typed[i + 1]):
                continue
            key = f"{folded[i]} {folded[i + 1]}"
            spellings[key][f"{typed[i]} {typed[i + 1]}"] += 1
            if key not in seen:  # per opinion: a word repeated in one text counts once
                seen.add(key)
                counts[key] += 1
    return [spellings[key].most_common(1)[0][0] for key, n in counts.most_common(limit) if n > 1 or len(texts) == 1]


def representative(rows, keys):
    """Of (pk, body, status, created_at) rows and their folded words (`keys`): the
    text copied most often, and of its copies the earliest approved one, else the
    earliest. Returns the pk."""
    copies = Counter(keys)
    best_key = max(copies, key=lambda key: copies[key])
    candidates = [row for row, key in zip(rows, keys, strict=True) if key == best_key]
    candidates.sort(key=lambda row: (row[2] != APPROVED, row[3], row[0]))
    return candidates[0][0]


# Frequent words are read from this many members of a group (its distinct texts
# first): a spam wave of 100,000 copies has the words of one.
WORDS_SAMPLE = 200


def _words_sample(rows, keys):
    seen, sample = set(), []
    for row, key in zip(rows, keys, strict=True):
        if key not in seen:
            seen.add(key)
            sample.append(row[1])
            if len(sample) == WORDS_SAMPLE:
                break
    # Copies count too (a phrase all copies share is frequent), up to the sample size.
    return sample + [row[1] for row in rows[: max(0, WORDS_SAMPLE - len(sample))]]


# ---------------------------------------------------------------- storing


def forum_opinions(page):
    """(pk, body, status, created_at) of the top-level opinions of a page that are grouped."""
    return list(
        Comment.objects.filter(page_id=page.pk, parent__isnull=True, status__in=GROUPED_STATUSES)
        .order_by("created_at", "pk")
        .values_list("pk", "body", "status", "created_at")
    )


def regroup_forum(page, threshold=THRESHOLD):
    """Recompute a page's groups from its opinions; returns (opinions, groups).

    The old groups are dropped (they are a computed index, not a decision: the
    opinions themselves are untouched but for their `group` link)."""
    rows = forum_opinions(page)
    keys = [" ".join(words(row[1])) for row in rows]
    groups = group_keys(keys, threshold=threshold)
    now = timezone.now()
    with transaction.atomic():
        Comment.objects.filter(page_id=page.pk, group__isnull=False).update(group=None)
        OpinionGroup.objects.filter(page_id=page.pk).delete()
        stored = OpinionGroup.objects.bulk_create(
            [
                OpinionGroup(
                    page_id=page.pk,
                    size=len(indices),
                    representative_id=representative([rows[i] for i in indices], [keys[i] for i in indices]),
                    frequent_words=", ".join(
                        frequent_words(_words_sample([rows[i] for i in indices], [keys[i] for i in indices]))
                    ),
                    computed_at=now,
                )
                for indices in groups
            ],
            batch_size=2000,
        )
        for group, indices in zip(stored, groups, strict=True):
            ids = [rows[i][0] for i in indices]
            for start in range(0, len(ids), 5000):
                Comment.objects.filter(pk__in=ids[start : start + 5000]).update(group=group)
    return len(rows), len(groups)


def group_status_counts(groups):
    """{group pk: Counter(status -> n)} for the members of `groups`, in one query."""
    counts = defaultdict(Counter)
    rows = Comment.objects.filter(group__in=groups).order_by().values("group_id", "status").annotate(n=Count("pk"))
    for row in rows:
        counts[row["group_id"]][row["status"]] = row["n"]
    return counts

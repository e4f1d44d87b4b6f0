"""A synthetic but realistic Vietnamese newsroom corpus for `make bench-search`.

Deterministic: document `i` comes from its own `random.Random(SEED * 1_000_003 + i)`,
so any document can be generated alone, in any order, in any process (the bench
builds the index in a separate process, streaming the corpus in batches), and the
same `i` is always the same document.

Text is real Vietnamese words and phrases (the lists below: ~440 content words and
phrases, ~60 function words and sentence openers, ~600 distinct syllables) put
together by a small grammar (subject, verb, object, then connectors + nouns,
places, adjectives, purposes, figures). It reads like newsroom Vietnamese without
making sense; what matters for search is that the words and their frequencies
are real-looking. Each document draws its content words mostly from a small
"focus" (10–20 nouns, 5–10 verbs, 3–6 adjectives, 1–3 places, picked with
Zipf-like weights), 10% from the whole vocabulary: a frequent content word is in
about a third of the documents, the median one in ~5%; function syllables
(`và`, `của`, `các`) are in nearly all, as in real news.
Sizes in syllables (Vietnamese writes one syllable per "word"): titles 8–16,
leads ~25–40, bodies ~150–300 (the last sentence is cut at a phrase boundary, so
a few run a little over). Types: 70% article (with a column and 0–3 tags), 10%
each directive (number like `23-CT/TU` or `12/KH-UBND`, kind, issuer, tags),
exemplar, forum; dates 2016–2026, more of them recent.

No Django here: `Doc` is a plain dataclass that cms.bench.search maps onto the
search app's `SearchDocument` and onto the stock backend's bench model.
"""

import itertools
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

SEED = 20261128

# Each string is one word or fixed phrase, as newsroom text writes it.
# Function words, by the place they take in a sentence.
CONNECTORS = ["của", "và", "tại", "về", "cho", "trong", "với", "đối với", "theo", "từ", "trên", "giữa", "cùng"]
AUXILIARIES = ["đã", "sẽ", "đang", "tiếp tục", "cần", "phải", "cũng", "vẫn", "đều", "chưa", "đồng thời"]
QUANTIFIERS = ["các", "những", "nhiều", "một số", "toàn bộ", "hơn 100", "hai", "ba"]
PURPOSES = ["nhằm", "để", "góp phần", "hướng tới"]
OPENERS = [
    "Thời gian qua,",
    "Bên cạnh đó,",
    "Ngoài ra,",
    "Hiện nay,",
    "Trong đó,",
    "Theo đó,",
    "Đồng thời,",
    "Từ đầu năm đến nay,",
    "Trong thời gian tới,",
    "Theo báo cáo,",
    "Tại hội nghị,",
    "Dịp này,",
]
NOUNS = """
chính trị; kinh tế; xã hội; văn hóa; giáo dục; y tế; nghị quyết; chỉ thị; kết luận; quy định;
kế hoạch; hướng dẫn; Đảng bộ; chi bộ; đảng viên; cán bộ; công chức; viên chức; Ban Thường vụ;
Ban Chấp hành; Hội đồng nhân dân; Ủy ban nhân dân; Mặt trận Tổ quốc; đoàn thể; Đoàn Thanh niên;
Hội Liên hiệp Phụ nữ; Hội Nông dân; Hội Cựu chiến binh; Liên đoàn Lao động; đô thị; thoát nước;
chống ngập; chỉnh trang đô thị; hạ tầng; giao thông; cây cầu; tuyến đường; đường cao tốc; bến xe;
cảng biển; sân bay; chuyển đổi số; dịch vụ công trực tuyến; chính quyền số; kinh tế số; xã hội số;
doanh nghiệp; đầu tư; ngân sách; thu ngân sách; giải ngân; vốn đầu tư công; tăng trưởng; xuất khẩu;
nông nghiệp; thủy sản; lúa gạo; trái cây; du lịch; thương mại; dịch vụ; công nghiệp;
khu công nghiệp; môi trường; biến đổi khí hậu; sạt lở; xâm nhập mặn; an sinh xã hội; người có công;
hộ nghèo; nhà ở xã hội; việc làm; người lao động; bảo hiểm xã hội; bảo hiểm y tế; trường học;
học sinh; sinh viên; giáo viên; bệnh viện; bác sĩ; phòng chống dịch; tiêm chủng; an ninh trật tự;
quốc phòng; phòng cháy chữa cháy; tai nạn giao thông; tội phạm; ma túy; tham nhũng; tiêu cực;
lãng phí; cải cách hành chính; thủ tục hành chính; kỷ luật; kỷ cương; thi đua; khen thưởng;
điển hình tiên tiến; người tốt việc tốt; tư tưởng Hồ Chí Minh; đạo đức; phong cách; dân vận khéo;
nông thôn mới; đô thị văn minh; khu dân cư; ấp; khu vực; phường; xã; quận; huyện; thành phố; tỉnh;
Trung ương; Chính phủ; Quốc hội; Bộ Chính trị; Ban Bí thư; Tổng Bí thư; Chủ tịch; Bí thư; Phó Bí thư;
đại biểu; cử tri; tiếp xúc cử tri; ý kiến; dự thảo; văn kiện; đại hội; nhiệm kỳ; báo cáo chính trị;
sơ kết; tổng kết; hội nghị; hội thảo; tọa đàm; diễn đàn; lễ phát động; kỷ niệm; ngày truyền thống;
lễ hội; di tích; bảo tàng; thư viện; nghệ thuật; thể thao; bóng đá; giải chạy; nhà văn hóa;
công trình; dự án; tiến độ; chất lượng; nguồn lực; nguồn nhân lực; khoa học công nghệ;
đổi mới sáng tạo; khởi nghiệp; hợp tác xã; hộ kinh doanh; tiểu thương; chợ nổi; bến Ninh Kiều;
nhiệm vụ; giải pháp; mục tiêu; chỉ tiêu; kết quả; hạn chế; nguyên nhân; bài học kinh nghiệm;
trách nhiệm; người đứng đầu; cơ quan; đơn vị; địa phương; người dân; nhân dân; đồng bào;
thanh niên; phụ nữ; trẻ em; người cao tuổi; gia đình; cộng đồng; học bổng; quà tặng;
kinh phí; tỷ đồng; triệu đồng; hecta; mét vuông; kilômét; dân số; điện; nước sạch; rác thải;
cây xanh; công viên; vỉa hè; lòng đường; kênh rạch; bờ kè; sông Hậu; đồng bằng sông Cửu Long;
vùng kinh tế trọng điểm; liên kết vùng; quy hoạch; đất đai; giải phóng mặt bằng; tái định cư;
bồi thường; khiếu nại; tố cáo; tiếp công dân; pháp luật; tuyên truyền; phổ biến giáo dục pháp luật;
báo chí; phóng viên; truyền thông; mạng xã hội; thông tin; dư luận; niềm tin; đoàn kết; dân chủ;
quy chế dân chủ cơ sở; sinh hoạt chi bộ; kết nạp đảng viên; công tác cán bộ; luân chuyển cán bộ;
đánh giá cán bộ; kiểm tra giám sát; Ủy ban Kiểm tra; thanh tra; kiểm toán; tài chính; kho bạc;
thuế; hải quan; ngân hàng; tín dụng; lãi suất; giá cả; thị trường; sản xuất; tiêu thụ; thu nhập;
đời sống; vật chất; tinh thần; sức khỏe; dinh dưỡng; an toàn thực phẩm; nước ngập; triều cường;
mùa mưa; mùa khô; hạn hán; thiên tai; cứu hộ; cứu nạn; lực lượng vũ trang; dân quân tự vệ;
công an; biên phòng; quân sự; tuyển quân; nghĩa vụ quân sự; hậu phương quân đội; đền ơn đáp nghĩa
"""

VERBS = """
triển khai; thực hiện; tổ chức; ban hành; lãnh đạo; chỉ đạo; kiểm tra; giám sát; đánh giá; nâng cao;
tăng cường; đẩy mạnh; phát huy; xây dựng; phát triển; hoàn thành; khánh thành; khởi công; tiếp nhận;
trao tặng; biểu dương; hỗ trợ; giải quyết; tháo gỡ; khắc phục; đề xuất; kiến nghị; phê duyệt;
quyết định; thảo luận; làm việc; thăm; chúc mừng; phát biểu; nhấn mạnh; yêu cầu; đề nghị; cho biết;
ghi nhận; quán triệt; học tập; làm theo; rà soát; bổ sung; điều chỉnh; sắp xếp; tinh gọn; vận hành;
đưa vào sử dụng; bàn giao; nghiệm thu; cải tạo; nâng cấp; mở rộng; kết nối; ứng dụng; số hóa;
tiếp thu; lắng nghe; đối thoại; vận động; quyên góp; ủng hộ; chăm lo; thăm hỏi; động viên;
phối hợp; liên kết; thu hút; kêu gọi; quảng bá; giới thiệu; tôn vinh; trao giải; tuyên dương;
xử lý; ngăn chặn; phòng ngừa; đấu tranh; bảo vệ; giữ gìn; bảo tồn; khai thác; sử dụng; quản lý
"""

ADJECTIVES = """
hiệu quả; quyết liệt; đồng bộ; bền vững; toàn diện; kịp thời; nghiêm túc; thiết thực; cụ thể;
trọng tâm; trọng điểm; cấp bách; lâu dài; mạnh mẽ; sâu rộng; tích cực; chủ động; sáng tạo; văn minh;
hiện đại; xanh; sạch; đẹp; an toàn; đúng tiến độ; vượt kế hoạch; khó khăn; thuận lợi; nổi bật;
tiêu biểu; xuất sắc; đáng kể; ổn định; minh bạch; công khai; chặt chẽ; linh hoạt; thông minh
"""

PLACES = """
Cần Thơ; Đà Nẵng; Hà Nội; Thành phố Hồ Chí Minh; Hải Phòng; Huế; Ninh Kiều; Cái Răng; Bình Thủy;
Ô Môn; Thốt Nốt; Phong Điền; Cờ Đỏ; Vĩnh Thạnh; Thới Lai; Hậu Giang; Sóc Trăng; Vĩnh Long;
An Giang; Kiên Giang; Đồng Tháp; Cà Mau; Bạc Liêu; Tây Nam Bộ; Hải Châu; Sơn Trà; Ngũ Hành Sơn;
Liên Chiểu; Cẩm Lệ; Hòa Vang; phường An Hòa; phường Xuân Khánh; phường Tân An; phường Hưng Lợi;
xã Mỹ Khánh; xã Nhơn Ái; đường 30 Tháng 4; đường Nguyễn Văn Cừ; đường Trần Hưng Đạo; cầu Cần Thơ;
cầu Rồng; sông Hàn; Bà Nà; Mỹ Khê
"""


def _entries(text: str) -> list[str]:
    """`a; b c; d` -> ["a", "b c", "d"]; without `;`, one entry per word."""
    items = text.split(";") if ";" in text else text.split()
    return [" ".join(item.split()) for item in items if item.strip()]


NOUN = _entries(NOUNS)
VERB = _entries(VERBS)
ADJECTIVE = _entries(ADJECTIVES)
PLACE = _entries(PLACES)
CONTENT = set(NOUN + VERB + ADJECTIVE + PLACE)
NOUN_SET, PLACE_SET = set(NOUN), set(PLACE)

COLUMNS = [
    ("thoi-su", "Thời sự"),
    ("chinh-tri", "Chính trị"),
    ("xay-dung-dang", "Xây dựng Đảng"),
    ("kinh-te", "Kinh tế"),
    ("do-thi", "Đô thị"),
    ("xa-hoi", "Xã hội"),
    ("van-hoa", "Văn hóa"),
    ("giao-duc", "Giáo dục"),
    ("y-te", "Y tế"),
    ("quoc-phong-an-ninh", "Quốc phòng – An ninh"),
    ("the-thao", "Thể thao"),
    ("ban-doc", "Bạn đọc"),
]
TAGS = [
    "chuyển đổi số",
    "nghị quyết",
    "Đại hội Đảng",
    "nông thôn mới",
    "chống ngập",
    "cải cách hành chính",
    "an sinh xã hội",
    "đô thị",
    "học tập và làm theo Bác",
    "phòng chống tham nhũng",
    "giao thông",
    "du lịch",
    "môi trường",
    "giáo dục",
    "y tế",
    "khởi nghiệp",
    "đầu tư công",
    "tiếp xúc cử tri",
    "dân vận khéo",
    "điển hình tiên tiến",
    "quốc phòng",
    "biến đổi khí hậu",
    "thanh niên",
    "phụ nữ",
    "văn hóa",
    "thể thao",
    "kinh tế số",
    "quy hoạch",
    "Tết",
    "mùa mưa",
]
# (slug, name, code in the number, party style?)
ISSUERS = [
    ("thanh-uy-can-tho", "Thành ủy Cần Thơ", "TU", True),
    ("ban-thuong-vu-thanh-uy", "Ban Thường vụ Thành ủy", "TU", True),
    ("quan-uy-ninh-kieu", "Quận ủy Ninh Kiều", "QU", True),
    ("dang-uy-phuong-an-hoa", "Đảng ủy phường An Hòa", "ĐU", True),
    ("thanh-uy-da-nang", "Thành ủy Đà Nẵng", "TU", True),
    ("ubnd-thanh-pho-can-tho", "UBND thành phố Cần Thơ", "UBND", False),
    ("ubnd-quan-cai-rang", "UBND quận Cái Răng", "UBND", False),
]
# (value, label, code) — the same kinds as cms/directives/kinds.py
KINDS = [
    ("nghi-quyet", "Nghị quyết", "NQ"),
    ("chi-thi", "Chỉ thị", "CT"),
    ("ket-luan", "Kết luận", "KL"),
    ("quy-dinh", "Quy định", "QĐi"),
    ("ke-hoach", "Kế hoạch", "KH"),
    ("huong-dan", "Hướng dẫn", "HD"),
    ("thong-bao", "Thông báo", "TB"),
    ("cong-van", "Công văn", "CV"),
]
LOCALITIES = ["phường An Hòa", "phường Xuân Khánh", "xã Mỹ Khánh", "quận Cái Răng", "huyện Phong Điền", "Sơn Trà"]
SECTORS = ["Nông nghiệp", "Giáo dục", "Y tế", "Công an", "Doanh nghiệp", "Đoàn thể", "Khu dân cư"]
EXEMPLAR_PREFIXES = ["Gương sáng", "Điển hình", "Người tốt việc tốt:", "Tấm gương", "Làm theo Bác:"]
FORUM_PREFIXES = ["Góp ý dự thảo", "Lấy ý kiến nhân dân về", "Diễn đàn:", "Bàn về"]
TYPES = ["article", "directive", "exemplar", "forum"]
TYPE_WEIGHTS = [70, 10, 10, 10]

START = datetime(2016, 1, 1, tzinfo=UTC)
END = datetime(2026, 11, 1, tzinfo=UTC)


def _zipf(words: list[str], seed: int, offset: int) -> tuple[list[str], list[float]]:
    """`words` with Zipf-like cumulative weights 1/(rank + offset), in a fixed shuffled
    rank order (so frequent and rare words are not the first and last of the list)."""
    ranked = list(words)
    random.Random(seed).shuffle(ranked)
    return ranked, list(itertools.accumulate(1 / (rank + offset) for rank in range(len(ranked))))


# Function words: steep (a few everywhere); content words: flatter, for choosing a
# document's focus (a frequent noun is in about a third of the documents).
_LISTS = {
    name: _zipf(words, seed, 10 if name in ("noun", "verb", "adjective", "place") else 2)
    for seed, (name, words) in enumerate(
        [
            ("noun", NOUN),
            ("verb", VERB),
            ("adjective", ADJECTIVE),
            ("place", PLACE),
            ("connector", CONNECTORS),
            ("auxiliary", AUXILIARIES),
            ("quantifier", QUANTIFIERS),
            ("purpose", PURPOSES),
            ("opener", OPENERS),
        ]
    )
}


@dataclass
class Doc:
    index: int
    type: str
    title: str
    lead: str
    body: str
    published_at: datetime
    column_slug: str = ""
    column_title: str = ""
    tags: list[tuple[str, str]] = field(default_factory=list)
    issuer_slug: str = ""
    issuer_name: str = ""
    directive_kind: str = ""
    kind_label: str = ""
    number: str = ""
    title_parts: list[str] = field(default_factory=list)  # the title's phrases (for queries)
    terms: list[str] = field(default_factory=list)  # the content phrases used (for queries)


def strip_accents(text: str) -> str:
    """How a reader types without accents: `Đảng bộ` -> `Dang bo` (case kept).

    Written here, not taken from cms.search.text, so the bench does not test the
    search app's folding with itself."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in strip_accents(text).lower()).split())


def syllables(text: str) -> int:
    return len(text.split())


FOCUS = {"noun": (10, 20), "verb": (5, 10), "adjective": (3, 6), "place": (1, 3)}
BACKGROUND = 0.1  # the share of content words drawn from the whole vocabulary (uniformly) instead


class _Writer:
    """Sentences from a small grammar: [opener] subject [place] [auxiliary] verb
    object, then connectors + nouns/places, adjectives, purposes, figures.
    Texts are lists of phrases, cut at a phrase boundary to stay within length."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        # A document is about a few things: its content words come from a small
        # "focus" drawn from the Zipf weights without replacement (the first ones
        # more often), so a content word is in a few percent of the documents, a
        # frequent one in a third, not in all (as a flat draw of ~100 words would).
        self.focus = {}
        for name, (low, high) in FOCUS.items():
            words, cumulative = _LISTS[name]
            weights = [b - a for a, b in zip([0.0, *cumulative], cumulative, strict=False)]
            keys = sorted(
                ((rng.random() ** (1 / w), word) for w, word in zip(weights, words, strict=True)), reverse=True
            )
            chosen = [word for _key, word in keys[: rng.randint(low, high)]]
            self.focus[name] = (chosen, list(itertools.accumulate(1 / (rank + 4) for rank in range(len(chosen)))))

    def pick(self, name: str) -> str:
        if name not in self.focus:
            words, cumulative = _LISTS[name]
        elif self.rng.random() < BACKGROUND:
            return self.rng.choice(_LISTS[name][0])
        else:
            words, cumulative = self.focus[name]
        return self.rng.choices(words, cum_weights=cumulative)[0]

    def clause(self, length: int) -> list[str]:
        """Phrases of at least `length` syllables (a few more at most)."""
        rng, pick = self.rng, self.pick
        parts = []
        if rng.random() < 0.3:
            parts.append(pick("verb"))  # headline style: "Đẩy mạnh chuyển đổi số…"
        else:
            if rng.random() < 0.25:
                parts.append(pick("quantifier"))
            parts.append(pick("noun"))
            if rng.random() < 0.3:
                parts.append(pick("place"))
            if rng.random() < 0.5:
                parts.append(pick("auxiliary"))
            parts.append(pick("verb"))
        if rng.random() < 0.2:
            parts.append(pick("quantifier"))
        parts.append(pick("noun"))
        while syllables(" ".join(parts)) < length:
            roll = rng.random()
            if roll < 0.45:
                parts += [pick("connector"), pick("noun")]
            elif roll < 0.6:
                parts += [rng.choice(["tại", "ở", "trên địa bàn"]), pick("place")]
            elif roll < 0.75:
                parts.append(pick("adjective"))
            elif roll < 0.92:
                parts += [pick("purpose"), pick("verb"), pick("noun")]
            else:
                parts.append(rng.choice([f"{rng.randint(2, 900)} tỷ đồng", f"năm {rng.randint(2015, 2026)}"]))
        return parts

    def sentences(self, low: int, high: int) -> list[list[str]]:
        """Sentences (lists of phrases) of `low` to `high` syllables in all."""
        rng = self.rng
        target = rng.randint(low, high)
        out, total = [], 0
        while total < target:
            parts = [self.pick("opener")] if rng.random() < 0.25 else []
            parts += self.clause(rng.randint(6, 16))
            if rng.random() < 0.25:
                parts[-1] += ","
                parts += [rng.choice(["đồng thời", "trong đó", "qua đó", "vì vậy"]), *self.clause(6)]
            out.append(parts)
            total += syllables(" ".join(parts))
        return [
            _trim(parts, high - (total - syllables(" ".join(parts)))) if parts is out[-1] else parts for parts in out
        ]


def _trim(parts: list[str], most: int) -> list[str]:
    """The first phrases of `parts`, at most `most` syllables (at least one phrase)."""
    kept = list(parts)
    while len(kept) > 1 and syllables(" ".join(kept)) > most:
        kept.pop()
    kept[-1] = kept[-1].rstrip(",")
    return kept


def _join(sentences: list[list[str]]) -> str:
    return " ".join(_capitalize(" ".join(parts)) + "." for parts in sentences)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def document(index: int) -> Doc:
    rng = random.Random(SEED * 1_000_003 + index)
    writer = _Writer(rng)
    doc_type = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
    # More recent news than old: the square root skews towards END.
    fraction = rng.random() ** 0.5
    published = START + timedelta(seconds=int(fraction * (END - START).total_seconds()))
    title_length = rng.randint(8, 16)
    doc = Doc(index=index, type=doc_type, title="", lead="", body="", published_at=published)
    if doc_type == "article":
        doc.column_slug, doc.column_title = rng.choice(COLUMNS)
        head = []
    elif doc_type == "directive":
        issuer_slug, issuer_name, issuer_code, party = rng.choice(ISSUERS)
        kind, label, code = rng.choice(KINDS)
        number = rng.randint(1, 120)
        doc.number = f"{number:02d}-{code}/{issuer_code}" if party else f"{number}/{code}-{issuer_code}"
        doc.issuer_slug, doc.issuer_name, doc.directive_kind, doc.kind_label = issuer_slug, issuer_name, kind, label
        head = [label, "số", doc.number, "về"]
    elif doc_type == "exemplar":
        head = [rng.choice(EXEMPLAR_PREFIXES)]
    else:
        head = [rng.choice(FORUM_PREFIXES)]
    rest = max(4, title_length - syllables(" ".join(head)))
    doc.title_parts = head + _trim(writer.clause(rest), 16 - syllables(" ".join(head)))
    doc.title = _capitalize(" ".join(doc.title_parts))
    lead = writer.sentences(25, 40)
    body = writer.sentences(150, 300)
    doc.lead, doc.body = _join(lead), _join(body)
    doc.terms = [
        phrase.rstrip(",")
        for phrase in doc.title_parts + [p for parts in lead + body for p in parts]
        if phrase.rstrip(",") in CONTENT
    ]
    if doc_type == "exemplar":
        doc.body += f" {rng.choice(LOCALITIES)}. {rng.choice(SECTORS)}."
    if doc_type in ("article", "directive"):
        doc.tags = [(slug(name), name) for name in rng.sample(TAGS, rng.randint(0, 3))]
    return doc


def documents(start: int, stop: int):
    for index in range(start, stop):
        yield document(index)


# ---------------------------------------------------------------- queries

QUERY_SEED = 7
QUERY_MIX = [  # (kind, how many); 200 in all
    ("title", 50),  # 1–3 consecutive phrases of a title, as a reader remembers a headline
    ("word", 40),  # one word or phrase of a document
    ("two", 40),  # two phrases of the same document
    ("đ", 30),  # a phrase with đ/Đ (đô thị, Đảng bộ, Đà Nẵng…), sometimes with another
    ("number", 20),  # a directive by kind and number: `Chỉ thị 23-CT/TU`
    ("place", 20),  # a place and a topic: `chuyển đổi số Cần Thơ`
]


@dataclass
class Query:
    kind: str
    accented: str
    unaccented: str
    source: int  # the document it was taken from (so the accented form has a hit)


def queries(corpus_size: int, count: int = 200) -> list[Query]:
    """The fixed queries: taken from documents below min(corpus_size, 5000), so the
    same 200 for every corpus of 5,000 documents or more, each with at least one
    accented character and at least one matching document."""
    rng = random.Random(QUERY_SEED)
    pool_size = min(corpus_size, 5000)
    out, seen = [], set()
    for kind, wanted in QUERY_MIX:
        made = 0
        while made < wanted:
            doc = document(rng.randrange(pool_size))
            text = _query_text(rng, kind, doc)
            if not text or text in seen or strip_accents(text) == text:
                continue
            seen.add(text)
            out.append(Query(kind, text, strip_accents(text), doc.index))
            made += 1
    return out[:count]


def _query_text(rng: random.Random, kind: str, doc: Doc) -> str:
    content = [term for term in doc.terms if term in CONTENT]
    if kind == "title":
        # 1–3 consecutive phrases of the title (2–5 syllables), at least one a content word.
        parts = [part.strip(":,") for part in doc.title_parts]
        length = rng.randint(1, 3)
        start = rng.randrange(max(1, len(parts) - length + 1))
        chosen = parts[start : start + length]
        text = " ".join(chosen)
        if not any(part in CONTENT for part in chosen) or not 2 <= syllables(text) <= 5:
            return ""
        return text
    if kind == "word":
        return rng.choice(content) if content else ""
    if kind == "two":
        distinct = sorted(set(content))
        if len(distinct) < 2:
            return ""
        first, second = rng.sample(distinct, 2)
        return f"{first} {second}"
    if kind == "đ":
        with_d = sorted({term for term in content if "đ" in term.lower()})
        if not with_d:
            return ""
        text = rng.choice(with_d)
        if rng.random() < 0.4:
            text = f"{text} {rng.choice(content)}"
        return text
    if kind == "number":
        if doc.type != "directive":
            return ""
        style = rng.randrange(3)
        if style == 0:
            return f"{doc.kind_label} {doc.number}"
        if style == 1:
            return f"{doc.kind_label.lower()} số {doc.number}"
        return f"số {doc.number}"
    if kind == "place":
        places = sorted({term for term in content if term in PLACE_SET})
        topics = sorted({term for term in content if term in NOUN_SET})
        if not places or not topics:
            return ""
        return f"{rng.choice(topics)} {rng.choice(places)}"
    raise ValueError(kind)

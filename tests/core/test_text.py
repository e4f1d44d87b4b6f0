"""Vietnamese folding, slugs and robot detection (cms/core/text.py)."""

import unicodedata

from cms.core.text import fold_vietnamese, is_bot_user_agent, vn_slugify

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
)
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
COC_COC = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "coc_coc_browser/124.0.248 Chrome/118.0.5993.124 Safari/537.36"
)


def test_fold_turns_d_with_stroke_into_d_in_both_cases():
    assert fold_vietnamese("Đảng bộ đoàn kết") == "dang bo doan ket"
    assert fold_vietnamese("ĐÀ NẴNG") == "da nang"


def test_fold_strips_every_tone_on_every_vowel():
    toned = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ"
    assert (
        fold_vietnamese(toned) == "aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii oooooo oooooo oooooo uuuuuu uuuuuu yyyyyy"
    )
    assert fold_vietnamese(toned.upper()) == fold_vietnamese(toned)


def test_fold_lowercases_mixed_case_and_accepts_decomposed_input():
    assert fold_vietnamese("Quán Triệt NGHỊ QUYẾT Số 23") == "quan triet nghi quyet so 23"
    decomposed = unicodedata.normalize("NFD", "Thành ủy Cần Thơ")
    assert fold_vietnamese(decomposed) == "thanh uy can tho"


def test_vn_slugify_transliterates_titles():
    assert vn_slugify("Quán triệt Nghị quyết") == "quan-triet-nghi-quyet"
    assert vn_slugify("Đảng bộ") == "dang-bo"
    assert vn_slugify("  Xây dựng Đảng, chỉnh đốn Đảng!  ") == "xay-dung-dang-chinh-don-dang"
    assert vn_slugify("Chỉ thị 23-CT/TU") == "chi-thi-23-cttu"


ROBOTS = {
    "Googlebot": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "bingbot": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Facebook": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "curl": "curl/8.5.0",
    "python-requests": "python-requests/2.32.3",
    "no user agent": "",
}
READERS = {"Firefox": FIREFOX, "Chrome": CHROME, "Safari on iPhone": SAFARI_IPHONE, "Cốc Cốc": COC_COC}


def test_robots_and_empty_user_agents_are_bots():
    assert [name for name, user_agent in ROBOTS.items() if not is_bot_user_agent(user_agent)] == []


def test_browsers_are_readers():
    assert [name for name, user_agent in READERS.items() if is_bot_user_agent(user_agent)] == []

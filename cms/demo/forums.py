"""Demo readers' comments and consultation forums (diễn đàn góp ý) for the city outlet.

What is made: the moderation word lists; the forum index "Diễn đàn góp ý" under the
city home page with three forums (one open on Directive 23-CT/TU and its four tasks,
one closed on a draft urban greenery plan with its published synthesis, one not yet
open on a draft administrative reform plan); the opinions sent to the first two; and
readers' comments on about twenty articles, two exemplars and a directive, in every
moderation state (approved, pending, rejected, spam, hidden), with a few replies and
reports. Two articles are set to post-moderation and one old article is closed.

The people, their opinions and the draft plans are fictional; only Directive
23-CT/TU (its date, issuer and four tasks) is real. All texts are written for the
demo. Times are computed from each page's publication (or the forum's opening) at
load time, never later than "now".

`load()` is idempotent: it does nothing if the city home page already has a forum
index. The loader calls it for a new demo and for a demo loaded before the forums
existed.
"""

import hashlib
import html
import random
import zlib
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cms.comments.models import (
    APPROVED,
    PENDING,
    REJECTED,
    RULE_POST,
    RULE_PRE,
    SPAM,
    WITHDRAWN,
    Comment,
    CommentReport,
    ModerationWord,
)
from cms.core.text import fold_vietnamese
from cms.directives.models import DirectivePage
from cms.exemplars.models import ExemplarPage, Locality
from cms.forums.models import ForumDirective, ForumFile, ForumIndexPage, ForumPage, ForumSection
from cms.news.models import ArticlePage, HomePage

from . import loader as base
from . import media
from .content import CITY, OUTLETS

SEED = 20261128
MODERATOR = "kiemduyet"  # the demo moderator (content.USERS), when it exists
COMMENT_WINDOW = timedelta(days=28)  # readers comment in the first weeks after publication
PRE_REASON = "Chờ duyệt theo quy tắc duyệt trước."
POST_REASON = "Đăng ngay theo quy tắc duyệt sau."
BTG = "Ban Tuyên giáo Thành ủy"

# ---------------------------------------------------------------- word lists

# (word, kind, note). Phrases rather than single syllables: matching ignores
# diacritics, so "cá độ" alone would also catch "cả đô thị".
WORDS = [
    ("vay tiền nhanh", ModerationWord.BANNED, "Quảng cáo cho vay"),
    ("cá độ bóng đá", ModerationWord.BANNED, "Cờ bạc"),
    ("chơi lô đề", ModerationWord.BANNED, "Cờ bạc"),
    ("nhà cái", ModerationWord.BANNED, "Quảng cáo cờ bạc trực tuyến"),
    ("tài xỉu", ModerationWord.BANNED, "Cờ bạc"),
    ("kiếm tiền online", ModerationWord.BANNED, "Quảng cáo việc làm, đa cấp"),
    ("chuyển khoản", ModerationWord.SUSPECT, "Hay gặp trong tin nhắn lừa đảo; bạn đọc cũng nhắc khi cảnh báo"),
    ("mã OTP", ModerationWord.SUSPECT, "Dấu hiệu lừa đảo chiếm đoạt tài khoản"),
    ("kết bạn Zalo", ModerationWord.SUSPECT, "Kéo người đọc sang trao đổi riêng"),
    ("nhắn tin riêng", ModerationWord.SUSPECT, "Kéo người đọc sang trao đổi riêng"),
    ("bit.ly", ModerationWord.SUSPECT, "Liên kết rút gọn, không biết dẫn đến đâu"),
]


# ---------------------------------------------------------------- one comment


@dataclass
class C:
    """A comment. `at`: hours after the page was published (a forum: after it opened);
    squeezed proportionally when the page is younger than the comments need."""

    who: str
    at: float
    body: str
    status: str = APPROVED
    reason: str = ""
    featured: bool = False
    replies: tuple = ()  # Cs, answering this one (one level only)
    reports: tuple = ()  # (reason, note, reporter number, hours after approval)
    locality: str = ""
    organisation: str = ""
    section: int | None = None  # forum section, from 1
    stance: str = ""
    source: str = ""  # an opinion gathered offline
    official: tuple | None = None  # (reply, by whom, hours after approval)
    email: str | None = None  # None: made from the name; "": none


# ---------------------------------------------------------------- comments on articles and other pages

# Articles by title, with the comments of their readers.
ARTICLE_COMMENTS = {
    "Chủ động ứng phó triều cường, bảo vệ an toàn khu dân cư ven sông": [
        C(
            "Trần Thị Ngọc Hân",
            1,
            "Nhà tôi sát bờ rạch, chiều qua nước đã tràn qua bờ bao một đoạn chừng hai tấc. Mong phường "
            "cho xe chở cát tới sớm, bà con trong xóm sẵn sàng ra phụ đắp.",
            replies=(
                C(
                    "Lê Văn Tám",
                    5,
                    "Khu tôi tối qua tổ xung kích đi gõ cửa từng nhà nhắc kê đồ đạc lên cao, thấy yên tâm hơn "
                    "hẳn. Chị báo tổ trưởng khu vực để được hỗ trợ bao cát nha.",
                ),
            ),
        ),
        C(
            "Phạm Quốc Bảo",
            2,
            "Đề nghị đọc giờ triều đỉnh trên loa phường và gửi vào nhóm Zalo của từng khu vực. Nhiều cô chú "
            "lớn tuổi không xem tin trên mạng được.",
            featured=True,
        ),
        C(
            "Võ Thị Mỹ Linh",
            3,
            "Nước lên đúng giờ tan tầm thì mấy tuyến đường trũng trong nội ô kẹt cứng. Nên có người phân luồng "
            "ở những điểm năm nào cũng ngập.",
        ),
    ],
    "Khai trương tuyến xe buýt nối trung tâm thành phố với khu công nghiệp": [
        C(
            "Đỗ Minh Tuấn",
            6,
            "Tôi làm trong khu công nghiệp, lâu nay chạy xe máy hơn bốn chục phút mỗi chiều, mưa nắng cực lắm. "
            "Có xe buýt rồi tôi sẽ đi thử cả tuần xem sao.",
        ),
        C(
            "Nguyễn Thị Thanh Thảo",
            9,
            "Đề nghị có chuyến sớm khoảng 5 giờ 30 và chuyến về sau 17 giờ 30 cho khớp giờ tan ca. Giãn cách "
            "30 phút một chuyến thì công nhân khó chờ.",
            featured=True,
            replies=(
                C(
                    "Huỳnh Văn Lợi",
                    20,
                    "Đồng ý với chị. Ca của tôi xong lúc 18 giờ, nếu chuyến cuối chạy sớm hơn thì coi như không "
                    "đi được.",
                ),
            ),
        ),
        C(
            "Lâm Gia Huy",
            14,
            "Trạm dừng nên có mái che và bảng giờ chạy. Đứng chờ giữa trưa nắng thì ít ai muốn đi xe buýt.",
        ),
        C(
            "Hoàng Văn Cường",
            16,
            "Mấy người làm quy hoạch tuyến này chắc chưa đi xe buýt ngày nào, ngồi phòng lạnh vẽ bậy.",
            status=REJECTED,
            reason="Lời lẽ công kích, thiếu tôn trọng. Mời bạn góp ý cụ thể về lộ trình, giờ chạy.",
        ),
    ],
    "Người dân hài lòng với Trung tâm Phục vụ hành chính công": [
        C(
            "Trương Thị Bích Ngọc",
            4,
            "Tuần rồi tôi đổi giấy phép lái xe, từ lúc bấm số đến khi nộp xong chưa tới 20 phút. Nhân viên "
            "hướng dẫn rất nhẹ nhàng.",
        ),
        C(
            "Huỳnh Văn Lợi",
            7,
            "Khen thì khen, nhưng bãi giữ xe còn chật, sáng thứ Hai phải chạy vòng mấy lượt mới có chỗ.",
        ),
        C(
            "Phan Thanh Tùng",
            11,
            "Nên mở thêm buổi sáng thứ Bảy cho người làm giờ hành chính. Xin nghỉ để đi nộp hồ sơ rất khó.",
            featured=True,
        ),
    ],
    "Dùng tài khoản định danh điện tử để làm thủ tục hành chính": [
        C(
            "Lê Thị Kim Oanh",
            3,
            "Ba mẹ tôi ngoài 70, điện thoại đời cũ không cài được ứng dụng. Mong phường có điểm hỗ trợ cố định "
            "để người già tới nhờ làm giúp.",
            replies=(
                C(
                    "Nguyễn Hoàng Phúc",
                    12,
                    "Khu vực tôi có tổ công nghệ số cộng đồng, tối thứ Năm ngồi ở nhà văn hóa hỗ trợ miễn phí. "
                    "Chị hỏi tổ trưởng khu vực mình xem đã có tổ chưa.",
                ),
            ),
        ),
        C(
            "Trần Minh Khang",
            8,
            "Đăng nhập bằng tài khoản định danh mức 2 thì tiện thật, khỏi chụp giấy tờ. Có điều thỉnh thoảng "
            "hệ thống báo lỗi xác thực, phải thử lại vài lần.",
        ),
        C(
            "Đinh Văn Sang",
            10,
            "Ai cần làm tài khoản định danh mức 2 cho nhanh thì để lại số điện thoại, mình làm giúp tận nhà, phí rẻ.",
            status=WITHDRAWN,
            reason="Ẩn vì quảng cáo dịch vụ làm hộ có thu phí.",
        ),
    ],
    "Cảnh báo thủ đoạn lừa đảo mạo danh cơ quan chức năng qua điện thoại": [
        C(
            "Ngô Thị Thu Trang",
            5,
            "Tháng trước mẹ tôi nhận cuộc gọi xưng là công an, nói bà dính tới một vụ án rồi bảo chuyển khoản "
            "để “xác minh”. May bà gọi hỏi con trước. Bài này rất cần chia sẻ cho người lớn tuổi.",
            featured=True,
            reason="Có từ cần xem xét: “chuyển khoản”. Đã xem: bạn đọc kể để cảnh báo, nội dung phù hợp.",
        ),
        C(
            "Bùi Văn Thành",
            9,
            "Công an phường nên xuống từng khu vực nói chuyện trực tiếp, kể các kịch bản lừa có thật. Người già "
            "nghe tận tai thì nhớ lâu hơn đọc trên mạng.",
        ),
        C(
            "Hỗ trợ tài chính 24h",
            13,
            "Vay tiền nhanh online, duyệt hồ sơ trong 5 phút, không cần thế chấp, giải ngân ngay trong ngày!",
            status=SPAM,
            reason="Có từ bị cấm: “vay tiền nhanh”.",
            email="hotro.taichinh24h@example.vn",
        ),
    ],
    "Thanh toán không dùng tiền mặt lan tỏa tại chợ truyền thống": [
        C(
            "Châu Thị Mỹ Duyên",
            6,
            "Tôi bán rau ở chợ, từ khi dán mã QR thì khỏi lo thối tiền lẻ. Có điều mấy bữa mạng chập chờn, "
            "khách đứng chờ hơi lâu.",
        ),
        C(
            "Tạ Quang Vinh",
            10,
            "Nên nhắc tiểu thương coi chừng mã QR bị dán đè. Chợ chỗ tôi đã có người mất tiền vì vậy.",
            featured=True,
        ),
        C(
            "Nguyễn Văn Hiếu",
            15,
            "Người lớn tuổi đi chợ vẫn quen trả tiền mặt, đừng để sạp nào cũng chỉ nhận chuyển khoản.",
        ),
    ],
    "Cần giải pháp căn cơ cho tình trạng lấn chiếm vỉa hè": [
        C(
            "Võ Thành Nhân",
            4,
            "Dẹp rồi lại bày ra vì người buôn bán nhỏ không có chỗ nào khác để kiếm sống. Nên quy hoạch vài "
            "điểm bán hàng có giờ giấc, thu phí hợp lý.",
            featured=True,
            replies=(
                C(
                    "Lý Thị Cẩm Tú",
                    14,
                    "Có điểm bán tập trung thì tốt, nhưng vẫn phải chừa lối đi cho người đi bộ, ít nhất cũng "
                    "một mét rưỡi.",
                ),
            ),
        ),
        C(
            "Lý Thị Cẩm Tú",
            6,
            "Tôi đẩy xe nôi cho con đi dạo mà lúc nào cũng phải xuống lòng đường. Vỉa hè là của người đi bộ, "
            "phải xử lý nghiêm và làm thường xuyên.",
        ),
        C(
            "Hồ Văn Dũng",
            9,
            "Nhiều cửa hàng lớn mới là chỗ lấn nhiều nhất, để xe khách chiếm hết vỉa hè mà ít bị nhắc nhở; "
            "chỉ người bán nhỏ bị dẹp.",
            reports=(
                ("sai-su-that", "Mấy cửa hàng trên đường tôi đều đã bị lập biên bản rồi.", 1, 20),
                ("khac", "Nói chung chung, không chỉ rõ chỗ nào.", 2, 31),
            ),
        ),
        C(
            "Người qua đường",
            12,
            "Cứ tịch thu hết đồ của đám bán vỉa hè cho chừa cái tật.",
            status=REJECTED,
            reason="Lời lẽ kích động, thiếu tôn trọng người khác.",
            email="",
        ),
    ],
    'Mô hình "Camera an ninh" giữ bình yên khu dân cư': [
        C(
            "Dương Văn Phước",
            5,
            "Hẻm tôi góp tiền lắp bốn camera từ năm ngoái, từ đó hết hẳn cảnh mất xe đạp, mất đồ phơi trước nhà.",
        ),
        C(
            "Kiều Thị Phương",
            8,
            "Cần quy định rõ ai được xem lại hình ảnh và lưu trong bao lâu. Camera chĩa thẳng vào cửa nhà người "
            "khác cũng không ổn.",
            featured=True,
            reports=(("khac", "Camera khu tôi chỉ quay ra đường, không quay vào nhà ai.", 3, 26),),
        ),
        C(
            "Trịnh Công Minh",
            12,
            "Mô hình tốt, nhưng tiền điện, tiền sửa chữa về sau ai lo? Nên có quỹ chung của khu vực, thu chi "
            "công khai.",
        ),
    ],
    "Bệnh viện triển khai kỹ thuật mới, người bệnh không phải chuyển tuyến": [
        C(
            "Mai Văn Khỏe",
            7,
            "Năm ngoái ba tôi phải lên tuyến trên mổ, cả nhà thay phiên nhau nuôi bệnh rất vất vả. Nay làm được "
            "ngay tại thành phố thì quá tốt cho người dân.",
        ),
        C(
            "Lưu Thị Hạnh",
            11,
            "Mong bệnh viện công bố chi phí và mức bảo hiểm y tế chi trả cho kỹ thuật mới để bà con chủ động.",
            featured=True,
        ),
    ],
    "Ra quân diệt lăng quăng, phòng chống sốt xuất huyết": [
        C(
            "Tô Thị Kim Loan",
            3,
            "Sáng nay tổ y tế khu vực ghé nhà tôi lật từng chậu kiểng, lu nước. Làm kỹ vậy mới có hiệu quả.",
        ),
        C(
            "Quách Văn Lộc",
            6,
            "Khu đất trống cuối hẻm chỗ tôi đầy ve chai, vỏ lon đọng nước mà chưa ai dọn. Đề nghị phường nhắc chủ đất.",
            replies=(
                C(
                    "Tô Thị Kim Loan",
                    13,
                    "Khu bên tôi cũng vậy anh ơi. Chiều thứ Bảy này đoàn thanh niên ra quân, anh báo tổ trưởng để "
                    "đưa chỗ đó vào danh sách.",
                ),
            ),
        ),
        C(
            "Phùng Thị Xuân",
            9,
            "Cho tôi hỏi có nên phun thuốc định kỳ cả khu hay chỉ phun khi có ca bệnh?",
        ),
    ],
    "Thành phố long trọng tổ chức Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước": [
        C(
            "Nguyễn Văn Bảy",
            3,
            "Xem truyền hình trực tiếp lễ kỷ niệm, nhớ lại những ngày tháng Tư năm ấy mà rưng rưng. Cảm ơn thành "
            "phố đã tổ chức trang trọng, chu đáo.",
            featured=True,
        ),
        C(
            "Hà Thị Thúy Vy",
            6,
            "Cả nhà tôi ra bến sông xem chương trình buổi tối, đông vui mà vẫn trật tự. Tự hào lắm.",
        ),
        C(
            "Đặng Hữu Nghĩa",
            10,
            "Mong những dịp như vầy có thêm hoạt động cho học sinh tìm hiểu lịch sử địa phương: đi thăm di tích, "
            "nghe nhân chứng kể chuyện.",
        ),
    ],
    'Để nghị quyết thật sự "thấm" vào cơ sở': [
        C(
            "Lâm Văn Đức",
            5,
            "Chi bộ tôi thử gửi bản tóm tắt nghị quyết qua nhóm trước buổi sinh hoạt một tuần. Tới buổi họp ai "
            "cũng có ý kiến, không còn cảnh ngồi nghe đọc văn bản.",
            featured=True,
        ),
        C(
            "Trần Thị Mỹ Hạnh",
            9,
            "Tài liệu nên có bản chữ to, thật ngắn cho đảng viên cao tuổi. Nhiều cô chú ở khu tôi đọc bản dài "
            "không nổi.",
        ),
        C(
            "Nguyễn Trọng Nhân",
            16,
            "Học xong phải có việc làm cụ thể: mỗi chi bộ chọn một việc để làm theo. Học rồi để đó thì không "
            "thấm được.",
        ),
    ],
    "Thủ tục trực tuyến cần thân thiện hơn với người cao tuổi": [
        C(
            "Huỳnh Thị Lệ",
            2,
            "Bài viết nói đúng. Mẹ tôi phải nhờ hàng xóm nộp hồ sơ giùm vì chữ trên trang dịch vụ công nhỏ quá, "
            "lại nhiều bước.",
        ),
        C(
            "Phan Văn Hậu",
            4,
            "Nên giữ song song cách nộp trực tiếp, đừng bắt buộc trực tuyến hết khi người dân chưa quen.",
            featured=True,
        ),
        C(
            "Kha Minh Trí",
            7,
            "Con cháu cũng nên bỏ chút thời gian chỉ cho ông bà. Tôi chỉ ba tôi ba buổi là ông tự tra cứu hồ sơ "
            "được rồi.",
            reports=(
                ("xuc-pham", "Nói vậy là trách người già không chịu học.", 4, 9),
                ("khac", "", 5, 22),
            ),
        ),
        C(
            "Lê Thanh Sơn",
            10,
            "Hồ sơ của tôi nộp trên cổng dịch vụ công hơn tuần nay chưa thấy xử lý, tôi ghi số hồ sơ và số căn "
            "cước ở đây để cán bộ kiểm tra giúp.",
            status=WITHDRAWN,
            reason="Ẩn vì có số căn cước của người gửi; Ban biên tập đã liên hệ bạn đọc qua email.",
        ),
    ],
    "Nâng cấp hẻm thoát nước, hết cảnh lội nước mỗi khi mưa": [
        C(
            "Đoàn Thị Ngọc Ánh",
            5,
            "Hẻm nhà tôi năm nào mưa cũng ngập tới mắt cá. Từ khi làm cống mới, mưa lớn nửa tiếng là nước rút. "
            "Cảm ơn phường và bà con đã góp công.",
        ),
        C(
            "Cao Văn Tài",
            9,
            "Đề nghị kiểm tra lại nắp cống đầu hẻm, có chỗ bị lún, xe máy chạy ngang dễ té.",
        ),
    ],
    "Ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến trung tâm": [
        C(
            "Mạc Thị Hương",
            4,
            "Tuần đầu ra quân thì thông thoáng hẳn. Mong duy trì lâu dài, đừng rầm rộ vài bữa rồi đâu lại vào đó.",
        ),
        C(
            "Lê Hữu Phước",
            8,
            "Tôi bán nước ở đầu chợ, đã ký cam kết và dời sạp vào trong. Mong phường sớm bố trí chỗ để xe cho "
            "khách, không thì khách ngại ghé.",
            featured=True,
        ),
        C(
            "Thạch Văn Dũng",
            11,
            "Tổ trưởng khu vực chỗ tôi nhận tiền của mấy quán nên mới để yên cho họ bày bàn ghế ra đường.",
            status=REJECTED,
            reason="Quy kết cá nhân khi chưa có căn cứ. Nếu có bằng chứng, đề nghị bạn phản ánh qua đường dây "
            "nóng của phường để được xác minh.",
        ),
    ],
    "Lớp học bơi miễn phí cho trẻ em dịp hè": [
        C(
            "Trần Thị Diễm My",
            6,
            "Con tôi 8 tuổi, sau mười buổi đã bơi được 15 mét. Thầy cô rất kiên nhẫn, cảm ơn chương trình.",
        ),
        C(
            "Nguyễn Quốc Thái",
            10,
            "Mong năm sau mở thêm lớp buổi chiều, phụ huynh đi làm khó đưa con đi học buổi sáng.",
        ),
    ],
    'Vận động Quỹ "Vì người nghèo", chăm lo Tết cho hộ khó khăn': [
        C(
            "Lương Thị Ngọc Trâm",
            1,
            "Công ty tôi muốn đóng góp tập thể thì liên hệ ở đâu? Quỹ có nhận hiện vật như gạo, nhu yếu phẩm không?",
            status=PENDING,
        ),
        C(
            "Phạm Văn Được",
            2,
            "Đề nghị công khai danh sách hộ được nhận quà ở từng khu vực để bà con cùng giám sát.",
            status=PENDING,
        ),
        C(
            "Kiếm tiền mỗi ngày",
            3,
            "Kiếm tiền online tại nhà, mỗi ngày chỉ cần một giờ, thu nhập 500 nghìn. Xem chi tiết bit.ly/…",
            status=SPAM,
            reason="Có từ bị cấm: “kiếm tiền online”. Có từ cần xem xét: “bit.ly”.",
            email="kiemtien.moingay@example.vn",
        ),
    ],
    "Đại biểu Hội đồng nhân dân thành phố tiếp xúc cử tri trước kỳ họp cuối năm": [
        C("Nguyễn Văn Hiếu", 1, "Cảm ơn các đại biểu đã xuống tận phường lắng nghe bà con."),
        C(
            "Đặng Thị Thu Sương",
            2,
            "Cử tri khu vực tôi đã kiến nghị từ kỳ trước về đoạn đường ngập trước trường tiểu học. Mong kỳ họp "
            "này có câu trả lời cụ thể, có thời hạn.",
            status=PENDING,
        ),
    ],
    "Cao điểm tấn công, trấn áp tội phạm dịp cuối năm": [
        C(
            "Trịnh Công Minh",
            2,
            "Cuối năm hay có chuyện giật điện thoại trên mấy tuyến ven sông buổi tối. Mong công an tăng tuần tra ở đó.",
            status=PENDING,
        ),
    ],
    "Phường An Bình ra quân dọn vệ sinh sau đợt triều cường": [
        C("Lê Văn Tám", 1, "Cảm ơn các bạn đoàn viên, sáng nay con hẻm trước nhà tôi đã sạch bùn."),
        C(
            "Hồ Thị Mai",
            2,
            "Đoạn bờ kè gần chợ còn nhiều rác dạt vào, mong đội vệ sinh ghé thêm một lượt.",
            status=PENDING,
        ),
    ],
}

# Directives (by number) and exemplars (by title), with their readers' comments.
DIRECTIVE_COMMENTS = {
    "3120/QĐ-UBND": [
        C(
            "Kiều Thị Phương",
            6,
            "Quy chế có phần bảo vệ dữ liệu hình ảnh là rất cần. Mong ghi rõ thời gian lưu tối đa và cách người "
            "dân xin trích xuất khi có tranh chấp.",
        ),
        C(
            "Tăng Văn Hòa",
            20,
            "Hộ gia đình kết nối camera với công an phường thì có phải trả thêm phí đường truyền không?",
            status=PENDING,
        ),
    ],
}
EXEMPLAR_COMMENTS = {
    "Cô giáo Nguyễn Thị Thu Vân và lớp học tình thương": [
        C(
            "Lê Thị Kim Oanh",
            8,
            "Cháu nhà tôi từng học lớp cô mấy năm, giờ đã lên lớp 8 ở trường phổ thông. Cô thương học trò như con.",
            featured=True,
        ),
        C("Đặng Hữu Nghĩa", 20, "Tôi muốn góp sách vở, áo quần cho lớp thì gửi về đâu ạ?"),
    ],
    "Mô hình “Nghị quyết trong 15 phút” ở phường An Bình": [
        C(
            "Lâm Văn Đức",
            12,
            "Chi bộ tôi áp dụng thử 15 phút đầu buổi sinh hoạt: ngắn mà dễ nhớ, đảng viên lớn tuổi cũng theo kịp.",
        ),
    ],
}

POST_MODERATED = (
    "Chủ động ứng phó triều cường, bảo vệ an toàn khu dân cư ven sông",
    "Thủ tục trực tuyến cần thân thiện hơn với người cao tuổi",
)
CLOSED = "Thành phố long trọng tổ chức Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước"

# ---------------------------------------------------------------- the forums

INDEX_TITLE = "Diễn đàn góp ý"
INDEX_SLUGS = ("dien-dan-gop-y", "gop-y", "dien-dan-gop-y-2")  # the city outlet has a column "dien-dan"
INDEX_INTRO = (
    "Nơi cán bộ, đảng viên và người dân góp ý về dự thảo văn bản và về việc thực hiện các nghị quyết, chỉ thị "
    "trên địa bàn thành phố. Mỗi diễn đàn nhận ý kiến trong một thời hạn; khi kết thúc, kết quả tổng hợp và "
    "những nội dung được tiếp thu được đăng ngay trên trang của diễn đàn."
)

OPEN_TITLE = "Góp ý việc thực hiện Chỉ thị 23-CT/TU về đổi mới học tập, quán triệt nghị quyết của Đảng"
OPEN_SECTIONS = [
    (
        "Nhiệm vụ (1): quy định, tài liệu và cách tổ chức học tập nghị quyết",
        "Quy định của Thành ủy về quán triệt nghị quyết; tài liệu riêng cho từng đối tượng; hội nghị gọn, linh "
        "hoạt; kiểm tra nhận thức sau học tập; nhân rộng cách làm hay.",
    ),
    (
        "Nhiệm vụ (2): đội ngũ báo cáo viên, tuyên truyền viên",
        "Người trình bày ở các hội nghị; bài giới thiệu nghị quyết ngắn, dễ hiểu, có số liệu và việc của thành phố.",
    ),
    (
        "Nhiệm vụ (3): báo chí, chuyên trang, điển hình và diễn đàn",
        "Đăng văn bản kịp thời; chuyên trang, chuyên mục giải thích nghị quyết; giới thiệu điển hình tiên tiến; "
        "lấy ý kiến nhân dân.",
    ),
    (
        "Nhiệm vụ (4): theo dõi, kiểm tra, sơ kết, tổng kết",
        "Việc đôn đốc, kiểm tra thực hiện Chỉ thị và cách sơ kết, tổng kết ở các cấp.",
    ),
]

OPEN_OPINIONS = [
    C(
        "Lâm Văn Đức",
        5,
        "Từ khi chi bộ gửi bản tóm tắt nghị quyết trước một tuần, buổi sinh hoạt sôi nổi hẳn: đảng viên đọc "
        "trước nên đến họp là trao đổi, không phải ngồi nghe đọc lại văn bản. Đề nghị đưa cách làm này vào quy "
        "định chung để các chi bộ cùng áp dụng.",
        featured=True,
        locality="Cái Khế",
        organisation="Chi bộ khu vực 3",
        section=1,
        stance="dong-y",
    ),
    C(
        "Trần Thị Mỹ Hạnh",
        9,
        "Tài liệu in chữ to cho đảng viên cao tuổi là việc nhỏ mà rất thiết thực. Mong Ban Tuyên giáo làm sẵn "
        "một mẫu chung để các phường khỏi mỗi nơi soạn một kiểu.",
        locality="Ninh Kiều",
        section=1,
        stance="dong-y",
    ),
    C(
        "Nguyễn Trọng Nhân",
        14,
        "Kiểm tra nhận thức sau học tập ở nhiều nơi vẫn là phát phiếu trắc nghiệm rồi thu về, ai cũng đạt. Nên "
        "thay bằng câu hỏi gắn với việc của chi bộ: nghị quyết này thì khu vực mình làm được gì, khi nào xong.",
        featured=True,
        locality="Tân An",
        section=1,
        stance="y-kien-khac",
        official=(
            "Ban Tuyên giáo Thành ủy ghi nhận ý kiến. Dự thảo quy định sắp trình Thành ủy đã thay phiếu trắc "
            "nghiệm đại trà bằng bài thu hoạch ngắn, gắn với nhiệm vụ cụ thể của từng chi bộ.",
            BTG,
            40,
        ),
    ),
    C(
        "Võ Thị Kim Ngân",
        20,
        "Học trực tuyến có điểm danh thì tiện cho phường trung tâm, còn ở xã tôi nhiều ấp sóng yếu, đảng viên "
        "lớn tuổi không dùng điện thoại thông minh. Không nên coi trực tuyến là cách chính ở vùng ven.",
        locality="Thới Lai",
        organisation="Đảng ủy xã Thới Lai",
        section=1,
        stance="khong-dong-y",
    ),
    C(
        "Phạm Hoàng Long",
        26,
        "Báo cáo viên nói có số liệu của chính phường, xã mình thì người nghe chú ý ngay. Đề nghị mỗi bài giới "
        "thiệu nghị quyết dành một phần cho tình hình địa phương.",
        locality="Bình Thủy",
        section=2,
        stance="dong-y",
    ),
    C(
        "Đinh Thị Bảo Trân",
        33,
        "Tuyên truyền viên cơ sở phần lớn làm kiêm nhiệm, không có thời gian soạn bài. Nên có bộ bài giảng mẫu "
        "kèm hình ảnh để họ chỉnh lại cho hợp với khu vực mình.",
        locality="Hưng Phú",
        section=2,
        stance="y-kien-khac",
    ),
    C(
        "Huỳnh Tấn Phát",
        41,
        "Ở phường tôi, loa truyền thanh đọc nghị quyết theo kiểu hỏi – đáp vài phút mỗi sáng, bà con nghe dễ "
        "nhớ. Báo cáo viên cũng nên học cách nói ngắn gọn như vậy.",
        featured=True,
        locality="Ô Môn",
        section=2,
        stance="dong-y",
    ),
    C(
        "Trương Ngọc Hân",
        50,
        "Đoàn viên chúng tôi đọc tin chủ yếu trên điện thoại. Nếu chuyên trang có bản tóm tắt bằng hình ảnh, "
        "video ngắn thì chia sẻ lên mạng xã hội sẽ lan nhanh hơn.",
        locality="Ninh Kiều",
        organisation="Đoàn Thanh niên phường Ninh Kiều",
        section=3,
        stance="dong-y",
    ),
    C(
        "Lê Văn Tám",
        58,
        "Diễn đàn như thế này nên mở thường xuyên hơn, và nên đăng kết quả tiếp thu để người góp ý biết ý kiến "
        "của mình được xem xét ra sao.",
        locality="Hưng Phú",
        section=3,
        stance="dong-y",
        official=(
            "Cảm ơn ông đã góp ý. Khi diễn đàn kết thúc, bản tổng hợp ý kiến và những nội dung được tiếp thu sẽ "
            "được đăng trên chính trang này.",
            "Ban Biên tập Cổng thông tin điện tử Thành ủy",
            20,
        ),
    ),
    C(
        "Kiều Thị Phương",
        66,
        "Bài giải thích nghị quyết trên báo còn dài và nhiều thuật ngữ. Nên có mục hỏi – đáp: bạn đọc gửi câu "
        "hỏi, tòa soạn mời người có chuyên môn trả lời.",
        locality="An Bình",
        section=3,
        stance="y-kien-khac",
    ),
    C(
        "Nguyễn Hoàng Phúc",
        75,
        "Giới thiệu điển hình tiên tiến nên kèm cách làm cụ thể: tốn bao nhiêu, mất bao lâu, vướng ở đâu, để nơi "
        "khác học theo được, chứ không chỉ kể thành tích.",
        locality="Long Tuyền",
        section=3,
        stance="dong-y",
    ),
    C(
        "Châu Văn Lành",
        84,
        "Sơ kết nên có ý kiến của người dân chứ không chỉ có báo cáo của cấp ủy. Có thể phát phiếu khảo sát "
        "ngắn ở các buổi họp tổ dân.",
        locality="Phong Điền",
        organisation="Hội Nông dân xã Phong Điền",
        section=4,
        stance="dong-y",
    ),
    C(
        "Bùi Thị Thanh Tâm",
        95,
        "Báo cáo sơ kết ở nhiều nơi gần như giống nhau, chỉ đổi tên đơn vị. Không có tiêu chí đo đếm rõ ràng "
        "thì sơ kết, tổng kết dễ thành hình thức.",
        locality="Cái Răng",
        section=4,
        stance="khong-dong-y",
    ),
    C(
        "Nguyễn Văn Bảy",
        100,
        "Ý kiến tại buổi làm việc với Hội Cựu chiến binh phường: đề nghị mời cựu chiến binh nói chuyện chuyên đề "
        "ở các chi bộ khu vực, vì các chú có uy tín và gần gũi với bà con.",
        locality="Thốt Nốt",
        organisation="Hội Cựu chiến binh phường Thốt Nốt",
        section=2,
        stance="dong-y",
        source="hoi-nghi",
        email="",
    ),
    C(
        "Trần Văn Sáu",
        110,
        "Thư của chi bộ: đảng viên trong ấp đa số làm ruộng, ban ngày bận đồng áng. Đề nghị cho chi bộ chủ động "
        "tổ chức học tập vào buổi tối, chia thành nhiều buổi ngắn.",
        locality="Thới Lai",
        organisation="Chi bộ ấp Thới Thạnh, xã Thới Lai",
        section=1,
        stance="y-kien-khac",
        source="thu",
        email="",
    ),
    C(
        "Lý Thị Bông",
        125,
        "Bà gọi điện đến Ban biên tập: ở ấp nhiều người không đọc báo trên mạng, đề nghị các bài về nghị quyết "
        "được đọc lại trên loa truyền thanh xã và in dán ở nhà văn hóa ấp.",
        locality="Nhơn Ái",
        organisation="Chi hội Phụ nữ ấp Nhơn Lộc, xã Nhơn Ái",
        section=3,
        stance="dong-y",
        source="dien-thoai",
        email="",
    ),
    C(
        "Đặng Hữu Nghĩa",
        138,
        "Phường tôi có mô hình 15 phút nghị quyết đầu mỗi buổi sinh hoạt, thấy hiệu quả. Đề nghị gom các mô hình "
        "như vậy thành sổ tay để chi bộ các nơi tham khảo.",
        locality="An Bình",
        section=1,
        stance="dong-y",
    ),
    C(
        "Tạ Quang Vinh",
        150,
        "Có hội nghị trực tuyến, báo cáo viên đọc trình chiếu gần hai tiếng, các điểm cầu không hỏi được câu "
        "nào. Nên dành ít nhất một phần ba thời lượng cho trao đổi.",
        locality="Cái Khế",
        section=2,
        stance="y-kien-khac",
    ),
    C(
        "Hà Thị Thúy Vy",
        160,
        "Tôi không phải đảng viên nhưng đọc các bài tóm tắt nghị quyết trên cổng thông tin thấy dễ hiểu. Mong "
        "tiếp tục viết ngắn, có ví dụ gần với đời sống.",
        locality="Tân An",
        stance="dong-y",
    ),
    C(
        "Quách Văn Lộc",
        172,
        "Không nên lấy số buổi học, số người dự làm tiêu chí chính khi đánh giá. Nơi nào làm được việc cụ thể "
        "sau học tập mới đáng ghi nhận.",
        locality="Thới An Đông",
        section=4,
        stance="khong-dong-y",
    ),
    C(
        "Nguyễn Tuấn",
        120,
        "Học nghị quyết toàn hình thức, mấy ông ở trên nói một đằng làm một nẻo, góp ý cũng bằng thừa.",
        status=REJECTED,
        reason="Lời lẽ quy chụp, không góp ý vào nội dung Chỉ thị. Mời bạn gửi lại ý kiến cụ thể.",
        locality="Ninh Kiều",
        stance="khong-dong-y",
    ),
    C(
        "Trịnh Công Minh",
        180,
        "Tôi muốn phản ánh việc con hẻm trước nhà bị ngập lâu ngày mà chưa được sửa.",
        status=REJECTED,
        reason="Nội dung không thuộc phạm vi diễn đàn; đã chuyển phản ánh đến Ủy ban nhân dân phường Hưng Phú.",
        locality="Hưng Phú",
        stance="y-kien-khac",
    ),
    C(
        "Nhà cái uy tín",
        190,
        "Cá độ bóng đá hoàn tiền 10% mỗi ngày, nạp là có thưởng, đăng ký ngay!",
        status=SPAM,
        reason="Có từ bị cấm: “cá độ bóng đá”, “nhà cái”.",
        email="nhacai.uytin@example.vn",
    ),
    C(
        "Mai Văn Khỏe",
        215,
        "Đề nghị quy định thời hạn tối đa từ khi có nghị quyết mới đến lúc chi bộ học xong. Có nơi làm ngay, có "
        "nơi để mấy tháng.",
        status=PENDING,
        locality="Ô Môn",
        section=1,
        stance="dong-y",
    ),
    C(
        "Tô Thị Kim Loan",
        228,
        "Nên có bản tiếng Khmer, tiếng Hoa cho các bài giới thiệu nghị quyết, vì thành phố có nhiều bà con dân tộc.",
        status=PENDING,
        locality="Bình Thủy",
        section=3,
        stance="y-kien-khac",
    ),
    C(
        "Phan Thanh Tùng",
        236,
        "Mong diễn đàn mở thêm một mục để thanh niên góp ý về cách học nghị quyết trên mạng.",
        status=PENDING,
        locality="Cái Răng",
        stance="dong-y",
    ),
]

CLOSED_TITLE = "Góp ý dự thảo Kế hoạch phát triển cây xanh đô thị giai đoạn 2026–2030"
CLOSED_SECTIONS = [
    ("Phần I: Mục tiêu, chỉ tiêu đến năm 2030", "Số cây trồng mới, công viên, vườn hoa ở từng phường, xã."),
    ("Phần II: Trồng mới, thay thế và chọn loài cây", "Danh mục cây, tuyến đường trồng mới và thay thế."),
    ("Phần III: Chăm sóc, bảo vệ và huy động xã hội hóa", "Ai chăm sóc cây, tiếp nhận phản ánh, tài trợ."),
]
CLOSED_OPINIONS = [
    C(
        "Võ Thành Nhân",
        20,
        "Nên ưu tiên cây bản địa như sao, dầu, gõ, bằng lăng: tán rộng, bóng mát, hợp khí hậu. Mấy loại cây "
        "trồng làm cảnh lá nhỏ thì không che nắng được.",
        featured=True,
        locality="Ninh Kiều",
        section=2,
        stance="dong-y",
    ),
    C(
        "Nguyễn Thị Thanh Thảo",
        44,
        "Đề nghị trồng thêm cây dọc kênh rạch, vừa có bóng mát vừa giữ đất bờ; những đoạn bờ tự nhiên thì giữ "
        "bần, dừa nước.",
        locality="Cái Khế",
        section=2,
        stance="dong-y",
    ),
    C(
        "Trần Minh Khang",
        70,
        "Cần công bố số điện thoại nhận phản ánh cây nghiêng, cây sâu bệnh. Mùa mưa năm nào cũng có cây ngã "
        "đè xe, đè nhà.",
        locality="Tân An",
        section=3,
        stance="dong-y",
    ),
    C(
        "Lưu Thị Hạnh",
        96,
        "Chỉ tiêu diện tích cây xanh trên đầu người nên tính riêng từng phường, vì các phường trung tâm thiếu "
        "cây hơn hẳn vùng ven.",
        locality="An Bình",
        section=1,
        stance="y-kien-khac",
    ),
    C(
        "Phạm Quốc Bảo",
        130,
        "Tôi không đồng ý giao việc chăm sóc cây trên vỉa hè cho hộ mặt tiền. Nhiều nhà chỉ có người già, không "
        "thể cắt tỉa cây lớn; việc này phải do đơn vị chuyên môn làm.",
        featured=True,
        locality="Bình Thủy",
        section=3,
        stance="khong-dong-y",
    ),
    C(
        "Dương Văn Phước",
        170,
        "Làm đường mới thì nên chừa sẵn bồn cây đủ rộng. Trồng trong hố nhỏ thì vài năm sau rễ phá vỡ vỉa hè.",
        locality="Long Tuyền",
        section=2,
        stance="dong-y",
    ),
    C(
        "Huỳnh Thị Lệ",
        210,
        "Đồng ý mục tiêu mỗi phường có ít nhất một công viên hoặc vườn hoa. Khu tôi có lô đất công bỏ trống lâu "
        "nay, làm vườn hoa được.",
        locality="Cái Răng",
        section=1,
        stance="dong-y",
    ),
    C(
        "Cao Văn Tài",
        260,
        "Nên làm bản đồ số cây xanh, mỗi cây một mã để người dân quét và báo tình trạng. Thành phố đang chuyển "
        "đổi số thì làm được.",
        locality="Hưng Phú",
        section=3,
        stance="y-kien-khac",
    ),
    C(
        "Lê Hữu Phước",
        300,
        "Dự thảo tính thay thế cây già cỗi trên 12 tuyến phố trung tâm, trong đó có nhiều cây cổ thụ. Cây nào "
        "còn khỏe thì phải giữ, chỉ thay cây sâu bệnh, nguy hiểm.",
        featured=True,
        locality="Thới An Đông",
        section=2,
        stance="khong-dong-y",
        official=(
            "Sở Xây dựng tiếp thu: dự thảo đã sửa theo hướng chỉ thay cây chết, sâu bệnh hoặc nghiêng đổ nguy "
            "hiểm; cây cổ thụ còn khỏe được giữ lại và lập hồ sơ theo dõi riêng.",
            "Sở Xây dựng thành phố Cần Thơ",
            60,
        ),
    ),
    C(
        "Đoàn Thị Ngọc Ánh",
        350,
        "Ủng hộ phong trào mỗi nhà trồng một cây, nhưng nên phát cây giống đúng loại theo quy hoạch để phố "
        "không lộn xộn.",
        locality="Ninh Kiều",
        section=3,
        stance="dong-y",
    ),
    C(
        "Đỗ Minh Tuấn",
        400,
        "Mong kế hoạch có lộ trình từng năm và công bố kết quả hằng năm để người dân theo dõi.",
        locality="Ô Môn",
        section=1,
        stance="dong-y",
    ),
    C(
        "Bùi Văn Thành",
        460,
        "Có thể cho doanh nghiệp nhận chăm sóc một đoạn đường và được gắn biển tên, như nhiều thành phố đã làm.",
        locality="Thốt Nốt",
        section=3,
        stance="y-kien-khac",
    ),
    C(
        "Châu Thị Mỹ Duyên",
        520,
        "Xã vùng ven cũng cần cây xanh ở trường học, trạm y tế, đừng chỉ tập trung cho nội ô.",
        locality="Phong Điền",
        section=2,
        stance="dong-y",
    ),
    C(
        "Nguyễn Quốc Thái",
        580,
        "Trồng mới 50.000 cây trong năm năm là quá sức chăm sóc. Trồng ít mà cây sống tốt còn hơn trồng nhiều "
        "rồi để chết.",
        locality="Cái Khế",
        section=1,
        stance="khong-dong-y",
    ),
    C(
        "Hồ Văn Dũng",
        640,
        "Cần xử phạt nghiêm việc đổ hóa chất vào gốc cây, đóng đinh treo bảng quảng cáo lên thân cây.",
        locality="Nhơn Ái",
        section=3,
        stance="dong-y",
    ),
    C(
        "Hoàng Văn Cường",
        240,
        "Mấy ông ở Sở chỉ giỏi bày vẽ, trồng xong để cây chết khô rồi đổ thừa cho dân.",
        status=REJECTED,
        reason="Lời lẽ công kích, quy chụp; không góp ý vào nội dung dự thảo.",
        locality="Ninh Kiều",
        stance="khong-dong-y",
    ),
    C(
        "Vườn ươm Cây Việt",
        480,
        "Chuyên cung cấp cây công trình giá sỉ, bảo hành cây sống, liên hệ để nhận báo giá.",
        status=REJECTED,
        reason="Quảng cáo sản phẩm, không phải ý kiến góp ý.",
        locality="Phong Điền",
        email="lienhe.vuonuom@example.vn",
    ),
]

# The draft plan the closed forum consulted on (see media.make_directive_pdf).
PDF_GREENERY = {
    "party": False,
    "issuer": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
    "number": "      /KH-UBND",
    "place_date": "Cần Thơ, ngày      tháng      năm 2026",
    "kind": "KẾ HOẠCH",
    "about": [
        "Phát triển cây xanh đô thị trên địa bàn thành phố",
        "giai đoạn 2026–2030",
        "(DỰ THẢO LẤY Ý KIẾN NHÂN DÂN)",
    ],
    "paragraphs": [
        "Cây xanh là một phần của hạ tầng đô thị: cho bóng mát, giảm nắng nóng và bụi, giữ đất ven sông rạch và "
        "làm đẹp cảnh quan. Thời gian qua, nhiều tuyến đường mới chưa được trồng cây đồng bộ; một số tuyến cũ có "
        "cây già cỗi, sâu bệnh, dễ gãy đổ trong mùa mưa; công viên, vườn hoa ở các phường trung tâm còn ít.",
        "Đến năm 2030, mỗi tuyến đường chính có cây bóng mát, mỗi phường có ít nhất một công viên hoặc vườn hoa "
        "công cộng; việc trồng, chăm sóc và thay thế cây xanh được quản lý thống nhất trên cơ sở dữ liệu của "
        "thành phố.",
    ],
    "tasks_intro": "Nhiệm vụ chủ yếu:",
    "tasks": [
        "Trồng mới ít nhất 50.000 cây bóng mát trên các tuyến đường, bờ kè, công viên và trong khuôn viên cơ "
        "quan, trường học; ưu tiên các phường trung tâm và các tuyến đường mới mở.",
        "Thay thế cây không đúng chủng loại, cây già cỗi trên 12 tuyến phố trung tâm; ban hành danh mục cây "
        "khuyến khích trồng, hạn chế trồng và cấm trồng.",
        "Hộ gia đình, cơ quan có mặt tiền chăm sóc cây xanh trên vỉa hè trước nhà; khuyến khích tổ chức, doanh "
        "nghiệp tài trợ trồng và chăm sóc cây.",
        "Sở Xây dựng chủ trì theo dõi, hướng dẫn; Ủy ban nhân dân các phường, xã báo cáo kết quả trước ngày 15 "
        "tháng 12 hằng năm.",
    ],
    "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Dự thảo, chưa ký)"],
    "recipients": ["Thường trực Thành ủy,", "Thường trực HĐND thành phố,", "Các sở, ban, ngành,", "Lưu: VT."],
    "footer": "Dự thảo mẫu phục vụ trình diễn hệ thống, không có giá trị pháp lý.",
}

UPCOMING_TITLE = "Góp ý dự thảo Kế hoạch cải cách hành chính thành phố năm 2027"
UPCOMING_SECTIONS = [
    ("Phần I: Cải cách thủ tục hành chính", "Cắt giảm giấy tờ, rút ngắn thời gian giải quyết hồ sơ."),
    ("Phần II: Dịch vụ công trực tuyến", "Nộp hồ sơ, thanh toán phí và nhận kết quả qua mạng."),
    ("Phần III: Công vụ, công chức", "Thái độ phục vụ, đánh giá cán bộ theo mức độ hài lòng của người dân."),
]


# ---------------------------------------------------------------- loading


def load(out=None, now=None):
    """Create the forums and comments unless the city home page has a forum index already.
    Returns a summary dict, or None when there was nothing to do."""
    out = out or (lambda message: None)
    home = HomePage.objects.filter(slug=OUTLETS[CITY]["slug"], depth=2).first()
    if home is None or ForumIndexPage.objects.child_of(home).exists():
        return None
    with transaction.atomic():
        return _Forums(out, now or timezone.now(), home).run()


def _p(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def _local_date(value):
    return f"{timezone.localtime(value, base.LOCAL_TZ):%d/%m/%Y}"


class _Forums:
    def __init__(self, out, now, home):
        self.out = out
        self.now = now
        self.home = home
        self.rng = random.Random(SEED)
        self.moderator = get_user_model().objects.filter(username=MODERATOR).first()
        self.localities = set(Locality.objects.values_list("name", flat=True))
        self.emails = {}  # name -> email
        self.reporters = {}
        self.comments = 0
        self.replies = 0
        self.reports = 0
        self.pages = set()

    def run(self):
        words = self.make_words()
        index = self.make_index()
        forums = [self.make_open_forum(index), self.make_closed_forum(index), self.make_upcoming_forum(index)]
        self.set_rules()
        for title, specs in ARTICLE_COMMENTS.items():
            page = ArticlePage.objects.filter(title=title).first()
            if page is None:
                self.out(f"Cảnh báo: không có bài viết “{title}”, bỏ qua bình luận của bài này.")
                continue
            self.add_comments(page, specs, page.first_published_at, rule=page.comment_rule)
        for number, specs in DIRECTIVE_COMMENTS.items():
            page = DirectivePage.objects.filter(number=number).first()
            if page is not None:
                self.add_comments(page, specs, page.first_published_at)
        for title, specs in EXEMPLAR_COMMENTS.items():
            page = ExemplarPage.objects.filter(title=title).first()
            if page is not None:
                self.add_comments(page, specs, page.first_published_at)
        unknown = {c.locality for c in OPEN_OPINIONS + CLOSED_OPINIONS if c.locality} - self.localities
        if self.localities and unknown:
            self.out(f"Cảnh báo: phường, xã không có trong danh mục: {', '.join(sorted(unknown))}.")
        summary = {
            "forums": len(forums),
            "comments": self.comments,
            "replies": self.replies,
            "reports": self.reports,
            "commented_pages": len(self.pages),
            "moderation_words": words,
        }
        self.out(
            "Diễn đàn góp ý: {forums}; bình luận và ý kiến: {comments} ({replies} trả lời) trên {commented_pages} "
            "trang; {reports} lượt báo vi phạm; {moderation_words} từ kiểm duyệt mới.".format(**summary)
        )
        return summary

    # ------------------------------------------------------------ word lists

    def make_words(self):
        count = 0
        for word, kind, note in WORDS:
            if ModerationWord.objects.filter(folded=fold_vietnamese(" ".join(word.split())), kind=kind).exists():
                continue
            ModerationWord(word=word, kind=kind, note=note).save()  # save() fills `folded`
            count += 1
        return count

    # ------------------------------------------------------------ pages

    def make_index(self):
        taken = set(self.home.get_children().values_list("slug", flat=True))
        slug = next(s for s in INDEX_SLUGS if s not in taken)
        index = ForumIndexPage(title=INDEX_TITLE, slug=slug, intro=INDEX_INTRO, show_in_menus=True)
        self.home.add_child(instance=index)
        return base._publish(index, self.now - timedelta(days=100))

    def make_forum(self, index, page, sections, published, last=None):
        for order, (title, description) in enumerate(sections):
            page.sections.add(ForumSection(title=title, description=description, sort_order=order))
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        index.add_child(instance=page)
        return base._publish(page, published, last)

    def make_open_forum(self, index):
        opens = (self.now - timedelta(days=10)).replace(second=0, microsecond=0)
        directive = DirectivePage.objects.filter(number="23-CT/TU").first()
        original = None
        if directive is not None:
            link = directive.files.filter(is_original=True).select_related("document").first()
            original = link.document if link else None
        directive_link = (
            f'<a linktype="page" id="{directive.pk}">Chỉ thị số 23-CT/TU</a>' if directive else "Chỉ thị số 23-CT/TU"
        )
        tasks = "".join(f"<li>{html.escape(title, quote=False)}</li>" for title, _ in OPEN_SECTIONS)
        subject = (
            f"<p>Ngày 15/5/2023, Ban Thường vụ Thành ủy ban hành {directive_link} về đổi mới, nâng cao chất lượng "
            "và hiệu quả công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng. Sau hơn ba năm "
            "thực hiện, Ban Tuyên giáo Thành ủy chuẩn bị tham mưu Thành ủy đưa những cách làm hiệu quả vào quy "
            "định chung của Đảng bộ thành phố.</p>"
            + _p(
                "Diễn đàn mở để cán bộ, đảng viên và người dân các phường, xã cho biết việc học tập nghị quyết ở "
                "nơi mình đã đổi khác ra sao, còn vướng ở đâu và nên làm gì tiếp. Mỗi ý kiến có thể gắn với một "
                "trong bốn nhóm nhiệm vụ Chỉ thị giao:"
            )
            + f"<ul>{tasks}</ul>"
            + _p(
                "Ý kiến được duyệt trước khi đăng. Người góp ý ghi rõ phường, xã nơi mình sống hoặc làm việc; "
                "ý kiến gửi qua hội nghị, thư hoặc điện thoại được Ban biên tập nhập lại và ghi rõ nguồn."
            )
        )
        if original is not None:
            subject += f'<p>Toàn văn Chỉ thị: <a linktype="document" id="{original.pk}">{original.title}</a>.</p>'
        page = ForumPage(
            title=OPEN_TITLE,
            slug="gop-y-thuc-hien-chi-thi-23-ct-tu",
            subject=subject,
            opens_at=opens,
            closes_at=opens + timedelta(days=30),
            comment_rule=RULE_PRE,
            require_locality=True,
        )
        if directive is not None:
            page.forum_directives.add(ForumDirective(directive=directive, sort_order=0))
        if original is not None:
            page.forum_files.add(ForumFile(document=original, sort_order=0))
        page = self.make_forum(index, page, OPEN_SECTIONS, opens - timedelta(hours=2))
        self.add_comments(page, OPEN_OPINIONS, opens, end=page.closes_at)
        return page

    def make_closed_forum(self, index):
        closes_day = timezone.localtime(self.now - timedelta(days=60), base.LOCAL_TZ).date()
        closes = datetime.combine(closes_day, time(17, 0), base.LOCAL_TZ)
        opens = datetime.combine(closes_day - timedelta(days=30), time(7, 30), base.LOCAL_TZ)
        draft = media.save_document(
            "Dự thảo Kế hoạch phát triển cây xanh đô thị giai đoạn 2026–2030",
            media.make_directive_pdf(PDF_GREENERY),
            "du-thao-ke-hoach-cay-xanh-do-thi-2026-2030.pdf",
        )
        subject = (
            _p(
                "Ủy ban nhân dân thành phố lấy ý kiến nhân dân về dự thảo Kế hoạch phát triển cây xanh đô thị giai "
                "đoạn 2026–2030 do Sở Xây dựng soạn thảo. Dự thảo đặt chỉ tiêu trồng mới ít nhất 50.000 cây bóng "
                "mát, thay thế cây già cỗi trên 12 tuyến phố trung tâm và giao hộ gia đình, cơ quan có mặt tiền "
                "chăm sóc cây trên vỉa hè trước nhà."
            )
            + _p(
                "Mời bạn đọc góp ý vào từng phần của dự thảo: chỉ tiêu, danh mục cây, tuyến đường trồng mới và "
                "thay thế, cách chăm sóc, bảo vệ cây và huy động nguồn lực xã hội."
            )
            + f'<p>Toàn văn dự thảo: <a linktype="document" id="{draft.pk}">{draft.title}</a>.</p>'
        )
        page = ForumPage(
            title=CLOSED_TITLE,
            slug="du-thao-ke-hoach-phat-trien-cay-xanh-do-thi",
            subject=subject,
            opens_at=opens,
            closes_at=closes,
            comment_rule=RULE_PRE,
            synthesis=self.greenery_synthesis(opens, closes),
        )
        page.forum_files.add(ForumFile(document=draft, sort_order=0))
        page = self.make_forum(
            index, page, CLOSED_SECTIONS, opens - timedelta(days=1), min(closes + timedelta(days=14), self.now)
        )
        self.add_comments(page, CLOSED_OPINIONS, opens, end=closes)
        return page

    def greenery_synthesis(self, opens, closes):
        published = [c for c in CLOSED_OPINIONS if c.status == APPROVED]
        stances = {
            key: sum(1 for c in published if c.stance == key) for key in ("dong-y", "khong-dong-y", "y-kien-khac")
        }
        return (
            _p(
                f"Từ ngày {_local_date(opens)} đến ngày {_local_date(closes)}, diễn đàn nhận "
                f"{len(CLOSED_OPINIONS)} ý kiến; {len(published)} ý kiến được đăng, "
                f"{len(CLOSED_OPINIONS) - len(published)} ý kiến không đăng vì là quảng cáo hoặc có lời lẽ không "
                f"phù hợp. Trong số ý kiến được đăng có {stances['dong-y']} ý kiến đồng ý với dự thảo, "
                f"{stances['khong-dong-y']} ý kiến không đồng ý với một số nội dung và {stances['y-kien-khac']} ý "
                "kiến khác."
            )
            + "<h3>Những đề xuất chính</h3><ul>"
            + "<li>Ưu tiên cây bản địa cho bóng mát; phát cây giống đúng danh mục; trồng thêm ở kênh rạch, trường "
            "học, trạm y tế vùng ven; làm đường mới thì chừa sẵn bồn cây đủ rộng.</li>"
            + "<li>Giữ cây cổ thụ còn khỏe, chỉ thay cây sâu bệnh, nguy hiểm; chỉ tiêu chia theo từng phường, xã, "
            "có lộ trình từng năm, trồng vừa sức chăm sóc.</li>"
            + "<li>Cắt tỉa cây lớn phải do đơn vị chuyên môn làm; công bố số điện thoại nhận phản ánh; làm bản đồ "
            "số cây xanh; cho doanh nghiệp nhận chăm sóc từng đoạn đường.</li></ul>"
            + "<h3>Kết quả tiếp thu</h3>"
            + _p(
                "Sở Xây dựng đã chỉnh lý dự thảo trình Ủy ban nhân dân thành phố: bổ sung danh mục cây khuyến khích "
                "trồng, chủ yếu là loài bản địa; chỉ thay thế cây chết, sâu bệnh hoặc nghiêng đổ nguy hiểm, giữ lại "
                "và lập hồ sơ theo dõi cây cổ thụ; giữ chỉ tiêu 50.000 cây nhưng chia theo năm và theo từng phường, "
                "xã, kèm chỉ tiêu tỷ lệ cây sống; hộ gia đình chỉ tưới và giữ vệ sinh gốc cây, việc cắt tỉa giao "
                "đơn vị chuyên môn. Đề xuất bản đồ số cây xanh được đưa vào kế hoạch chuyển đổi số năm 2027; các ý "
                "kiến chưa tiếp thu được giải trình trong báo cáo gửi kèm tờ trình."
            )
        )

    def make_upcoming_forum(self, index):
        opens_day = timezone.localtime(self.now + timedelta(days=5), base.LOCAL_TZ).date()
        opens = datetime.combine(opens_day, time(7, 0), base.LOCAL_TZ)
        subject = _p(
            "Ủy ban nhân dân thành phố sẽ lấy ý kiến nhân dân về dự thảo Kế hoạch cải cách hành chính năm 2027: "
            "tiếp tục cắt giảm giấy tờ và thời gian giải quyết hồ sơ, đưa thêm thủ tục lên dịch vụ công trực tuyến "
            "toàn trình, và đánh giá cán bộ, công chức theo mức độ hài lòng của người dân."
        ) + _p(
            "Dự thảo sẽ được đăng kèm khi diễn đàn mở. Người dân, doanh nghiệp từng làm thủ tục tại các cơ quan "
            "của thành phố và phường, xã được mời kể lại những chỗ còn vướng và đề xuất cách làm gọn hơn."
        )
        page = ForumPage(
            title=UPCOMING_TITLE,
            slug="du-thao-ke-hoach-cai-cach-hanh-chinh-2027",
            subject=subject,
            opens_at=opens,
            closes_at=opens + timedelta(days=30),
            comment_rule=RULE_PRE,
        )
        return self.make_forum(index, page, UPCOMING_SECTIONS, self.now - timedelta(days=1, hours=2))

    # ------------------------------------------------------------ article rules

    def set_rules(self):
        """As an editor would: a new revision, published, keeping the publication dates."""
        for title in POST_MODERATED + (CLOSED,):
            page = ArticlePage.objects.filter(title=title).first()
            if page is None:
                continue
            if title == CLOSED:
                page.comments_closed = True
            else:
                page.comment_rule = RULE_POST
            base._publish(page, page.first_published_at, page.last_published_at)

    # ------------------------------------------------------------ comments

    def email(self, spec):
        if spec.email is not None or spec.source:
            return spec.email or ""
        if spec.who not in self.emails:
            # "Nguyễn Văn Hùng" -> hung.nguyen@example.vn (given name, then family name)
            words = "".join(ch for ch in fold_vietnamese(spec.who) if ch.isalnum() or ch == " ").split()
            local = f"{words[-1]}.{words[0]}" if len(words) > 1 else words[0]
            taken, candidate, n = set(self.emails.values()), local, 2
            while f"{candidate}@example.vn" in taken:
                candidate, n = f"{local}{n}", n + 1
            self.emails[spec.who] = f"{candidate}@example.vn"
        return self.emails[spec.who]

    def ip(self, spec, email):
        if spec.source:
            return None
        return f"203.0.113.{2 + zlib.crc32((email or spec.who).encode()) % 252}"  # RFC 5737 documentation range

    def reporter_key(self, number):
        if number not in self.reporters:
            self.reporters[number] = hashlib.sha256(f"demo-reporter-{number}".encode()).hexdigest()
        return self.reporters[number]

    def add_comments(self, page, specs, start, end=None, rule=RULE_PRE):
        """Comments on one page. The specs' hours are squeezed to fit between `start` and
        the end of the comment window (or now), keeping their order."""
        end = min(end or start + COMMENT_WINDOW, self.now - timedelta(minutes=3))
        delays = {}  # id(spec) -> hours from sending to moderation
        latest = 0.0
        for spec in specs:
            for item in (spec, *spec.replies):
                delays[id(item)] = 0 if rule == RULE_POST else self.rng.uniform(0.4, 3.0)
                done = item.at + delays[id(item)]
                extra = [r[3] for r in item.reports] + ([item.official[2]] if item.official else [])
                latest = max(latest, done + max(extra, default=0))
        available = max((end - start).total_seconds() / 3600, 0.05)
        scale = min(1.0, 0.95 * available / max(latest, 0.1))

        def when(hours):
            return start + timedelta(hours=hours * scale)

        def build(spec, parent=None):
            at = spec.at
            if parent is not None:  # a reply comes after the comment it answers was shown
                at = max(at, parent.at + delays[id(parent)] + 0.3)
            created = when(at)
            moderated = when(at + delays[id(spec)])
            email = self.email(spec)
            comment = Comment(
                page_id=page.pk,
                author_name=spec.who,
                author_email=email,
                locality=spec.locality,
                organisation=spec.organisation,
                body=spec.body,
                stance=spec.stance,
                section_id=sections[spec.section - 1] if spec.section else None,
                status=spec.status,
                status_reason=spec.reason,
                featured=spec.featured and spec.status == APPROVED,
                created_at=created,
                ip_address=self.ip(spec, email),
                source=spec.source,
                entered_by=None,
            )
            if spec.status == APPROVED:
                comment.moderated_at = moderated
                if rule == RULE_POST and not spec.source:
                    comment.status_reason = spec.reason or POST_REASON
                else:
                    comment.moderated_by = self.moderator
            elif spec.status in (REJECTED, WITHDRAWN):
                comment.moderated_at = moderated
                comment.moderated_by = self.moderator
            elif spec.status == PENDING:
                comment.status_reason = spec.reason or PRE_REASON
                comment.notify_on_publish = self.rng.random() < 0.5
            if spec.official:
                text, by, hours = spec.official
                comment.official_reply, comment.official_reply_by = text, by
                comment.official_reply_at = when(at + delays[id(spec)] + hours)
            return comment

        sections = list(page.sections.values_list("pk", flat=True)) if isinstance(page, ForumPage) else []
        tops = [build(spec) for spec in specs]
        Comment.objects.bulk_create(tops)
        replies = []
        for spec, parent in zip(specs, tops, strict=True):
            for reply_spec in spec.replies:
                reply = build(reply_spec, parent=spec)
                reply.parent_id = parent.pk
                replies.append(reply)
        Comment.objects.bulk_create(replies)
        reports = []
        for spec, comment in zip(specs, tops, strict=True):
            for reason, note, number, hours in spec.reports:
                reports.append(
                    CommentReport(
                        comment_id=comment.pk,
                        reason=reason,
                        note=note,
                        reporter_key=self.reporter_key(number),
                        created_at=when(spec.at + delays[id(spec)] + hours),
                    )
                )
        CommentReport.objects.bulk_create(reports)
        self.comments += len(tops) + len(replies)
        self.replies += len(replies)
        self.reports += len(reports)
        self.pages.add(page.pk)

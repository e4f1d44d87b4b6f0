"""Demo directive libraries (văn bản chỉ đạo) and exemplar registries (điển hình
tiên tiến) for both outlets: issuing bodies, wards and communes, sectors,
directives with their files, relations and milestones, the articles that cite
them, exemplars, readers' nominations, and the home page and thematic page
blocks that show them.

Everything is fictional (numbers, people, units, awards, decisions) except:
Directive 23-CT/TU of 15/5/2023 by the Standing Committee of the Cần Thơ City
Party Committee (its date, issuer, subject and four tasks), and the Central
documents named by their public number, date and subject (Nghị quyết
28-NQ/TW, Kết luận 01-KL/TW, Nghị quyết 57-NQ/TW). All the texts are written
for the demo.

`load()` is idempotent: it does nothing if the city outlet already has its
directive library. The loader calls it for a new demo, and for a demo loaded
before the libraries existed.
"""

import html
import uuid
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.core.text import vn_slugify
from cms.directives.models import (
    ArticleCitation,
    DirectiveFile,
    DirectiveIndexPage,
    DirectivePage,
    DirectiveRelation,
    Issuer,
    Milestone,
)
from cms.exemplars.models import (
    ExemplarArticle,
    ExemplarDirective,
    ExemplarIndexPage,
    ExemplarPage,
    Locality,
    Nomination,
    Recognition,
    Sector,
)
from cms.news.models import ArticlePage, HomePage, ThematicPage

from . import loader as base
from . import media
from .content import CITY, DISTRICT, DOCUMENTS, HERO_IMAGES, OUTLETS

# ---------------------------------------------------------------- snippets

# key: (name, short name, code in the numbers, level)
ISSUERS = {
    "bch-tw": ("Ban Chấp hành Trung ương Đảng", "BCH Trung ương", "TW", "trung-uong"),
    "bct": ("Bộ Chính trị", "Bộ Chính trị", "TW", "trung-uong"),
    "thanh-uy": ("Thành ủy Cần Thơ", "Thành ủy", "TU", "thanh-uy"),
    "btv-tu": ("Ban Thường vụ Thành ủy Cần Thơ", "BTV Thành ủy", "TU", "thanh-uy"),
    "btg-tu": ("Ban Tuyên giáo Thành ủy Cần Thơ", "Ban Tuyên giáo Thành ủy", "BTGTU", "thanh-uy"),
    "ubnd-tp": ("Ủy ban nhân dân thành phố Cần Thơ", "UBND TP", "UBND", "ubnd-thanh-pho"),
    "du-ninh-kieu": ("Đảng ủy phường Ninh Kiều", "Đảng ủy P. Ninh Kiều", "ĐU", "dang-uy-phuong-xa"),
    "ubnd-ninh-kieu": ("Ủy ban nhân dân phường Ninh Kiều", "UBND P. Ninh Kiều", "UBND", "ubnd-phuong-xa"),
}

# Wards (phường) and communes (xã) of the city after the 2025 reorganisation.
LOCALITIES = {
    "Ninh Kiều": "phuong",
    "Cái Khế": "phuong",
    "Tân An": "phuong",
    "An Bình": "phuong",
    "Bình Thủy": "phuong",
    "Long Tuyền": "phuong",
    "Cái Răng": "phuong",
    "Hưng Phú": "phuong",
    "Thới An Đông": "phuong",
    "Ô Môn": "phuong",
    "Thốt Nốt": "phuong",
    "Phong Điền": "xa",
    "Nhơn Ái": "xa",
    "Thới Lai": "xa",
}

SECTORS = [
    "Xây dựng Đảng",
    "Kinh tế",
    "Nông nghiệp",
    "Giáo dục",
    "Y tế",
    "Văn hóa – xã hội",
    "An ninh trật tự",
    "Chuyển đổi số",
    "Đô thị – môi trường",
]

LIBRARIES = {
    CITY: (
        "Nghị quyết, chỉ thị, kết luận của Trung ương và của Thành ủy, văn bản của Ủy ban nhân dân thành phố. "
        "Tra cứu theo số hiệu, loại văn bản, cơ quan ban hành, năm ban hành và tình trạng hiệu lực; mỗi văn bản "
        "kèm file gốc, các văn bản liên quan và quá trình triển khai thực hiện."
    ),
    DISTRICT: (
        "Văn bản của Đảng ủy và Ủy ban nhân dân phường Ninh Kiều, cùng những văn bản cấp trên được cụ thể hóa "
        "trên địa bàn phường."
    ),
}

REGISTRIES = {
    CITY: (
        "Cá nhân, tập thể, mô hình và sáng kiến tiêu biểu ở các phường, xã trong thực hiện nghị quyết, chỉ thị "
        "của Đảng: những cách làm hay đáng để học tập, nhân rộng."
    ),
    DISTRICT: "Người tốt, việc tốt và những cách làm hay ở các khu vực của phường Ninh Kiều.",
}

# ---------------------------------------------------------------- PDF files of four directives

_PARTY_CITY = ["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "THÀNH ỦY"]
_DEMO_FOOTER = "Văn bản mẫu phục vụ trình diễn hệ thống, không có giá trị pháp lý."

PDF_23 = {
    "party": True,
    "issuer": _PARTY_CITY,
    "number": "23-CT/TU",
    "place_date": "Cần Thơ, ngày 15 tháng 5 năm 2023",
    "kind": "CHỈ THỊ",
    "about": [
        "về đổi mới, nâng cao chất lượng và hiệu quả công tác nghiên cứu,",
        "học tập, quán triệt chủ trương, đường lối của Đảng",
    ],
    "paragraphs": [
        "Những năm qua, cấp ủy các cấp trong Đảng bộ thành phố đã quan tâm tổ chức cho cán bộ, đảng viên "
        "nghiên cứu, học tập các nghị quyết, chỉ thị của Đảng và đạt nhiều kết quả. Tuy vậy, ở không ít nơi "
        "việc học tập vẫn nặng về hình thức; tài liệu chưa sát với từng đối tượng; chương trình, kế hoạch thực "
        "hiện được ban hành chậm; một bộ phận cán bộ, đảng viên còn thụ động, học cho có.",
        "Để chủ trương, đường lối của Đảng đến với cán bộ, đảng viên và nhân dân nhanh hơn, thực chất hơn, Ban "
        "Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị xác định đổi mới công tác này là "
        "nhiệm vụ quan trọng, phải làm thường xuyên và là một khâu đột phá khi thực hiện Nghị quyết số 28-NQ/TW "
        "của Hội nghị Trung ương 6 khóa XIII; người đứng đầu cấp ủy trực tiếp chủ trì và chịu trách nhiệm.",
        "Việc tổ chức học tập phải chặt chẽ, khoa học, đúng quy trình; chương trình, kế hoạch thực hiện bám "
        "sát chức năng, nhiệm vụ và điều kiện của từng địa phương, đơn vị. Cán bộ chủ chốt các cấp gương mẫu "
        "học trước, làm trước. Kết quả quán triệt và thực hiện nghị quyết là một tiêu chí khi đánh giá, xếp "
        "loại tổ chức đảng, cán bộ, đảng viên hằng năm; chú trọng giám sát các hội nghị trực tuyến.",
        "Kết hợp hợp lý hội nghị trực tiếp, trực tuyến và tuyên truyền miệng; mở rộng đối tượng được tiếp cận "
        "nghị quyết với nội dung phù hợp từng nhóm; ứng dụng công nghệ số gắn với bảo vệ nền tảng tư tưởng của "
        "Đảng. Mặt trận Tổ quốc và các tổ chức chính trị – xã hội đưa chủ trương của Đảng đến đoàn viên, hội "
        "viên và nhân dân bằng những cách làm gần gũi, thiết thực.",
    ],
    "tasks_intro": "Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các ban xây dựng Đảng và Văn phòng Thành ủy "
    "tham mưu Ban Thường vụ Thành ủy:",
    "tasks": [
        "Xây dựng quy định của Thành ủy về quán triệt, triển khai nghị quyết, chỉ thị của Đảng; biên soạn tài "
        "liệu phù hợp từng loại hình tổ chức đảng và từng đối tượng; tổ chức hội nghị gọn, linh hoạt; kiểm tra "
        "nhận thức lý luận của cán bộ, đảng viên; tổng hợp và nhân rộng những cách làm hay.",
        "Rà soát, kiện toàn đội ngũ báo cáo viên các cấp và tuyên truyền viên cơ sở; phân công người trình bày "
        "đúng năng lực, sở trường; bài giới thiệu nghị quyết ngắn gọn, dễ hiểu, gắn với thực tế thành phố.",
        "Định hướng báo chí, truyền thông của thành phố đăng tải kịp thời nghị quyết, chỉ thị, quy định mới; "
        "mở chuyên trang, chuyên mục phân tích, giải thích; giới thiệu nhân tố mới, điển hình tiên tiến và mở "
        "diễn đàn để nhân dân góp ý về việc thực hiện.",
        "Theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này; tham mưu Ban Thường vụ Thành ủy sơ kết, tổng "
        "kết theo quy định.",
    ],
    "closing": ["Chỉ thị này được quán triệt đến chi bộ."],
    "signer": ["T/M BAN THƯỜNG VỤ", "(Bản trình bày lại, không kèm chữ ký)"],
    "recipients": [
        "Ban Bí thư Trung ương Đảng (để báo cáo),",
        "Các đồng chí Thành ủy viên,",
        "Các quận ủy, huyện ủy, đảng ủy trực thuộc,",
        "Các ban, cơ quan, đơn vị của Thành ủy,",
        "Lưu Văn phòng Thành ủy.",
    ],
    "footer": "Văn bản trình bày lại phục vụ bạn đọc và trình diễn hệ thống, không thay thế bản gốc.",
}

PDF_126 = {
    "party": False,
    "issuer": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
    "number": "126/KH-UBND",
    "place_date": "Cần Thơ, ngày 20 tháng 6 năm 2023",
    "kind": "KẾ HOẠCH",
    "about": [
        "Triển khai thực hiện Chỉ thị số 23-CT/TU ngày 15/5/2023",
        "của Ban Thường vụ Thành ủy trong các cơ quan",
        "hành chính nhà nước thành phố",
    ],
    "paragraphs": [
        "Thực hiện Chỉ thị số 23-CT/TU ngày 15/5/2023 của Ban Thường vụ Thành ủy về đổi mới, nâng cao chất "
        "lượng và hiệu quả công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng, Ủy ban "
        "nhân dân thành phố ban hành Kế hoạch triển khai trong các cơ quan hành chính nhà nước như sau.",
        "Kế hoạch nhằm giúp cán bộ, công chức, viên chức nắm chắc và vận dụng đúng chủ trương của Đảng khi "
        "xây dựng, thực thi chính sách; kết quả học tập được gắn với việc hoàn thành nhiệm vụ chuyên môn của "
        "từng cơ quan, đơn vị và là một căn cứ đánh giá cuối năm.",
    ],
    "tasks_intro": "Nhiệm vụ cụ thể:",
    "tasks": [
        "Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân quận, huyện đưa nội dung học tập, quán triệt "
        "nghị quyết vào chương trình công tác hằng quý và trực tiếp chỉ đạo thực hiện.",
        "Sở Thông tin và Truyền thông bảo đảm đường truyền hội nghị trực tuyến đến cấp xã; đăng tải văn bản, "
        "tài liệu học tập trên Cổng thông tin điện tử thành phố.",
        "Sở Tài chính hướng dẫn bố trí kinh phí tổ chức hội nghị, biên soạn tài liệu trong dự toán hằng năm "
        "của các cơ quan, đơn vị.",
        "Sở Nội vụ theo dõi, tổng hợp kết quả; các cơ quan, đơn vị gửi báo cáo trước ngày 15 tháng 12 hằng năm.",
    ],
    "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Bảo"],
    "recipients": [
        "Thường trực Thành ủy (để báo cáo),",
        "Thường trực HĐND thành phố,",
        "Các sở, ban, ngành thành phố,",
        "UBND các quận, huyện,",
        "Lưu: VT.",
    ],
    "footer": _DEMO_FOOTER,
}

PDF_07 = {
    "party": True,
    "issuer": ["THÀNH ỦY CẦN THƠ", "BAN TUYÊN GIÁO"],
    "number": "07-HD/BTGTU",
    "place_date": "Cần Thơ, ngày 05 tháng 7 năm 2023",
    "kind": "HƯỚNG DẪN",
    "about": [
        "tổ chức học tập, quán triệt nghị quyết, chỉ thị của Đảng",
        "theo hình thức trực tiếp kết hợp trực tuyến",
    ],
    "paragraphs": [
        "Thực hiện Chỉ thị số 23-CT/TU ngày 15/5/2023 của Ban Thường vụ Thành ủy, Ban Tuyên giáo Thành ủy "
        "hướng dẫn việc tổ chức học tập, quán triệt nghị quyết, chỉ thị của Đảng theo hình thức trực tiếp kết "
        "hợp trực tuyến như sau.",
        "Hội nghị cấp thành phố được tổ chức tại điểm cầu chính và kết nối đến các quận ủy, huyện ủy, đảng ủy "
        "trực thuộc và những đảng ủy cơ sở đủ điều kiện. Mỗi điểm cầu có một đồng chí cấp ủy viên chủ trì, chịu "
        "trách nhiệm về số lượng và chất lượng người dự.",
    ],
    "tasks_intro": "Các bước tổ chức:",
    "tasks": [
        "Trước hội nghị: gửi tài liệu tóm tắt không quá bốn trang và câu hỏi gợi ý thảo luận đến chi bộ chậm "
        "nhất ba ngày.",
        "Trong hội nghị: báo cáo viên trình bày những điểm cốt lõi, dành ít nhất một phần tư thời lượng để "
        "trao đổi, giải đáp.",
        "Sau hội nghị: đảng viên viết thu hoạch hoặc làm bài kiểm tra ngắn trên phần mềm; chi bộ thảo luận và "
        "xây dựng chương trình hành động.",
        "Cấp ủy báo cáo kết quả về Ban Tuyên giáo Thành ủy trong 15 ngày kể từ ngày tổ chức hội nghị.",
    ],
    "signer": ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lâm Thị Ngọc Hân"],
    "recipients": [
        "Thường trực Thành ủy (để báo cáo),",
        "Ban tuyên giáo các quận ủy, huyện ủy, đảng ủy trực thuộc,",
        "Lưu Ban Tuyên giáo Thành ủy.",
    ],
    "footer": _DEMO_FOOTER,
}

PDF_15 = {
    "party": True,
    "issuer": _PARTY_CITY,
    "number": "15-QĐi/TU",
    "place_date": "Cần Thơ, ngày 26 tháng 02 năm 2024",
    "kind": "QUY ĐỊNH",
    "about": [
        "về quán triệt, triển khai, kiểm tra và sơ kết, tổng kết việc thực hiện",
        "nghị quyết, chỉ thị của Đảng trên địa bàn thành phố",
    ],
    "paragraphs": [
        "Căn cứ Điều lệ Đảng và Quy chế làm việc của Thành ủy khóa XIV; thực hiện Chỉ thị số 23-CT/TU ngày "
        "15/5/2023 của Ban Thường vụ Thành ủy, Ban Thường vụ Thành ủy quy định như sau.",
        "Điều 1. Phạm vi áp dụng. Quy định này áp dụng đối với các cấp ủy, tổ chức đảng, cán bộ, đảng viên "
        "trong Đảng bộ thành phố khi học tập, quán triệt và thực hiện nghị quyết, chỉ thị, quy định, kết luận "
        "của Trung ương và của Thành ủy.",
        "Điều 2. Thời hạn. Hội nghị cấp thành phố được tổ chức chậm nhất 30 ngày, cấp cơ sở chậm nhất 45 ngày "
        "sau khi nhận văn bản; chương trình hoặc kế hoạch thực hiện được ban hành trong 60 ngày.",
    ],
    "tasks_intro": "Điều 3. Yêu cầu đối với việc tổ chức:",
    "tasks": [
        "Tài liệu tóm tắt được biên soạn riêng cho đảng viên ở chi bộ, cho đoàn viên, hội viên và cho nhân dân.",
        "Hội nghị được tổ chức trực tiếp, trực tuyến hoặc kết hợp; mỗi điểm cầu trực tuyến điểm danh và báo "
        "cáo số người dự.",
        "Sau hội nghị có kiểm tra nhận thức bằng bài thu hoạch hoặc trắc nghiệm; kết quả là căn cứ xếp loại "
        "đảng viên cuối năm.",
        "Việc sơ kết, tổng kết theo đúng thời hạn ghi trong văn bản; cách làm hay được Ban Tuyên giáo Thành ủy "
        "tổng hợp và giới thiệu trên báo chí của thành phố.",
    ],
    "closing": [
        "Điều 4. Hiệu lực. Quy định này có hiệu lực từ ngày ký và thay thế Quy định số 09-QĐi/TU ngày "
        "12/3/2020 của Ban Thường vụ Thành ủy."
    ],
    "signer": ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Phan Văn Lực"],
    "recipients": [
        "Ban Bí thư Trung ương Đảng (để báo cáo),",
        "Các đồng chí Thành ủy viên,",
        "Các quận ủy, huyện ủy, đảng ủy trực thuộc,",
        "Lưu Văn phòng Thành ủy.",
    ],
    "footer": _DEMO_FOOTER,
}

# ---------------------------------------------------------------- directives

# In creation order: a relation points to a directive listed before it. "issued":
# ISO date or a number of days before today; "effective_from" likewise, or a
# number of days after today (positive). "document": an existing demo PDF
# (content.DOCUMENTS); "pdf": one drawn here.
DIRECTIVES = [
    {
        "key": "28-NQ/TW",
        "kind": "nghi-quyet",
        "issuer": "bch-tw",
        "title": "Tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai "
        "đoạn mới",
        "summary": "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Văn bản đặt yêu cầu "
        "tiếp tục đổi mới nội dung và cách thức lãnh đạo của Đảng đối với Nhà nước, Mặt trận Tổ quốc và các "
        "tổ chức chính trị – xã hội, nâng cao năng lực cầm quyền và sức chiến đấu của tổ chức đảng các cấp.",
        "issued": "2022-11-17",
        "signer": ("Nguyễn Phú Trọng", "Tổng Bí thư"),
        "tags": ("Nghị quyết", "Xây dựng Đảng"),
    },
    {
        "key": "01-KL/TW",
        "kind": "ket-luan",
        "issuer": "bct",
        "title": "Tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh",
        "summary": "Bộ Chính trị yêu cầu đưa việc học tập và làm theo Bác thành việc làm thường xuyên, tự giác của "
        "mỗi tổ chức đảng, cán bộ, đảng viên; gắn với trách nhiệm nêu gương của người đứng đầu và việc phát "
        "hiện, tôn vinh những tấm gương người tốt, việc tốt ở cơ sở.",
        "issued": "2021-05-18",
        "tags": ("Làm theo Bác", "Nêu gương"),
    },
    {
        "key": "57-NQ/TW",
        "kind": "nghi-quyet",
        "issuer": "bct",
        "title": "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "summary": "Bộ Chính trị xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan "
        "trọng hàng đầu để phát triển nhanh và bền vững; yêu cầu các cấp ủy, chính quyền hoàn thiện thể chế, "
        "phát triển hạ tầng số và nguồn nhân lực, lấy người dân và doanh nghiệp làm trung tâm.",
        "issued": "2024-12-22",
        "signer": ("Tô Lâm", "Tổng Bí thư"),
        "tags": ("Chuyển đổi số", "Nghị quyết"),
    },
    {
        "key": "23-CT/TU",
        "kind": "chi-thi",
        "issuer": "btv-tu",
        "title": "Đổi mới, nâng cao chất lượng và hiệu quả công tác nghiên cứu, học tập, quán triệt chủ trương, "
        "đường lối của Đảng",
        "summary": "Ban Thường vụ Thành ủy yêu cầu cấp ủy các cấp coi việc học tập, quán triệt chủ trương, đường "
        "lối của Đảng là việc trọng tâm, làm thường xuyên và là khâu đột phá khi thực hiện Nghị quyết "
        "28-NQ/TW. Người đứng đầu cấp ủy trực tiếp chủ trì; tài liệu và cách tổ chức phải hợp với từng đối "
        "tượng, kết hợp học trực tiếp với trực tuyến; kết quả thực hiện nghị quyết được tính khi đánh giá cán "
        "bộ, đảng viên hằng năm. Chỉ thị giao bốn nhóm việc: quy định về quán triệt nghị quyết, đội ngũ báo cáo "
        "viên, vai trò của báo chí và việc theo dõi, sơ kết, tổng kết.",
        "issued": "2023-05-15",
        "published": "2023-05-15 08:00",
        "tags": ("Chỉ thị 23-CT/TU", "Nghị quyết", "Công tác tuyên giáo"),
        "relations": (("implements", "28-NQ/TW"),),
        "pdf": PDF_23,
        "pdf_title": "Chỉ thị số 23-CT/TU ngày 15/5/2023 của Ban Thường vụ Thành ủy",
    },
    {
        "key": "126/KH-UBND",
        "kind": "ke-hoach",
        "issuer": "ubnd-tp",
        "title": "Triển khai thực hiện Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy trong các cơ quan hành "
        "chính nhà nước thành phố",
        "summary": "Ủy ban nhân dân thành phố giao các sở, ban, ngành và Ủy ban nhân dân quận, huyện đưa việc học "
        "tập, quán triệt nghị quyết vào chương trình công tác hằng quý, bảo đảm đường truyền hội nghị trực "
        "tuyến đến cấp xã, bố trí kinh phí trong dự toán và báo cáo kết quả trước ngày 15 tháng 12 hằng năm.",
        "issued": "2023-06-20",
        "signer": ("Trần Quốc Bảo", "Phó Chủ tịch Ủy ban nhân dân thành phố"),
        "tags": ("Chỉ thị 23-CT/TU", "Kế hoạch"),
        "relations": (("implements", "23-CT/TU"),),
        "pdf": PDF_126,
        "pdf_title": "Kế hoạch số 126/KH-UBND triển khai Chỉ thị 23-CT/TU",
    },
    {
        "key": "07-HD/BTGTU",
        "kind": "huong-dan",
        "issuer": "btg-tu",
        "title": "Tổ chức học tập, quán triệt nghị quyết, chỉ thị của Đảng theo hình thức trực tiếp kết hợp trực tuyến",
        "summary": "Hướng dẫn các bước tổ chức hội nghị học tập nghị quyết theo tinh thần Chỉ thị 23-CT/TU: gửi "
        "tài liệu tóm tắt và câu hỏi thảo luận trước cho chi bộ, kết nối điểm cầu trực tuyến đến đảng ủy cơ "
        "sở, dành thời lượng cho trao đổi, kiểm tra nhận thức sau hội nghị và báo cáo kết quả trong 15 ngày.",
        "issued": "2023-07-05",
        "signer": ("Lâm Thị Ngọc Hân", "Phó Trưởng Ban Tuyên giáo Thành ủy"),
        "tags": ("Chỉ thị 23-CT/TU", "Công tác tuyên giáo"),
        "relations": (("guides", "23-CT/TU"),),
        "pdf": PDF_07,
        "pdf_title": "Hướng dẫn số 07-HD/BTGTU về học tập nghị quyết trực tiếp kết hợp trực tuyến",
    },
    {
        "key": "09-QĐi/TU",
        "kind": "quy-dinh",
        "issuer": "btv-tu",
        "title": "Quán triệt, triển khai và kiểm tra việc thực hiện nghị quyết, chỉ thị của Đảng trong Đảng bộ "
        "thành phố",
        "summary": "Quy định trình tự tổ chức học tập, quán triệt nghị quyết, chỉ thị ở các cấp; thời hạn ban "
        "hành chương trình, kế hoạch thực hiện và chế độ báo cáo, kiểm tra của cấp ủy.",
        "issued": "2020-03-12",
        "signer": ("Phan Văn Lực", "Phó Bí thư Thường trực Thành ủy"),
        "tags": ("Nghị quyết", "Công tác tuyên giáo"),
    },
    {
        "key": "15-QĐi/TU",
        "kind": "quy-dinh",
        "issuer": "btv-tu",
        "title": "Quán triệt, triển khai, kiểm tra và sơ kết, tổng kết việc thực hiện nghị quyết, chỉ thị của Đảng "
        "trên địa bàn thành phố",
        "summary": "Cụ thể hóa nhiệm vụ thứ nhất của Chỉ thị 23-CT/TU và thay thế Quy định 09-QĐi/TU năm 2020. "
        "Quy định rút ngắn thời hạn tổ chức học tập sau khi nghị quyết được ban hành, yêu cầu tài liệu riêng "
        "cho từng đối tượng, cho phép học trực tuyến có điểm danh và bắt buộc kiểm tra nhận thức sau hội nghị.",
        "issued": "2024-02-26",
        "signer": ("Phan Văn Lực", "Phó Bí thư Thường trực Thành ủy"),
        "tags": ("Chỉ thị 23-CT/TU", "Nghị quyết"),
        "relations": (("replaces", "09-QĐi/TU"), ("implements", "23-CT/TU")),
        "pdf": PDF_15,
        "pdf_title": "Quy định số 15-QĐi/TU về quán triệt, triển khai nghị quyết, chỉ thị của Đảng",
    },
    {
        "key": "145-TB/TU",
        "kind": "thong-bao",
        "issuer": "btv-tu",
        "title": "Kết luận của Ban Thường vụ Thành ủy tại hội nghị sơ kết một năm thực hiện Chỉ thị số 23-CT/TU",
        "summary": "Sau một năm, việc học tập nghị quyết đã gọn hơn, tài liệu sát đối tượng hơn và hội nghị trực "
        "tuyến đã đến đảng ủy cơ sở; tuy vậy việc kiểm tra nhận thức sau học tập ở một số nơi còn hình thức. "
        "Ban Thường vụ yêu cầu khắc phục trong năm 2024 và nhân rộng các mô hình hay ở chi bộ khu vực, ấp.",
        "issued": "2024-05-20",
        "signer": ("Phan Văn Lực", "Phó Bí thư Thường trực Thành ủy"),
        "tags": ("Chỉ thị 23-CT/TU", "Sơ kết"),
    },
    {
        "key": "68-KL/TU",
        "kind": "ket-luan",
        "issuer": "btv-tu",
        "title": "Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo” trong tình hình mới",
        "summary": "Ban Thường vụ Thành ủy ghi nhận phong trào “Dân vận khéo” đã lan tỏa trong vận động hiến đất "
        "làm đường, giữ gìn vệ sinh môi trường và phát triển sản xuất; yêu cầu mỗi chi bộ có ít nhất một mô hình "
        "dân vận khéo, gắn với lắng nghe và giải quyết kịp thời kiến nghị của nhân dân.",
        "issued": "2022-04-14",
        "signer": ("Phan Văn Lực", "Phó Bí thư Thường trực Thành ủy"),
        "tags": ("Dân vận khéo", "Công tác dân vận"),
    },
    {
        "key": "31-CT/TU",
        "kind": "chi-thi",
        "issuer": "btv-tu",
        "title": "Tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự ở cơ sở",
        "summary": "Chỉ thị yêu cầu cấp ủy cơ sở trực tiếp lãnh đạo phong trào toàn dân bảo vệ an ninh Tổ quốc, "
        "củng cố tổ an ninh tự quản, nhân rộng mô hình camera giám sát do nhân dân đóng góp và xử lý dứt điểm "
        "các điểm phức tạp về trật tự ở khu dân cư.",
        "issued": "2024-08-06",
        "signer": ("Phan Văn Lực", "Phó Bí thư Thường trực Thành ủy"),
        "tags": ("An ninh trật tự", "Camera an ninh"),
    },
    {
        "key": "05-NQ/TU",
        "kind": "nghi-quyet",
        "issuer": "thanh-uy",
        "title": "Phát triển nông nghiệp đô thị, nông nghiệp ứng dụng công nghệ cao giai đoạn 2019–2025",
        "summary": "Nghị quyết của Ban Chấp hành Đảng bộ thành phố đặt mục tiêu hình thành vùng rau, cây ăn trái "
        "đạt chuẩn VietGAP ven đô, phát triển hợp tác xã kiểu mới và gắn sản xuất nông nghiệp với du lịch sinh "
        "thái. Nghị quyết áp dụng đến hết năm 2025.",
        "issued": "2019-07-19",
        "effective_until": "2025-12-31",
        "signer": ("Võ Minh Đức", "Bí thư Thành ủy"),
        "tags": ("Nông nghiệp đô thị", "Hợp tác xã"),
    },
    {
        "key": "1286/QĐ-UBND",
        "kind": "quyet-dinh",
        "issuer": "ubnd-tp",
        "title": "Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn thành phố",
        "summary": "Quy chế quy định đối tượng, tiêu chuẩn và thủ tục xét tặng danh hiệu thi đua, hình thức khen "
        "thưởng của Ủy ban nhân dân thành phố; chú trọng khen thưởng người lao động trực tiếp và các điển hình "
        "tiên tiến ở cơ sở.",
        "issued": "2019-05-28",
        "signer": ("Trương Minh Hiển", "Chủ tịch Ủy ban nhân dân thành phố"),
        "tags": ("Thi đua khen thưởng",),
    },
    {
        "key": "2034/QĐ-UBND",
        "kind": "quyet-dinh",
        "issuer": "ubnd-tp",
        "title": "Sửa đổi, bổ sung một số điều của Quy chế công tác thi đua, khen thưởng ban hành kèm Quyết định "
        "số 1286/QĐ-UBND",
        "summary": "Bổ sung hình thức khen thưởng đột xuất cho tập thể, cá nhân có mô hình, sáng kiến hiệu quả; "
        "rút ngắn thời gian xét duyệt và cho phép nộp hồ sơ đề nghị khen thưởng trực tuyến.",
        "issued": "2022-08-15",
        "signer": ("Trần Quốc Bảo", "Phó Chủ tịch Ủy ban nhân dân thành phố"),
        "tags": ("Thi đua khen thưởng",),
        "relations": (("amends", "1286/QĐ-UBND"),),
    },
    {
        "key": "45-KH/BTGTU",
        "kind": "ke-hoach",
        "issuer": "btg-tu",
        "title": "Tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025)",
        "summary": "Kế hoạch định hướng nội dung tuyên truyền, các hoạt động kỷ niệm, triển lãm ảnh và chương trình "
        "nghệ thuật ở cơ sở; giao Cổng thông tin điện tử Thành ủy mở chuyên trang về dịp kỷ niệm.",
        "issued": "2025-02-10",
        "effective_until": "2025-05-31",
        "signer": ("Nguyễn Thị Hồng Nhung", "Trưởng Ban Tuyên giáo Thành ủy"),
        "tags": ("50 năm thống nhất", "Kế hoạch"),
        "document": "ke-hoach-50-nam",
    },
    {
        "key": "1520-CV/TU",
        "kind": "cong-van",
        "issuer": "thanh-uy",
        "title": "Tổ chức lấy ý kiến nhân dân góp ý dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ "
        "XIV của Đảng",
        "summary": "Đề nghị các đảng ủy trực thuộc, Mặt trận Tổ quốc và các tổ chức chính trị – xã hội thành phố "
        "tổ chức cho đảng viên và nhân dân góp ý bằng nhiều hình thức, kể cả trực tuyến; tổng hợp ý kiến gửi về "
        "Văn phòng Thành ủy đúng thời hạn.",
        "issued": "2025-10-16",
        "signer": ("Phan Văn Lực", "Phó Bí thư Thường trực Thành ủy"),
        "tags": ("Góp ý văn kiện",),
    },
    {
        "key": "35/KH-UBND",
        "kind": "ke-hoach",
        "issuer": "ubnd-tp",
        "title": "Thực hiện chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số năm 2026",
        "summary": "Cụ thể hóa Nghị quyết 57-NQ/TW trong năm 2026: từ 80% hồ sơ thủ tục hành chính trở lên được "
        "giải quyết trực tuyến toàn trình, toàn bộ hồ sơ công việc cấp thành phố và cấp xã xử lý trên môi "
        "trường mạng, mỗi khu vực, ấp có tổ công nghệ số cộng đồng hoạt động hiệu quả.",
        "issued": "2026-01-20",
        "effective_until": "2026-12-31",
        "signer": ("Trần Quốc Bảo", "Phó Chủ tịch Ủy ban nhân dân thành phố"),
        "tags": ("Chuyển đổi số", "Kế hoạch"),
        "relations": (("implements", "57-NQ/TW"),),
        "document": "ke-hoach-chuyen-doi-so",
    },
    {
        "key": "112/TB-UBND",
        "kind": "thong-bao",
        "issuer": "ubnd-tp",
        "title": "Lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân thành phố",
        "summary": "Chủ tịch Ủy ban nhân dân thành phố tiếp công dân ngày 15 hằng tháng tại Trụ sở tiếp công dân "
        "thành phố; trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp. Người dân có thể đăng ký trước qua "
        "Cổng dịch vụ công hoặc đường dây nóng của thành phố.",
        "issued": "2026-03-02",
        "signer": ("Đỗ Thanh Phong", "Chánh Văn phòng Ủy ban nhân dân thành phố"),
        "tags": ("Tiếp công dân",),
        "document": "lich-tiep-cong-dan",
    },
    {
        # Signed a few days ago, in force a month after signing: "chưa có hiệu lực".
        "key": "3120/QĐ-UBND",
        "kind": "quyet-dinh",
        "issuer": "ubnd-tp",
        "title": "Ban hành Quy chế quản lý, khai thác hệ thống camera giám sát an ninh, trật tự do nhân dân đóng góp",
        "summary": "Quy chế quy định việc kết nối camera của hộ gia đình, khu dân cư với công an phường, xã; quyền "
        "và trách nhiệm của người có camera; việc lưu trữ, khai thác và bảo vệ dữ liệu hình ảnh, bảo đảm không "
        "xâm phạm đời tư. Quy chế có hiệu lực sau 30 ngày kể từ ngày ký.",
        "issued": -9,
        "effective_from": 21,
        "signer": ("Trần Quốc Bảo", "Phó Chủ tịch Ủy ban nhân dân thành phố"),
        "tags": ("Camera an ninh", "An ninh trật tự"),
        "relations": (("implements", "31-CT/TU"),),
    },
    # ------------------------------------------------------------ the district outlet's library
    {
        "key": "02-NQ/ĐU",
        "outlet": DISTRICT,
        "kind": "nghi-quyet",
        "issuer": "du-ninh-kieu",
        "title": "Xây dựng phường Ninh Kiều văn minh, nghĩa tình, đáng sống giai đoạn 2025–2030",
        "summary": "Một trong những nghị quyết đầu tiên của Đảng ủy phường sau khi sắp xếp đơn vị hành chính: "
        "chỉnh trang các tuyến phố trung tâm, giữ trật tự vỉa hè, phát triển du lịch ven sông và nhân rộng các "
        "mô hình chăm lo người khó khăn ở khu vực.",
        "issued": "2025-08-20",
        "signer": ("Huỳnh Thanh Sơn", "Bí thư Đảng ủy phường"),
        "tags": ("Văn minh đô thị",),
    },
    {
        "key": "15-KH/ĐU",
        "outlet": DISTRICT,
        "kind": "ke-hoach",
        "issuer": "du-ninh-kieu",
        "title": "Tiếp tục thực hiện Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy trong Đảng bộ phường",
        "summary": "Mỗi đảng ủy viên phụ trách một nhóm chi bộ khu vực; tài liệu tóm tắt nghị quyết được in chữ "
        "lớn cho đảng viên cao tuổi; sau mỗi đợt học tập, chi bộ kiểm tra nhận thức và báo cáo Đảng ủy phường.",
        "issued": "2025-09-12",
        "signer": ("Huỳnh Thanh Sơn", "Bí thư Đảng ủy phường"),
        "tags": ("Chỉ thị 23-CT/TU",),
        "relations": (("implements", "23-CT/TU"),),
    },
    {
        "key": "58/KH-UBND",
        "outlet": DISTRICT,
        "kind": "ke-hoach",
        "issuer": "ubnd-ninh-kieu",
        "title": "Ra quân chỉnh trang đô thị, lập lại trật tự lòng đường, vỉa hè trên địa bàn phường",
        "summary": "Ba tháng, ba bước: tuyên truyền và ký cam kết với hộ kinh doanh; kiểm tra, nhắc nhở, xử lý vi "
        "phạm; duy trì và nhân rộng tuyến phố kiểu mẫu. Phần vỉa hè dành cho người đi bộ rộng tối thiểu 1,5 mét.",
        "issued": "2026-04-14",
        "signer": ("Lý Thị Thanh Trúc", "Phó Chủ tịch Ủy ban nhân dân phường"),
        "tags": ("Trật tự đô thị", "Vỉa hè"),
        "relations": (("implements", "02-NQ/ĐU"),),
    },
]

# The timeline of 23-CT/TU: (date, or None for the article's publication day; kind; what happened; article title).
MILESTONES_23 = [
    (
        "2023-05-15",
        "ban-hanh",
        "Ban Thường vụ Thành ủy ban hành Chỉ thị 23-CT/TU",
        "Thành ủy ban hành Chỉ thị đổi mới công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng",
    ),
    ("2023-06-08", "trien-khai", "Hội nghị trực tuyến quán triệt Chỉ thị đến cán bộ chủ chốt các cấp", None),
    ("2023-06-20", "trien-khai", "Ủy ban nhân dân thành phố ban hành Kế hoạch 126/KH-UBND", None),
    ("2023-07-05", "trien-khai", "Ban Tuyên giáo Thành ủy hướng dẫn học tập trực tiếp kết hợp trực tuyến", None),
    ("2024-02-26", "khac", "Ban hành Quy định 15-QĐi/TU, thực hiện nhiệm vụ thứ nhất của Chỉ thị", None),
    ("2024-05-17", "so-ket", "Hội nghị sơ kết một năm thực hiện Chỉ thị (Thông báo kết luận 145-TB/TU)", None),
    ("2025-05-22", "so-ket", "Sơ kết hai năm: nhân rộng mô hình học nghị quyết ở chi bộ khu vực, ấp", None),
    (
        "2026-06-11",
        "tong-ket",
        "Tổng kết ba năm thực hiện Chỉ thị; đề xuất đưa những cách làm hay vào quy định của Thành ủy",
        None,
    ),
    (
        None,
        "trien-khai",
        "Hội nghị trực tuyến được kết nối đến tất cả đảng ủy cơ sở",
        "Học tập, quán triệt nghị quyết bằng hình thức trực tuyến đến tận chi bộ",
    ),
]

# Articles (by title) and the directives they cite.
CITATIONS = {
    "Thành ủy ban hành Chỉ thị đổi mới công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng": (
        "23-CT/TU",
        "28-NQ/TW",
    ),
    "Học tập, quán triệt nghị quyết bằng hình thức trực tuyến đến tận chi bộ": ("23-CT/TU", "07-HD/BTGTU"),
    'Để nghị quyết thật sự "thấm" vào cơ sở': ("23-CT/TU", "15-QĐi/TU"),
    "Nâng cao chất lượng sinh hoạt chi bộ ở khu vực, ấp": ("23-CT/TU",),
    "Tuyên dương điển hình tiên tiến trong học tập và làm theo gương Bác": ("01-KL/TW",),
    "Thành phố long trọng tổ chức Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước": ("45-KH/BTGTU",),
    "Triển khai kế hoạch chuyển đổi số năm 2026": ("35/KH-UBND", "57-NQ/TW"),
    "Thành phố đẩy mạnh chuyển đổi số, xây dựng chính quyền số": ("57-NQ/TW", "35/KH-UBND"),
    "Lãnh đạo Ủy ban nhân dân thành phố tiếp công dân định kỳ": ("112/TB-UBND",),
    'Mô hình "Camera an ninh" giữ bình yên khu dân cư': ("31-CT/TU",),
    "Ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến trung tâm": ("58/KH-UBND",),
}

# ---------------------------------------------------------------- exemplars

# "photo": (caption, motif, top, bottom, accent) drawn for the exemplar, or the key of an
# existing demo picture (content.HERO_IMAGES). Recognitions: (award, body, decision, year).
EXEMPLARS = [
    {
        "title": "Chi bộ khu vực 3, phường Cái Khế: mỗi kỳ sinh hoạt một việc cụ thể",
        "kind": "tap-the",
        "locality": "Cái Khế",
        "sector": "Xây dựng Đảng",
        "summary": "Chi bộ có 27 đảng viên, phần lớn đã nghỉ hưu, nhiều năm liền hoàn thành xuất sắc nhiệm vụ nhờ "
        "cách học nghị quyết gắn với việc của khu dân cư: học xong là bàn ngay điều gì làm được ở khu vực mình.",
        "story": (
            "Ở Chi bộ khu vực 3, buổi sinh hoạt định kỳ không mở đầu bằng một bản báo cáo dài. Bí thư chi bộ "
            "Nguyễn Văn Thắng dành mười lăm phút tóm tắt nghị quyết mới, rồi đặt câu hỏi cho cả chi bộ: từ tinh "
            "thần ấy, khu vực mình làm được việc gì?",
            "Từ những buổi bàn bạc như vậy, chi bộ đã vận động bà con nâng cấp hai tuyến hẻm, lắp đèn chiếu sáng "
            "và lập tổ hòa giải có cả đoàn viên thanh niên tham gia. Việc nào cũng có đảng viên phụ trách và được "
            "báo cáo lại ở kỳ sinh hoạt sau.",
            "Khi có Chỉ thị 23-CT/TU, chi bộ in tài liệu tóm tắt chữ lớn cho đảng viên cao tuổi và ghi âm phần "
            "giới thiệu nghị quyết để người vắng mặt có thể nghe lại.",
        ),
        "photo": (
            "Buổi sinh hoạt chuyên đề của Chi bộ khu vực 3",
            "hall",
            (120, 60, 30),
            (240, 205, 150),
            (160, 90, 40),
        ),
        "recognitions": (
            ("Giấy khen của Ban Thường vụ Quận ủy Ninh Kiều", "Quận ủy Ninh Kiều", "1245-QĐ/QU", 2023),
            ("Bằng khen của Ban Thường vụ Thành ủy", "Ban Thường vụ Thành ủy Cần Thơ", "2318-QĐ/TU", 2025),
        ),
        "directives": ("23-CT/TU", "15-QĐi/TU"),
        "articles": ("Nâng cao chất lượng sinh hoạt chi bộ ở khu vực, ấp",),
        "published": "2025-06-10",
    },
    {
        "title": "Mô hình “Nghị quyết trong 15 phút” ở phường An Bình",
        "kind": "mo-hinh",
        "locality": "An Bình",
        "sector": "Xây dựng Đảng",
        "summary": "Đội báo cáo viên cơ sở của phường chia mỗi nghị quyết thành những bài nói mười lăm phút, kèm "
        "một trang hỏi – đáp, để giới thiệu ở chi bộ, ở tổ dân phố và cả trong giờ nghỉ ở chợ.",
        "story": (
            "Ý tưởng bắt đầu từ câu hỏi của một bà con trong khu vực: nghị quyết dài quá, đọc không hết, vậy điều "
            "gì liên quan đến nhà mình? Đội báo cáo viên của phường quyết định trả lời đúng câu hỏi ấy, trong "
            "mười lăm phút.",
            "Mỗi bài nói tập trung vào ba ý: nghị quyết muốn đạt điều gì, phường sẽ làm gì, người dân được gì và "
            "góp sức ra sao. Sau phần trình bày, người nghe được hỏi thẳng; câu nào chưa trả lời được thì ghi "
            "lại, gửi lên cấp trên và có hồi âm trong tuần.",
            "Cách làm này được giới thiệu tại hội nghị sơ kết một năm thực hiện Chỉ thị 23-CT/TU và đang được "
            "nhiều phường, xã đến học tập.",
        ),
        "photo": (
            "Báo cáo viên cơ sở giới thiệu nghị quyết ở khu dân cư",
            "hall",
            (24, 62, 120),
            (150, 185, 225),
            (40, 90, 160),
        ),
        "recognitions": (
            ("Giấy khen của Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Thành ủy Cần Thơ", "312-QĐ/BTGTU", 2024),
        ),
        "directives": ("23-CT/TU", "07-HD/BTGTU"),
        "articles": ('Để nghị quyết thật sự "thấm" vào cơ sở',),
        "published": "2024-06-05",
    },
    {
        "title": "Sáng kiến “Sổ tay nghị quyết điện tử” của Đoàn Thanh niên phường Ninh Kiều",
        "kind": "sang-kien",
        "locality": "Ninh Kiều",
        "sector": "Chuyển đổi số",
        "summary": "Nhóm đoàn viên làm một trang web gọn nhẹ dùng trên điện thoại, đưa tóm tắt nghị quyết, câu hỏi "
        "ôn tập và lịch sinh hoạt chi bộ đến tay đảng viên; người cao tuổi có thể nghe bản đọc thay vì đọc chữ "
        "nhỏ.",
        "story": (
            "Thấy nhiều đảng viên lớn tuổi ngại đọc tài liệu dày, còn đảng viên trẻ lại thường đi làm xa, năm "
            "đoàn viên của Đoàn phường đã dành ba tháng làm sổ tay nghị quyết điện tử.",
            "Mỗi nghị quyết, chỉ thị mới được tóm tắt trong một màn hình, có bản đọc thành tiếng và mười câu hỏi "
            "ôn tập. Các chi bộ dùng luôn phần câu hỏi để kiểm tra nhận thức sau buổi học, thay cho bài thu hoạch "
            "viết tay.",
            "Sáng kiến không tốn tiền thuê ngoài: các bạn trẻ tự viết phần mềm và đến từng chi bộ hướng dẫn cách dùng.",
        ),
        "photo": (
            "Đoàn viên hướng dẫn đảng viên dùng sổ tay nghị quyết điện tử",
            "city",
            (15, 20, 60),
            (70, 80, 150),
            (60, 80, 150),
        ),
        "recognitions": (("Bằng khen của Ban Chấp hành Thành đoàn", "Thành đoàn Cần Thơ", "86-QĐ/TĐTN", 2025),),
        "directives": ("23-CT/TU", "57-NQ/TW"),
        "articles": ("Học tập, quán triệt nghị quyết bằng hình thức trực tuyến đến tận chi bộ",),
        "published": "2025-09-22",
    },
    {
        "title": "Ông Trần Văn Hòa, hai mươi năm giữ con hẻm sạch đẹp",
        "kind": "ca-nhan",
        "locality": "Bình Thủy",
        "sector": "Đô thị – môi trường",
        "summary": "Cựu chiến binh 72 tuổi ở khu vực 6 ngày nào cũng quét dọn con hẻm dài hơn 300 mét trước khi "
        "hàng xóm thức dậy; từ việc làm của ông, cả hẻm góp tiền trồng hoa, lắp đèn và được công nhận hẻm văn "
        "minh.",
        "story": (
            "Ông Trần Văn Hòa nghỉ hưu đã gần hai mươi năm. Những ngày đầu, thấy con hẻm trước nhà lầy lội, rác "
            "vứt khắp nơi, ông lặng lẽ cầm chổi ra quét. Không ai giao việc, cũng chẳng ai trả công.",
            "Một năm, rồi hai năm, hàng xóm bắt đầu ra phụ. Người góp cây kiểng, người góp bóng đèn, các cháu "
            "thiếu nhi rủ nhau nhặt rác mỗi sáng Chủ nhật. Con hẻm nay sáng đèn, hoa nở hai bên và được phường "
            "công nhận là hẻm văn minh.",
            "Ông bảo mình chỉ nhớ lời Bác dặn: việc gì có lợi cho dân thì phải hết sức làm, dù là việc nhỏ.",
        ),
        "photo": (
            "Ông Trần Văn Hòa quét dọn con hẻm mỗi sáng",
            "city",
            (110, 180, 230),
            (230, 245, 250),
            (90, 120, 150),
        ),
        "recognitions": (
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân quận Bình Thủy",
                "Ủy ban nhân dân quận Bình Thủy",
                "2786/QĐ-UBND",
                2022,
            ),
            (
                "Biểu dương điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Ban Thường vụ Thành ủy Cần Thơ",
                "2150-QĐ/TU",
                2025,
            ),
        ),
        "directives": ("01-KL/TW",),
        "articles": ("Người cựu chiến binh hai mươi năm giữ con hẻm sạch đẹp",),
        "published": "2025-03-18",
    },
    {
        "title": "Cô giáo Nguyễn Thị Thu Vân và lớp học tình thương",
        "kind": "ca-nhan",
        "locality": "Nhơn Ái",
        "sector": "Giáo dục",
        "summary": "Hơn mười năm, lớp học miễn phí trong căn nhà nhỏ của cô giáo Thu Vân đã giúp hàng trăm trẻ em "
        "khó khăn biết đọc, biết viết và trở lại trường.",
        "story": (
            "Lớp học của cô Vân không có bảng tên. Bàn ghế do phụ huynh đóng, sách vở do người quen gửi tặng, còn "
            "học trò là những em theo cha mẹ đi làm thuê, bỏ học giữa chừng hoặc chưa từng đến trường.",
            "Buổi tối cô dạy chữ, dạy toán; cuối tuần cô đi vận động học bổng, xin xe đạp cũ cho những em nhà xa. "
            "Nhiều em học xong lớp của cô đã vào được trường tiểu học, có em nay đang học đại học.",
            "Cô nói điều cô mong nhất là không em nào phải đứng ngoài cổng trường chỉ vì nhà nghèo.",
        ),
        "photo": (
            "Lớp học tình thương của cô giáo Thu Vân",
            "school",
            (100, 170, 230),
            (230, 245, 255),
            (100, 170, 230),
        ),
        "recognitions": (
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                "Ủy ban nhân dân thành phố Cần Thơ",
                "1932/QĐ-UBND",
                2023,
            ),
        ),
        "directives": ("01-KL/TW",),
        "articles": ("Cô giáo vùng ven mở lớp học tình thương cho trẻ em khó khăn",),
        "published": "2024-09-05",
    },
    {
        "title": "Nhóm bác sĩ trẻ “Thứ Bảy xanh” khám bệnh miễn phí cho người cao tuổi",
        "kind": "tap-the",
        "locality": "Cái Răng",
        "sector": "Y tế",
        "summary": "Ba năm qua, cứ cuối tuần nhóm bác sĩ trẻ lại về các khu dân cư ven đô khám bệnh, cấp thuốc và "
        "hướng dẫn người cao tuổi phòng bệnh huyết áp, tiểu đường; mỗi chuyến khám cho khoảng 150 người.",
        "story": (
            "Nhóm có mười hai thành viên, đều là bác sĩ, điều dưỡng dưới 35 tuổi. Họ hẹn nhau mỗi tháng một ngày "
            "thứ Bảy, có tháng hai ngày, về những khu dân cư xa trung tâm.",
            "Tiền mua thuốc do các thành viên tự góp và vận động thêm từ người thân, bạn bè. Ngoài khám bệnh, "
            "nhóm lập sổ theo dõi huyết áp cho từng cụ và nhắc lịch tái khám qua điện thoại của con cháu.",
            "Nhiều trường hợp bệnh nặng được phát hiện sớm và được nhóm hướng dẫn chuyển lên bệnh viện kịp thời.",
        ),
        "photo": (
            "Nhóm bác sĩ trẻ khám bệnh cho người cao tuổi",
            "school",
            (40, 110, 150),
            (200, 230, 240),
            (40, 110, 150),
        ),
        "recognitions": (("Giấy khen của Giám đốc Sở Y tế", "Sở Y tế thành phố Cần Thơ", "1478/QĐ-SYT", 2024),),
        "directives": ("01-KL/TW",),
        "articles": ("Bác sĩ trẻ tình nguyện khám bệnh miễn phí cho người cao tuổi mỗi cuối tuần",),
        "published": "2025-11-12",
    },
    {
        "title": "Mô hình “Camera an ninh” ở khu dân cư phường Hưng Phú",
        "kind": "mo-hinh",
        "locality": "Hưng Phú",
        "sector": "An ninh trật tự",
        "summary": "Người dân các khu vực góp tiền lắp camera ở đầu hẻm, ngã ba và kết nối hình ảnh với công an "
        "phường; nhiều vụ trộm cắp, gây rối được làm rõ chỉ trong vài giờ.",
        "story": (
            "Sau mấy vụ mất trộm xe máy liên tiếp, tổ an ninh tự quản khu vực 5 họp dân bàn cách giữ xóm. Bà con "
            "thống nhất mỗi hộ góp một ít, lắp camera ở những lối ra vào và nhờ đoàn viên thanh niên lo phần kỹ "
            "thuật.",
            "Từ vài chiếc ban đầu, hệ thống nay đã có hơn một trăm camera kết nối với công an phường. Hình ảnh "
            "giúp xác minh nhanh các vụ việc, đồng thời nhắc người qua đường không vứt rác, đổ xà bần bừa bãi.",
            "Mô hình được nhân rộng sau khi Ban Thường vụ Thành ủy ban hành Chỉ thị 31-CT/TU về bảo đảm an ninh, "
            "trật tự ở cơ sở.",
        ),
        "photo": (
            "Camera an ninh ở đầu hẻm khu dân cư",
            "city",
            (10, 30, 50),
            (60, 110, 140),
            (50, 90, 120),
        ),
        "recognitions": (
            ("Giấy khen của Giám đốc Công an thành phố", "Công an thành phố Cần Thơ", "3361/QĐ-CAT", 2024),
        ),
        "directives": ("31-CT/TU",),
        "articles": ('Mô hình "Camera an ninh" giữ bình yên khu dân cư',),
        "published": "2024-10-15",
    },
    {
        "title": "Hợp tác xã trái cây Vườn Xanh, xã Phong Điền",
        "kind": "tap-the",
        "locality": "Phong Điền",
        "sector": "Nông nghiệp",
        "summary": "Sau ba năm đổi cách làm, hợp tác xã có 80 héc-ta vườn đạt chứng nhận VietGAP, ký hợp đồng bao "
        "tiêu với doanh nghiệp xuất khẩu và đưa trái cây vào các hệ thống bán lẻ lớn.",
        "story": (
            "Trước kia, mỗi nhà vườn tự trồng, tự bán cho thương lái, giá lên xuống thất thường. Hợp tác xã ra "
            "đời để các hộ cùng làm theo một quy trình, cùng ghi nhật ký canh tác và cùng đứng tên trên hợp đồng "
            "tiêu thụ.",
            "Ba năm đầu không dễ: nhiều hộ quen phun thuốc theo kinh nghiệm, ngại ghi chép. Ban quản trị đến từng "
            "vườn làm mẫu, rồi mời chính những hộ làm tốt chia sẻ lại cho bà con.",
            "Nay trái cây của hợp tác xã có tem truy xuất nguồn gốc và được bao tiêu với giá sàn; vườn còn đón "
            "khách tham quan, có thêm nguồn thu từ du lịch sinh thái.",
        ),
        "photo": (
            "Vườn trái cây đạt chuẩn VietGAP của hợp tác xã",
            "fields",
            (250, 190, 110),
            (255, 240, 200),
            (60, 140, 50),
        ),
        "recognitions": (
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                "Ủy ban nhân dân thành phố Cần Thơ",
                "2641/QĐ-UBND",
                2023,
            ),
        ),
        "directives": ("05-NQ/TU",),
        "articles": ("Hợp tác xã trái cây đạt chứng nhận VietGAP, mở rộng thị trường",),
        "published": "2024-03-20",
    },
    {
        "title": "Chợ Tân An thanh toán không dùng tiền mặt",
        "kind": "mo-hinh",
        "locality": "Tân An",
        "sector": "Kinh tế",
        "summary": "Hầu hết các sạp trong chợ đã treo mã QR; đoàn viên thanh niên và nhân viên ngân hàng hướng dẫn "
        "từng tiểu thương mở tài khoản, ban quản lý chợ thu phí qua chuyển khoản.",
        "story": (
            "Khi mới được vận động, nhiều tiểu thương lớn tuổi lắc đầu vì sợ bấm nhầm, sợ mất tiền. Đoàn phường "
            "và các ngân hàng lập tổ hỗ trợ, ngồi lại từng sạp, cài ứng dụng và chỉ cách kiểm tra tiền vào tài "
            "khoản.",
            "Vài tháng sau, người bán đã quen tay, người mua cũng thích vì khỏi mang tiền lẻ. Ban quản lý chợ "
            "chuyển sang thu phí dịch vụ qua chuyển khoản, sổ sách minh bạch hơn.",
            "Chợ được chọn làm điểm trong kế hoạch chuyển đổi số năm 2026 của thành phố, và cách làm đang được "
            "đưa sang các chợ khác.",
        ),
        "photo": (
            "Tiểu thương chợ Tân An nhận tiền qua mã QR",
            "festival",
            (230, 120, 60),
            (255, 215, 150),
            (120, 80, 60),
        ),
        "recognitions": (
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân phường Tân An",
                "Ủy ban nhân dân phường Tân An",
                "415/QĐ-UBND",
                2026,
            ),
        ),
        "directives": ("57-NQ/TW", "35/KH-UBND"),
        "articles": ("Thanh toán không dùng tiền mặt lan tỏa tại chợ truyền thống",),
        "published": "2026-04-02",
    },
    {
        "title": "Chi bộ ấp Đông Thới “nói đi đôi với làm” trong vận động hiến đất mở đường",
        "kind": "tap-the",
        "locality": "Thới Lai",
        "sector": "Xây dựng Đảng",
        "summary": "Đảng viên đi trước hiến đất, tháo hàng rào; chỉ trong hai tháng, 38 hộ dân hiến hơn 1.200 mét "
        "vuông đất để mở rộng con đường liên ấp thành đường bê tông rộng 4 mét.",
        "story": (
            "Con đường liên ấp cũ chỉ rộng hơn một mét, mùa mưa lầy lội, nông sản phải gánh bộ ra lộ lớn. Khi có "
            "chủ trương mở rộng, chi bộ họp và thống nhất: đảng viên nhà nào có đất dọc tuyến thì hiến trước.",
            "Bí thư chi bộ là người đầu tiên cho tháo hàng rào, chặt hàng cau trước nhà. Thấy vậy, bà con lần "
            "lượt ký giấy hiến đất, có hộ góp thêm ngày công đổ bê tông.",
            "Đường mới thông, xe tải nhỏ vào tận vườn thu mua, giá nông sản của bà con cũng nhích lên. Cách làm "
            "của chi bộ được chọn là mô hình “Dân vận khéo” tiêu biểu của huyện năm ấy.",
        ),
        "photo": (
            "Con đường liên ấp được mở rộng nhờ bà con hiến đất",
            "fields",
            (120, 180, 230),
            (225, 240, 250),
            (70, 150, 60),
        ),
        "recognitions": (("Giấy khen của Ban Thường vụ Huyện ủy Thới Lai", "Huyện ủy Thới Lai", "876-QĐ/HU", 2023),),
        "directives": ("68-KL/TU",),
        "articles": ('Chi bộ "nói đi đôi với làm" trong vận động hiến đất mở đường',),
        "published": "2023-11-08",
    },
    {
        "title": "Sáng kiến “Nghị quyết dễ hiểu” trên loa truyền thanh phường Ô Môn",
        "kind": "sang-kien",
        "locality": "Ô Môn",
        "sector": "Văn hóa – xã hội",
        "summary": "Mỗi tối thứ Tư, đài truyền thanh phường phát chuyên mục mười phút giải thích một nội dung của "
        "nghị quyết bằng lời ăn tiếng nói miền Tây, kèm câu chuyện người thật, việc thật ở địa phương.",
        "story": (
            "Chuyên mục do hai cán bộ văn hóa và một báo cáo viên cơ sở thực hiện. Mỗi số chỉ chọn một nội dung "
            "nhỏ của nghị quyết và giải thích bằng ví dụ ngay trong phường: con đường sắp làm, chính sách hỗ trợ "
            "học nghề, thủ tục mới ở bộ phận một cửa.",
            "Bản ghi được đăng lại trên trang mạng xã hội của phường để người đi làm xa nghe lại; nhiều câu hỏi "
            "của thính giả được chọn trả lời ở số sau.",
            "Sáng kiến hưởng ứng yêu cầu của Chỉ thị 23-CT/TU về kết hợp tuyên truyền miệng với những hình thức "
            "mới để đưa nghị quyết đến với nhân dân.",
        ),
        "photo": (
            "Chuyên mục “Nghị quyết dễ hiểu” trên sóng truyền thanh phường",
            "river",
            (70, 140, 200),
            (220, 235, 245),
            (40, 90, 140),
        ),
        "recognitions": (
            (
                "Giấy khen của Ban Tuyên giáo và Dân vận Thành ủy",
                "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ",
                "58-QĐ/BTGDVTU",
                2025,
            ),
        ),
        "directives": ("23-CT/TU",),
        "articles": (),
        "published": "2025-08-14",
    },
    {
        "title": "Bà Lê Thị Mười, tổ trưởng tổ an ninh tự quản ở phường Thốt Nốt",
        "kind": "ca-nhan",
        "locality": "Thốt Nốt",
        "sector": "An ninh trật tự",
        "summary": "Mười lăm năm làm tổ trưởng tổ an ninh tự quản, bà Mười thuộc từng hộ, từng người tạm trú trong "
        "khu vực; tổ của bà nhiều năm liền không để xảy ra trọng án, mâu thuẫn trong xóm được hòa giải ngay từ "
        "đầu.",
        "story": (
            "Tối nào bà Lê Thị Mười cũng cùng các thành viên tổ tự quản đi một vòng khu vực, nhắc nhà nào còn mở "
            "cửa, xe nào để ngoài hẻm. Bà có cuốn sổ riêng ghi số điện thoại của từng hộ để báo tin khi có việc.",
            "Không chỉ giữ an ninh, tổ của bà còn đứng ra hòa giải chuyện tranh chấp lối đi, tiếng ồn giữa hàng "
            "xóm. Nhiều vụ tưởng phải đưa lên phường đã được giải quyết ngay bên bàn trà.",
            "Khi Chỉ thị 31-CT/TU được quán triệt, bà là một trong những người đầu tiên vận động bà con lắp camera "
            "ở đầu hẻm.",
        ),
        "photo": (
            "Tổ an ninh tự quản tuần tra trong khu dân cư",
            "shield",
            (40, 80, 50),
            (160, 200, 150),
            (60, 110, 70),
        ),
        "recognitions": (
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân quận Thốt Nốt",
                "Ủy ban nhân dân quận Thốt Nốt",
                "3124/QĐ-UBND",
                2021,
            ),
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                "Ủy ban nhân dân thành phố Cần Thơ",
                "2890/QĐ-UBND",
                2024,
            ),
        ),
        "directives": ("31-CT/TU",),
        "articles": (),
        "published": "2025-01-09",
    },
    # ------------------------------------------------------------ the district outlet's registry
    {
        "outlet": DISTRICT,
        "title": "Bếp cơm 0 đồng của nhóm thiện nguyện khu vực 2",
        "kind": "tap-the",
        "locality": "Ninh Kiều",
        "sector": "Văn hóa – xã hội",
        "summary": "Bảy năm nay, trưa nào bếp cơm của nhóm thiện nguyện khu vực 2 cũng nấu hơn 300 suất cơm miễn "
        "phí cho bệnh nhân nghèo và người nuôi bệnh, nhờ gạo, rau, cá do tiểu thương trong chợ góp.",
        "story": (
            "Bếp do bà Tư Lan đứng ra lo từ những ngày đầu, chỉ với vài nồi cơm và mấy người hàng xóm phụ nấu. "
            "Nay bếp có hơn hai mươi người thường xuyên giúp việc, phần đông là người hưu trí, nội trợ và sinh "
            "viên.",
            "Mỗi sáng, tiểu thương trong chợ gửi rau, thịt cá còn tươi; các bạn sinh viên nhận chở cơm đến cổng "
            "bệnh viện lúc mười một giờ. Không ai ghi công, nhưng ai đến cũng có một phần cơm nóng.",
        ),
        "photo": "ngay-hoi-khu-vuc",
        "recognitions": (
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Kiều",
                "Ủy ban nhân dân phường Ninh Kiều",
                "268/QĐ-UBND",
                2025,
            ),
        ),
        "directives": ("02-NQ/ĐU",),
        "articles": ("Bếp cơm 0 đồng ấm lòng người nuôi bệnh",),
        "published": "2025-12-03",
    },
    {
        "outlet": DISTRICT,
        "title": "Tuyến phố kiểu mẫu không lấn chiếm vỉa hè ở khu vực 1",
        "kind": "mo-hinh",
        "locality": "Ninh Kiều",
        "sector": "Đô thị – môi trường",
        "summary": "Các hộ kinh doanh trên tuyến phố cùng ký cam kết chừa lối đi 1,5 mét cho người đi bộ, tự sắp "
        "xếp chỗ để xe và thay phiên nhắc nhở nhau; phường chọn đây làm tuyến phố mẫu để nhân rộng.",
        "story": (
            "Trước đây, vỉa hè ở tuyến phố này gần như bị bàn ghế, hàng hóa chiếm hết, người đi bộ phải xuống "
            "lòng đường. Khi phường ra quân lập lại trật tự, tổ dân phố chọn cách ngồi lại với từng hộ kinh doanh "
            "thay vì chỉ nhắc nhở.",
            "Các hộ thống nhất kẻ vạch sơn giới hạn, chừa lối đi rộng 1,5 mét, dồn xe máy về một phía. Mỗi tuần "
            "một hộ làm “trực vỉa hè”, nhắc khách để xe đúng chỗ.",
            "Sau ba tháng, tuyến phố thông thoáng, khách đến mua hàng lại đông hơn vì dễ đi lại.",
        ),
        "photo": "khu-pho-sach-dep",
        "recognitions": (
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Kiều",
                "Ủy ban nhân dân phường Ninh Kiều",
                "392/QĐ-UBND",
                2026,
            ),
        ),
        "directives": ("58/KH-UBND", "02-NQ/ĐU"),
        "articles": ("Ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến trung tâm",),
        "published": "2026-08-20",
    },
]

# (outlet, name, kind, locality, reason, contact name, phone, email, status, editor note, days ago)
NOMINATIONS = [
    (
        CITY,
        "Anh Phạm Hoàng Long, người sửa xe miễn phí cho học sinh",
        "ca-nhan",
        "An Bình",
        "Chiều nào anh Long cũng ngồi ở đầu hẻm vá, bơm xe miễn phí cho học sinh và công nhân đi làm về, mấy năm "
        "nay chưa lấy của ai đồng nào. Anh còn gom xe đạp cũ sửa lại để tặng các em nhà khó khăn.",
        "Nguyễn Thị Bích",
        "0900 000 241",
        "",
        "new",
        "",
        2,
    ),
    (
        CITY,
        "Tổ phụ nữ “Nhặt rác đổi quà” khu vực 7",
        "tap-the",
        "Cái Răng",
        "Các chị trong tổ vận động bà con phân loại rác tại nhà, mỗi tháng đổi ve chai lấy tập vở, gạo cho hộ khó "
        "khăn. Từ khi có tổ, bờ rạch trong khu vực sạch hẳn.",
        "Trần Văn Khải",
        "",
        "khai.tran@example.com",
        "new",
        "",
        6,
    ),
    (
        DISTRICT,
        "Tủ thuốc nghĩa tình ở khu vực 4",
        "mo-hinh",
        "Ninh Kiều",
        "Một nhà thuốc đặt tủ thuốc thông thường miễn phí trước cửa, người khó khăn cần thì lấy, ai dư thì góp. "
        "Tủ đã duy trì hơn hai năm, có sổ ghi chép rõ ràng.",
        "Lê Minh Tuấn",
        "0900 000 318",
        "tuan.le@example.com",
        "new",
        "",
        11,
    ),
    (
        CITY,
        "Cửa hàng điện máy Phát Đạt",
        "sang-kien",
        "Thới An Đông",
        "Cửa hàng bán trả góp lãi suất thấp, giao hàng tận nơi và bảo hành lâu, rất đáng để mọi người biết đến.",
        "Phát Đạt",
        "0900 000 777",
        "",
        "declined",
        "Nội dung mang tính quảng cáo cho một cơ sở kinh doanh, không phải điển hình tiên tiến. Đã trả lời người "
        "gửi qua điện thoại.",
        19,
    ),
]

FEATURE_BLOCKS = [
    {
        "type": "directive_list",
        "value": {
            "title": "Văn bản chỉ đạo mới",
            "source": "latest",
            "kind": "",
            "issuer": None,
            "tag": "",
            "directives": [],
            "limit": 5,
        },
    },
    {"type": "exemplar_spotlight", "value": {"title": "Điển hình tiên tiến", "exemplars": [], "limit": 3}},
]
THEMATIC_PAGE = "dua-nghi-quyet-vao-cuoc-song"


def load(out=None, now=None):
    """Create the libraries and registries unless the city outlet has one already.
    Returns a summary dict, or None when there was nothing to do."""
    out = out or (lambda message: None)
    homes = {}
    for outlet in (CITY, DISTRICT):
        homes[outlet] = HomePage.objects.filter(slug=OUTLETS[outlet]["slug"], depth=2).first()
    if homes[CITY] is None or homes[DISTRICT] is None:
        return None
    if DirectiveIndexPage.objects.child_of(homes[CITY]).exists():
        return None
    with transaction.atomic():
        return _Library(out, now or timezone.now(), homes).run()


def _date(value, today):
    """An ISO date, or a number of days from today."""
    if isinstance(value, int):
        return today + timedelta(days=value)
    return date.fromisoformat(value)


class _Library:
    def __init__(self, out, now, homes):
        self.out = out
        self.now = now
        self.today = timezone.localdate(now)
        self.homes = homes
        self.issuers = {}
        self.localities = {}
        self.sectors = {}
        self.libraries = {}
        self.registries = {}
        self.directives = {}
        self.articles = {}
        self.exemplar_slugs = {}
        self.pdfs = 0
        self.images = 0

    def run(self):
        self.make_snippets()
        for outlet, home in self.homes.items():
            self.libraries[outlet] = self.make_index(home, DirectiveIndexPage, "Văn bản chỉ đạo", "van-ban", outlet)
            self.registries[outlet] = self.make_index(
                home, ExemplarIndexPage, "Điển hình tiên tiến", "dien-hinh", outlet
            )
        for spec in DIRECTIVES:
            self.make_directive(spec)
        citations = self.cite_directives()
        exemplars = [self.make_exemplar(spec) for spec in EXEMPLARS]
        nominations = self.make_nominations()
        self.show_on_home_and_thematic_page()
        summary = {
            "issuers": len(self.issuers),
            "localities": len(self.localities),
            "sectors": len(self.sectors),
            "directives": len(self.directives),
            "directive_pdfs": self.pdfs,
            "citations": citations,
            "exemplars": len(exemplars),
            "exemplar_images": self.images,
            "nominations": nominations,
        }
        self.out(
            "Văn bản chỉ đạo: {directives} ({directive_pdfs} file PDF mới, {citations} lượt bài viết trích dẫn); "
            "điển hình tiên tiến: {exemplars}; đề cử: {nominations}; {issuers} cơ quan ban hành, {localities} "
            "phường, xã, {sectors} lĩnh vực.".format(**summary)
        )
        return summary

    # ------------------------------------------------------------ look-ups

    def article(self, title, outlet=None):
        if title not in self.articles:
            pages = ArticlePage.objects.filter(title=title)
            if outlet is not None:
                pages = pages.descendant_of(self.homes[outlet])
            page = pages.first()
            if page is None:
                raise LookupError(f"Nội dung mẫu: không tìm thấy bài viết “{title}”.")
            self.articles[title] = page
        return self.articles[title]

    def _local_time(self, day, hour=8, minute=30):
        when = datetime.combine(day, time(hour, minute), base.LOCAL_TZ)
        return min(when, self.now - timedelta(minutes=10))

    # ------------------------------------------------------------ snippets and index pages

    def make_snippets(self):
        for key, (name, short_name, code, level) in ISSUERS.items():
            self.issuers[key], _ = Issuer.objects.get_or_create(
                name=name, defaults={"short_name": short_name, "code": code, "level": level}
            )
        for name, kind in LOCALITIES.items():
            self.localities[name], _ = Locality.objects.get_or_create(name=name, defaults={"kind": kind})
        for name in SECTORS:
            self.sectors[name], _ = Sector.objects.get_or_create(name=name)

    def make_index(self, home, model, title, slug, outlet):
        existing = model.objects.child_of(home).first()  # one per outlet; an editor may have made it
        if existing is not None:
            return existing
        intro = (LIBRARIES if model is DirectiveIndexPage else REGISTRIES)[outlet]
        page = model(title=title, slug=slug, intro=intro, show_in_menus=True)
        home.add_child(instance=page)
        return base._publish(page, base.SITE_LAUNCH)

    # ------------------------------------------------------------ directives

    def make_directive(self, spec):
        outlet = spec.get("outlet", CITY)
        library = self.libraries[outlet]
        issued = _date(spec["issued"], self.today)
        effective_from = _date(spec["effective_from"], self.today) if "effective_from" in spec else None
        signer, position = spec.get("signer", ("", ""))
        page = DirectivePage(
            title=spec["title"],
            slug=vn_slugify(f"{spec['kind']} {spec['key'].replace('/', ' ')}"),
            number=spec["key"],
            kind=spec["kind"],
            issuer=self.issuers[spec["issuer"]],
            signer=signer,
            signer_position=position,
            issued_on=issued,
            effective_from=effective_from,
            effective_until=date.fromisoformat(spec["effective_until"]) if "effective_until" in spec else None,
            summary=spec["summary"],
            full_text=_full_text(spec["pdf"]) if "pdf" in spec else "",
        )
        for order, (kind, target) in enumerate(spec.get("relations", ())):
            page.relations.add(DirectiveRelation(kind=kind, target=self.directives[target], sort_order=order))
        document = self.directive_document(spec)
        if document is not None:
            page.files.add(DirectiveFile(document=document, is_original=True, label="Bản gốc", sort_order=0))
        if spec["key"] == "23-CT/TU":
            for order, (day, kind, title, article) in enumerate(MILESTONES_23):
                linked = self.article(article, CITY) if article else None
                if day is None:
                    day = timezone.localtime(linked.first_published_at, base.LOCAL_TZ).date()
                page.milestones.add(
                    Milestone(
                        date=date.fromisoformat(day) if isinstance(day, str) else day,
                        kind=kind,
                        title=title,
                        article=linked,
                        sort_order=order,
                    )
                )
        # Bad demo data (a number that does not match its kind or issuer, dates out of order,
        # a number used twice) fails here, loudly; the tree fields are set by add_child.
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        library.add_child(instance=page)
        if spec.get("tags"):
            page.tags.add(*spec["tags"])
        if "published" in spec:
            first = datetime.strptime(spec["published"], "%Y-%m-%d %H:%M").replace(tzinfo=base.LOCAL_TZ)
        else:
            # Posted the working day after signing, in the morning.
            first = self._local_time(
                issued + timedelta(days=1), 8 + len(self.directives) % 3, 15 * (len(self.directives) % 4)
            )
        base._publish(page, min(first, self.now - timedelta(minutes=10)))
        self.directives[spec["key"]] = page

    def directive_document(self, spec):
        if "pdf" in spec:
            content = media.make_directive_pdf(spec["pdf"])
            filename = vn_slugify(f"{spec['kind']} {spec['key'].replace('/', ' ')}") + ".pdf"
            self.pdfs += 1
            return media.save_document(spec["pdf_title"], content, filename)
        if "document" in spec:
            return get_document_model().objects.filter(title=DOCUMENTS[spec["document"]]["title"]).first()
        return None

    def cite_directives(self):
        """Add the citations to the articles, as an editor would: a new revision, published,
        keeping the articles' publication dates."""
        count = 0
        for title, keys in CITATIONS.items():
            article = self.article(title)
            published = article.first_published_at
            cited = [self.directives[key] for key in keys]
            cited = [d for d in cited if timezone.localtime(published, base.LOCAL_TZ).date() >= d.issued_on]
            if not cited:
                continue
            start = article.cited_directives.count()
            for order, directive in enumerate(cited, start=start):
                article.cited_directives.add(ArticleCitation(directive=directive, sort_order=order))
            base._publish(article, published, article.last_published_at)
            count += len(cited)
        return count

    # ------------------------------------------------------------ exemplars

    def make_exemplar(self, spec):
        outlet = spec.get("outlet", CITY)
        registry = self.registries[outlet]
        page = ExemplarPage(
            title=spec["title"],
            slug=base._slug(spec["title"], self.exemplar_slugs.setdefault(outlet, set())),
            kind=spec["kind"],
            locality=self.localities[spec["locality"]],
            sector=self.sectors[spec["sector"]],
            summary=spec["summary"],
            photo=self.exemplar_photo(spec),
            story=[
                {"type": "paragraph", "value": f"<p>{html.escape(text, quote=False)}</p>", "id": str(uuid.uuid4())}
                for text in spec["story"]
            ],
        )
        for order, (award, body, decision, year) in enumerate(spec["recognitions"]):
            page.recognitions.add(
                Recognition(award=award, granting_body=body, decision_number=decision, year=year, sort_order=order)
            )
        for order, key in enumerate(spec["directives"]):
            page.carried_directives.add(ExemplarDirective(directive=self.directives[key], sort_order=order))
        for order, title in enumerate(spec["articles"]):
            page.related_links.add(ExemplarArticle(article=self.article(title, outlet), sort_order=order))
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        registry.add_child(instance=page)
        base._publish(page, self._local_time(date.fromisoformat(spec["published"]), 9, 0))
        return page

    def exemplar_photo(self, spec):
        Image = get_image_model()
        if isinstance(spec["photo"], str):  # an existing demo picture
            return Image.objects.filter(title=HERO_IMAGES[spec["photo"]][0]).first()
        caption, motif, top, bottom, accent = spec["photo"]
        buffer = media.draw_hero(caption, motif, top, bottom, accent, seed=sum(map(ord, spec["title"])))
        self.images += 1
        filename = "dien-hinh-" + vn_slugify(spec["title"])[:40].rstrip("-") + ".jpg"
        return media.save_image(caption, buffer, filename)

    def make_nominations(self):
        for outlet, name, kind, locality, reason, contact, phone, email, status, note, days in NOMINATIONS:
            nomination = Nomination.objects.create(
                registry=self.registries[outlet],
                name=name,
                kind=kind,
                locality=self.localities[locality],
                reason=reason,
                contact_name=contact,
                contact_phone=phone,
                contact_email=email,
                status=status,
                editor_note=note,
                ip_address=f"203.0.113.{10 + days}",  # documentation range (RFC 5737)
            )
            Nomination.objects.filter(pk=nomination.pk).update(submitted_at=self.now - timedelta(days=days, hours=3))
        return len(NOMINATIONS)

    # ------------------------------------------------------------ home page and thematic page

    def show_on_home_and_thematic_page(self):
        home = self.homes[CITY]
        present = {block.block_type for block in home.features}
        blocks = [{**block, "id": str(uuid.uuid4())} for block in FEATURE_BLOCKS if block["type"] not in present]
        if blocks:
            home.features = list(home.features.raw_data) + blocks
            base._publish(home, home.first_published_at, self.now)
        page = ThematicPage.objects.descendant_of(home).filter(slug=THEMATIC_PAGE).first()
        if page is not None:
            present = {block.block_type for block in page.body}
            blocks = [{**block, "id": str(uuid.uuid4())} for block in FEATURE_BLOCKS if block["type"] not in present]
            if blocks:
                page.body = list(page.body.raw_data) + blocks
                base._publish(page, page.first_published_at, page.last_published_at)


def _full_text(spec):
    """The text of a drawn PDF as rich text, for reading on the page."""
    paragraphs = list(spec["paragraphs"])
    if spec.get("tasks_intro"):
        paragraphs.append(spec["tasks_intro"])
    paragraphs += [f"({number}) {task}" for number, task in enumerate(spec.get("tasks", []), start=1)]
    paragraphs += spec.get("closing", [])
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)

"""Demo data: the two outlets, their columns, authors, pictures, documents,
thematic pages and demo users. The articles themselves are in articles.py.

Everything here is fictional (people, numbers, addresses), except the facts of
Directive 23-CT/TU of 15/5/2023 by the Standing Committee of the Cần Thơ City
Party Committee, which one article reports.
"""

# ---------------------------------------------------------------- outlets

CITY = "city"
DISTRICT = "district"

OUTLETS = {
    CITY: {
        "title": "Cổng thông tin điện tử Thành ủy Cần Thơ",
        "slug": "thanh-uy",
        "hostname": "localhost",
        "is_default_site": True,
        "logo": "logo-thanh-uy",
        "settings": {
            "name": "Cổng thông tin điện tử Thành ủy Cần Thơ",
            "slogan": "Tiếng nói của Đảng bộ, chính quyền và nhân dân thành phố Cần Thơ",
            "contact": (
                "<p><b>Ban Biên tập Cổng thông tin điện tử Thành ủy Cần Thơ</b><br/>"
                "Địa chỉ: Tầng 3, số 18 đại lộ Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ<br/>"
                "Điện thoại: (0292) 3 800 123 – Đường dây nóng: 0900 000 123<br/>"
                'Thư điện tử: <a href="mailto:banbientap@thanhuy.example">banbientap@thanhuy.example</a></p>'
            ),
            "licence": "Giấy phép số 86/GP-TTĐT do Sở Thông tin và Truyền thông thành phố Cần Thơ cấp ngày 12/3/2021",
            "responsible_person": "Ông Nguyễn Thành Trung, Trưởng Ban Biên tập",
            "theme": "thanhpho",
        },
    },
    DISTRICT: {
        "title": "Báo điện tử phường Ninh Kiều",
        "slug": "ninh-kieu",
        "hostname": "ninhkieu.localhost",
        "is_default_site": False,
        "logo": "logo-ninh-kieu",
        "settings": {
            "name": "Báo điện tử phường Ninh Kiều",
            "slogan": "Tin nhanh từ khu phố – Gần dân, hiểu dân, vì dân",
            "contact": (
                "<p><b>Ban Biên tập Báo điện tử phường Ninh Kiều</b><br/>"
                "Địa chỉ: Số 27 đường Ngô Quyền, phường Tân An, thành phố Cần Thơ<br/>"
                "Điện thoại: (0292) 3 820 456<br/>"
                'Thư điện tử: <a href="mailto:toasoan@ninhkieu.example">toasoan@ninhkieu.example</a></p>'
            ),
            "licence": "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông thành phố Cần Thơ cấp ngày 05/8/2022",
            "responsible_person": "Bà Trần Thị Kim Loan, Trưởng Ban Biên tập",
            "theme": "quan",
        },
    },
}

# Column slugs are fixed (not transliterated at run time) so that links stay stable.
# "images" are the keys of HERO_IMAGES used by the column's articles.
COLUMNS = {
    CITY: [
        {
            "key": "thoi-su",
            "title": "Thời sự",
            "intro": "Tin tức thời sự nổi bật của thành phố: hoạt động của lãnh đạo thành phố, "
            "các sự kiện chính trị, kinh tế, xã hội trong ngày.",
            "images": ["do-thi-ven-song", "cau-song-hau", "ben-tau-du-lich", "nha-van-hoa"],
        },
        {
            "key": "xay-dung-dang",
            "title": "Xây dựng Đảng",
            "intro": "Công tác tổ chức, kiểm tra, tuyên giáo, dân vận; xây dựng, chỉnh đốn Đảng và "
            "bảo vệ nền tảng tư tưởng của Đảng.",
            "images": ["hoi-nghi-quan-triet", "sinh-hoat-chi-bo", "le-ky-niem"],
            "children": [
                {
                    "key": "hoc-tap-va-lam-theo-bac",
                    "title": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                    "intro": "Gương người tốt, việc tốt; những cách làm hay, sáng tạo trong học tập và "
                    "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở.",
                    "images": ["guong-dien-hinh", "nha-van-hoa", "sinh-hoat-chi-bo"],
                }
            ],
        },
        {
            "key": "chinh-quyen",
            "title": "Chính quyền",
            "intro": "Hoạt động của Hội đồng nhân dân, Ủy ban nhân dân thành phố; cải cách hành chính, "
            "chuyển đổi số và tiếp công dân.",
            "images": ["ky-hop-hdnd", "mot-cua", "do-thi-ven-song"],
        },
        {
            "key": "kinh-te",
            "title": "Kinh tế",
            "intro": "Công nghiệp, nông nghiệp, thương mại, du lịch; đầu tư, doanh nghiệp và hợp tác xã.",
            "images": ["canh-dong-lua", "vuon-cay-trai", "cho-noi", "do-thi-ven-song"],
        },
        {
            "key": "van-hoa-xa-hoi",
            "title": "Văn hóa – Xã hội",
            "intro": "Giáo dục, y tế, lao động – việc làm, an sinh xã hội; đời sống văn hóa, thể thao "
            "của người dân thành phố.",
            "images": ["truong-hoc", "ngay-hoi", "nha-van-hoa"],
        },
        {
            "key": "quoc-phong-an-ninh",
            "title": "Quốc phòng – An ninh",
            "intro": "Xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; giữ vững an ninh "
            "chính trị, trật tự, an toàn xã hội.",
            "images": ["luc-luong-vu-trang", "tuan-tra"],
        },
        {
            "key": "dien-dan",
            "title": "Diễn đàn",
            "intro": "Ý kiến của cán bộ, đảng viên và nhân dân góp phần xây dựng Đảng, chính quyền "
            "và phát triển thành phố.",
            "images": ["do-thi-ven-song", "nha-van-hoa", "ben-tau-du-lich"],
        },
    ],
    DISTRICT: [
        {
            "key": "tin-phuong",
            "title": "Tin phường",
            "intro": "Hoạt động của các phường, khu vực; gương người tốt, việc tốt ở khu dân cư.",
            "images": ["tru-so-phuong", "khu-pho-sach-dep", "ngay-hoi-khu-vuc"],
        },
        {
            "key": "do-thi-giao-thong",
            "title": "Đô thị – Giao thông",
            "intro": "Chỉnh trang đô thị, trật tự vỉa hè, hạ tầng giao thông và kênh rạch nội ô.",
            "images": ["duong-noi-o", "kenh-rach", "khu-pho-sach-dep"],
        },
        {
            "key": "doi-song",
            "title": "Đời sống",
            "intro": "Chuyện thường ngày ở khu phố: văn hóa, giáo dục, chăm lo người khó khăn.",
            "images": ["ngay-hoi-khu-vuc", "kenh-rach", "tru-so-phuong"],
        },
    ],
}

# ---------------------------------------------------------------- pictures

# key: (title, caption drawn on the picture, motif, top colour, bottom colour, accent)
HERO_IMAGES = {
    "hoi-nghi-quan-triet": (
        "Hội nghị học tập, quán triệt nghị quyết",
        "Hội nghị học tập, quán triệt nghị quyết của Đảng",
        "hall",
        (24, 62, 120),
        (150, 185, 225),
        (40, 90, 160),
    ),
    "sinh-hoat-chi-bo": (
        "Sinh hoạt chi bộ ở khu vực",
        "Buổi sinh hoạt chi bộ định kỳ ở khu vực",
        "hall",
        (120, 60, 30),
        (240, 205, 150),
        (160, 90, 40),
    ),
    "le-ky-niem": (
        "Lễ kỷ niệm ngày lễ lớn",
        "Lễ kỷ niệm và mít tinh chào mừng ngày lễ lớn",
        "festival",
        (150, 20, 20),
        (250, 190, 120),
        (200, 40, 30),
    ),
    "guong-dien-hinh": (
        "Gương người tốt, việc tốt",
        "Lan tỏa gương người tốt, việc tốt ở cơ sở",
        "school",
        (60, 130, 190),
        (210, 235, 250),
        (60, 130, 190),
    ),
    "ky-hop-hdnd": (
        "Kỳ họp Hội đồng nhân dân thành phố",
        "Kỳ họp Hội đồng nhân dân thành phố",
        "hall",
        (90, 10, 20),
        (220, 160, 150),
        (120, 30, 40),
    ),
    "mot-cua": (
        "Trung tâm Phục vụ hành chính công",
        "Tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công",
        "school",
        (40, 110, 150),
        (200, 230, 240),
        (40, 110, 150),
    ),
    "cau-song-hau": (
        "Cầu bắc qua sông Hậu",
        "Cây cầu dây văng bắc qua sông Hậu",
        "bridge",
        (30, 90, 170),
        (170, 210, 240),
        (30, 80, 130),
    ),
    "do-thi-ven-song": (
        "Đô thị ven sông về đêm",
        "Diện mạo đô thị ven sông ngày càng khang trang",
        "city",
        (15, 20, 60),
        (70, 80, 150),
        (60, 80, 150),
    ),
    "ben-tau-du-lich": (
        "Bến tàu du lịch trên sông",
        "Bến tàu du lịch nhộn nhịp trên sông Hậu",
        "river",
        (70, 140, 200),
        (220, 235, 245),
        (40, 90, 140),
    ),
    "cho-noi": (
        "Chợ nổi lúc bình minh",
        "Chợ nổi họp từ lúc tờ mờ sáng",
        "river",
        (230, 120, 60),
        (255, 215, 150),
        (120, 80, 60),
    ),
    "canh-dong-lua": (
        "Cánh đồng lúa vụ đông xuân",
        "Cánh đồng lúa vụ đông xuân ở vùng ven đô",
        "fields",
        (120, 180, 230),
        (225, 240, 250),
        (70, 150, 60),
    ),
    "vuon-cay-trai": (
        "Vườn cây ăn trái ven đô",
        "Vườn cây ăn trái đạt chuẩn VietGAP",
        "fields",
        (250, 190, 110),
        (255, 240, 200),
        (60, 140, 50),
    ),
    "truong-hoc": (
        "Ngôi trường mới đạt chuẩn quốc gia",
        "Ngôi trường mới khang trang đón học sinh",
        "school",
        (100, 170, 230),
        (230, 245, 255),
        (100, 170, 230),
    ),
    "ngay-hoi": (
        "Ngày hội văn hóa, thể thao",
        "Ngày hội văn hóa, thể thao ở khu dân cư",
        "festival",
        (40, 100, 170),
        (170, 215, 245),
        (40, 100, 170),
    ),
    "nha-van-hoa": (
        "Nhà văn hóa khu vực",
        "Nhà văn hóa khu vực – điểm hẹn của bà con",
        "school",
        (200, 110, 60),
        (250, 225, 190),
        (200, 110, 60),
    ),
    "luc-luong-vu-trang": (
        "Lực lượng vũ trang thành phố",
        "Lực lượng vũ trang thành phố sẵn sàng nhận nhiệm vụ",
        "shield",
        (40, 80, 50),
        (160, 200, 150),
        (60, 110, 70),
    ),
    "tuan-tra": (
        "Tuần tra bảo đảm trật tự an toàn giao thông",
        "Tổ công tác tuần tra, kiểm soát trên tuyến phố",
        "city",
        (10, 30, 50),
        (60, 110, 140),
        (50, 90, 120),
    ),
    "tru-so-phuong": (
        "Trụ sở phường",
        "Bộ phận tiếp nhận hồ sơ của phường",
        "school",
        (230, 150, 70),
        (255, 235, 200),
        (230, 150, 70),
    ),
    "khu-pho-sach-dep": (
        "Khu phố sạch đẹp",
        "Tuyến hẻm sáng, xanh, sạch, đẹp trong khu dân cư",
        "city",
        (110, 180, 230),
        (230, 245, 250),
        (90, 120, 150),
    ),
    "duong-noi-o": (
        "Tuyến đường nội ô",
        "Tuyến đường nội ô sau khi nâng cấp",
        "bridge",
        (250, 170, 90),
        (255, 230, 190),
        (90, 90, 110),
    ),
    "kenh-rach": (
        "Kênh rạch nội ô",
        "Rạch nội ô thông thoáng sau khi nạo vét",
        "river",
        (90, 170, 200),
        (220, 240, 245),
        (40, 110, 120),
    ),
    "ngay-hoi-khu-vuc": (
        "Ngày hội ở khu vực",
        "Ngày hội đại đoàn kết ở khu dân cư",
        "festival",
        (200, 40, 40),
        (255, 210, 150),
        (200, 40, 40),
    ),
}

# Which articles a picture may illustrate inside the body (topics as in pools.py;
# the ambiguous "g" is left out, so articles with only general topics get no extra picture).
IMAGE_TOPICS = {
    "hoi-nghi-quan-triet": "study ideology inspect recruit meeting council",
    "sinh-hoat-chi-bo": "study massmob group",
    "le-ky-niem": "ceremony",
    "guong-dien-hinh": "person group",
    "ky-hop-hdnd": "council meeting invest",
    "mot-cua": "digital citizen",
    "cau-song-hau": "project urban",
    "do-thi-ven-song": "urban project biz trade invest",
    "ben-tau-du-lich": "emergency tourism urban",
    "cho-noi": "tourism trade",
    "canh-dong-lua": "agri",
    "vuon-cay-trai": "agri",
    "truong-hoc": "edu",
    "ngay-hoi": "culture welfare ceremony",
    "nha-van-hoa": "massmob welfare culture person",
    "luc-luong-vu-trang": "defense disaster ceremony",
    "tuan-tra": "police community cyber",
    "tru-so-phuong": "dialogue digital security",
    "khu-pho-sach-dep": "urban sidewalk light emergency",
    "duong-noi-o": "works traffic",
    "kenh-rach": "works emergency",
    "ngay-hoi-khu-vuc": "culture",
}

LOGOS = {
    "logo-thanh-uy": ("Logo Cổng thông tin điện tử Thành ủy Cần Thơ", CITY, "Đảng bộ thành phố Cần Thơ", (170, 20, 25)),
    "logo-ninh-kieu": ("Logo Báo điện tử phường Ninh Kiều", DISTRICT, "Tin tức – Đời sống – Khu phố", (20, 90, 160)),
}

# ---------------------------------------------------------------- authors

# key: (name, pen name, role, bio, (top, bottom) colours of the portrait or None for no photo)
AUTHORS = {
    "minh-khoi": (
        "Nguyễn Minh Khôi",
        "Minh Khôi",
        "Phóng viên",
        "Phóng viên ban Thời sự, theo dõi lĩnh vực xây dựng Đảng và hoạt động của Hội đồng nhân dân thành phố.",
        ((190, 60, 50), (250, 190, 130)),
    ),
    "thu-ha": (
        "Trần Thị Thu Hà",
        "Thu Hà",
        "Phóng viên",
        "Phóng viên theo dõi lĩnh vực văn hóa, giáo dục và y tế; nhiều năm gắn bó với các đề tài an sinh xã hội.",
        ((40, 110, 170), (170, 215, 240)),
    ),
    "hoang-phuc": (
        "Lê Hoàng Phúc",
        "Hoàng Phúc",
        "Biên tập viên",
        "Biên tập viên ban Kinh tế, phụ trách mảng nông nghiệp, du lịch và doanh nghiệp.",
        ((40, 120, 70), (180, 225, 170)),
    ),
    "ngoc-tram": (
        "Phạm Ngọc Trâm",
        "Ngọc Trâm",
        "Phóng viên ảnh",
        "Phóng viên ảnh, thực hiện nhiều phóng sự ảnh về đời sống sông nước miền Tây.",
        ((120, 50, 140), (220, 180, 235)),
    ),
    "thanh-tung": (
        "Võ Thanh Tùng",
        "Thanh Tùng",
        "Phóng viên",
        "Phóng viên theo dõi lĩnh vực quốc phòng, an ninh và trật tự an toàn giao thông.",
        ((50, 80, 50), (170, 200, 150)),
    ),
    "bao-ngoc": (
        "Huỳnh Bảo Ngọc",
        "Bảo Ngọc",
        "Cộng tác viên",
        "Cộng tác viên, viết về gương người tốt, việc tốt và các mô hình hay ở cơ sở.",
        ((200, 120, 30), (250, 220, 150)),
    ),
    "quoc-viet": (
        "Đặng Quốc Việt",
        "Quốc Việt",
        "Trưởng ban Thời sự",
        "Trưởng ban Thời sự, phụ trách tin bài về hoạt động của lãnh đạo thành phố và các sự kiện chính trị lớn.",
        ((30, 60, 120), (150, 180, 230)),
    ),
    "my-duyen": (
        "Ngô Thị Mỹ Duyên",
        "Mỹ Duyên",
        "Phóng viên",
        "Phóng viên Báo điện tử phường Ninh Kiều, theo dõi hoạt động của các phường và khu dân cư.",
        ((190, 50, 110), (250, 190, 220)),
    ),
    "chi-thien": (
        "Lâm Chí Thiện",
        "Chí Thiện",
        "Cộng tác viên",
        "Cộng tác viên ảnh và tin về đô thị, giao thông nội ô.",
        None,
    ),
    "tuyet-mai": (
        "Trịnh Tuyết Mai",
        "",
        "Biên tập viên",
        "Biên tập viên chuyên trang, phụ trách các chuyên đề tuyên truyền về nghị quyết của Đảng.",
        None,
    ),
}

# Which authors write for which column (the first ones more often).
COLUMN_AUTHORS = {
    "thoi-su": ["quoc-viet", "minh-khoi", "ngoc-tram"],
    "xay-dung-dang": ["minh-khoi", "tuyet-mai", "quoc-viet"],
    "hoc-tap-va-lam-theo-bac": ["bao-ngoc", "minh-khoi", "ngoc-tram"],
    "chinh-quyen": ["minh-khoi", "quoc-viet", "tuyet-mai"],
    "kinh-te": ["hoang-phuc", "ngoc-tram", "thu-ha"],
    "van-hoa-xa-hoi": ["thu-ha", "ngoc-tram", "bao-ngoc"],
    "quoc-phong-an-ninh": ["thanh-tung", "quoc-viet"],
    "dien-dan": ["bao-ngoc", "tuyet-mai", "thu-ha"],
    "tin-phuong": ["my-duyen", "chi-thien"],
    "do-thi-giao-thong": ["chi-thien", "my-duyen"],
    "doi-song": ["my-duyen", "chi-thien", "thu-ha"],
}

HERO_CREDITS = ["Ảnh: PV.", "Ảnh: PV.", "Ảnh: PV.", "Ảnh: Tư liệu.", "Ảnh: CTV.", "Ảnh: Ngọc Trâm."]

# ---------------------------------------------------------------- documents

_PARTY_MOTTO = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
_STATE_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
_SAMPLE_FOOTER = "Văn bản mẫu phục vụ trình diễn hệ thống, không có giá trị pháp lý."

DOCUMENTS = {
    "chi-thi-23": {
        "title": "Chỉ thị 23-CT/TU",
        "filename": "chi-thi-23-ct-tu.pdf",
        "issuer": ["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "THÀNH ỦY", "*"],
        "motto": _PARTY_MOTTO,
        "number": "23-CT/TU",
        "place_date": "Cần Thơ, ngày 15 tháng 5 năm 2023",
        "kind": "CHỈ THỊ",
        "title_long": "của Ban Thường vụ Thành ủy về đổi mới, nâng cao chất lượng và hiệu quả công tác "
        "nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng",
        "paragraphs": [
            "Chỉ thị coi việc đổi mới, nâng cao chất lượng nghiên cứu, học tập, quán triệt chủ trương, đường lối "
            "của Đảng là việc quan trọng, phải làm thường xuyên, và là một khâu đột phá khi thực hiện Nghị quyết "
            "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới phương thức lãnh "
            "đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới.",
            "Bí thư cấp ủy chủ trì và trực tiếp chỉ đạo; người học phải nghiêm túc, có trách nhiệm. Việc tổ chức "
            "học tập bài bản, khoa học, đúng quy trình; chương trình, kế hoạch thực hiện nghị quyết bám sát nhiệm "
            "vụ và hoàn cảnh của từng nơi; cán bộ chủ chốt làm gương.",
            "Giám sát chặt các buổi học tập, nhất là hội nghị trực tuyến; kết quả quán triệt, thực hiện nghị quyết "
            "là một căn cứ khi xếp loại hằng năm đối với tập thể và cá nhân. Kết hợp học trực tiếp, học trực "
            "tuyến và tuyên truyền miệng; tận dụng công nghệ số, gắn với nhiệm vụ bảo vệ nền tảng tư tưởng của "
            "Đảng.",
            "Ban Tuyên giáo Thành ủy là đầu mối, cùng các ban xây dựng Đảng và Văn phòng Thành ủy đề xuất với Ban "
            "Thường vụ Thành ủy bốn nhóm việc:",
        ],
        "items": [
            "Quy định của thành phố về quán triệt và tổ chức thực hiện nghị quyết, chỉ thị; tài liệu riêng cho "
            "từng đối tượng; hội nghị gọn, linh hoạt; kiểm tra mức độ nắm vững lý luận; phổ biến cách làm hay.",
            "Củng cố đội ngũ báo cáo viên các cấp và tuyên truyền viên cơ sở; chọn người trình bày đúng năng lực, "
            "kinh nghiệm.",
            "Định hướng báo chí, truyền thông đưa tin kịp thời về nghị quyết, chỉ thị mới; mở chuyên trang, chuyên "
            "mục; giới thiệu mô hình mới, gương điển hình.",
            "Nắm tình hình, đôn đốc, kiểm tra các nơi thực hiện Chỉ thị; đề xuất sơ kết, tổng kết đúng thời hạn.",
        ],
        "signer": ["T/M BAN THƯỜNG VỤ", "(Bản tóm lược, không kèm chữ ký)"],
        "footer": "Bản tóm lược phục vụ bạn đọc, không thay thế văn bản gốc.",
    },
    "ke-hoach-50-nam": {
        "title": "Kế hoạch tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
        "filename": "ke-hoach-tuyen-truyen-50-nam-thong-nhat.pdf",
        "issuer": ["THÀNH ỦY CẦN THƠ", "BAN TUYÊN GIÁO", "*"],
        "motto": _PARTY_MOTTO,
        "number": "45-KH/BTGTU",
        "place_date": "Cần Thơ, ngày 10 tháng 02 năm 2025",
        "kind": "KẾ HOẠCH",
        "title_long": "tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước "
        "(30/4/1975 – 30/4/2025)",
        "paragraphs": [
            "Tuyên truyền sâu rộng ý nghĩa lịch sử, tầm vóc thời đại của cuộc Tổng tiến công và nổi dậy mùa "
            "Xuân năm 1975; khẳng định sự lãnh đạo đúng đắn, sáng tạo của Đảng và sức mạnh của khối đại đoàn "
            "kết toàn dân tộc.",
            "Giới thiệu những thành tựu trong 50 năm xây dựng và phát triển của thành phố; bồi đắp niềm tự hào, "
            "khơi dậy khát vọng cống hiến, nhất là trong thế hệ trẻ.",
            "Các hoạt động được tổ chức thiết thực, trang trọng, tiết kiệm; kết hợp tuyên truyền trực quan, "
            "báo chí, mạng xã hội với các hoạt động văn hóa, văn nghệ, thể thao ở cơ sở.",
        ],
        "items": [
            "Tổ chức lễ kỷ niệm, gặp mặt cựu chiến binh, cựu thanh niên xung phong, gia đình chính sách.",
            "Triển lãm ảnh, sách báo về 50 năm xây dựng và phát triển thành phố.",
            "Chương trình nghệ thuật chào mừng tại các quận, huyện.",
            "Mở chuyên trang tuyên truyền trên Cổng thông tin điện tử Thành ủy.",
        ],
        "signer": ["TRƯỞNG BAN", "(đã ký)"],
        "footer": _SAMPLE_FOOTER,
    },
    "lich-tiep-cong-dan": {
        "title": "Thông báo lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân thành phố",
        "filename": "thong-bao-lich-tiep-cong-dan.pdf",
        "issuer": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
        "motto": _STATE_MOTTO,
        "number": "112/TB-UBND",
        "place_date": "Cần Thơ, ngày 02 tháng 3 năm 2026",
        "kind": "THÔNG BÁO",
        "title_long": "Lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân thành phố",
        "paragraphs": [
            "Chủ tịch Ủy ban nhân dân thành phố tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp "
            "công dân thành phố. Trường hợp trùng ngày nghỉ, lễ, việc tiếp công dân được chuyển sang ngày làm "
            "việc kế tiếp.",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo giấy tờ tùy thân và các "
            "tài liệu liên quan; trường hợp nhiều người cùng nội dung thì cử đại diện không quá năm người.",
            "Người dân có thể đăng ký trước qua Cổng dịch vụ công hoặc đường dây nóng của thành phố để được "
            "bố trí thời gian phù hợp.",
        ],
        "signer": ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(đã ký)"],
        "footer": _SAMPLE_FOOTER,
    },
    "ke-hoach-chuyen-doi-so": {
        "title": "Kế hoạch thực hiện chuyển đổi số năm 2026",
        "filename": "ke-hoach-chuyen-doi-so-2026.pdf",
        "issuer": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
        "motto": _STATE_MOTTO,
        "number": "35/KH-UBND",
        "place_date": "Cần Thơ, ngày 20 tháng 01 năm 2026",
        "kind": "KẾ HOẠCH",
        "title_long": "Thực hiện chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số năm 2026",
        "paragraphs": [
            "Lấy người dân, doanh nghiệp làm trung tâm; bảo đảm mọi thủ tục hành chính đủ điều kiện được cung "
            "cấp dưới dạng dịch vụ công trực tuyến toàn trình, thao tác đơn giản, dễ sử dụng.",
            "Hoàn thiện hạ tầng số, kết nối và chia sẻ dữ liệu giữa các cơ sở dữ liệu chuyên ngành với cơ sở "
            "dữ liệu quốc gia về dân cư; tăng cường bảo đảm an toàn thông tin.",
            "Phát triển kinh tế số trong thương mại, du lịch, nông nghiệp; phổ cập kỹ năng số cho người dân "
            "thông qua các tổ công nghệ số cộng đồng.",
        ],
        "items": [
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên.",
            "100% hồ sơ công việc cấp thành phố và cấp xã được xử lý trên môi trường mạng.",
            "Mỗi khu vực, ấp có ít nhất một tổ công nghệ số cộng đồng hoạt động hiệu quả.",
        ],
        "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        "footer": _SAMPLE_FOOTER,
    },
    "bao-cao-kinh-te": {
        "title": "Báo cáo tình hình kinh tế – xã hội 9 tháng đầu năm",
        "filename": "bao-cao-kinh-te-xa-hoi-9-thang.pdf",
        "issuer": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
        "motto": _STATE_MOTTO,
        "number": "268/BC-UBND",
        "place_date": "Cần Thơ, ngày 06 tháng 10 năm 2026",
        "kind": "BÁO CÁO",
        "title_long": "Tình hình kinh tế – xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp những tháng cuối năm",
        "paragraphs": [
            "Kinh tế thành phố tiếp tục phục hồi và tăng trưởng khá; các ngành dịch vụ, thương mại, du lịch "
            "giữ vai trò động lực. Sản xuất nông nghiệp ổn định, giá trị sản xuất trên một héc-ta đất canh tác "
            "tăng so với cùng kỳ.",
            "Thu ngân sách đạt khá so với dự toán; giải ngân vốn đầu tư công có chuyển biến nhưng chưa đạt yêu "
            "cầu, một số dự án còn vướng mặt bằng.",
            "Lĩnh vực văn hóa – xã hội có nhiều tiến bộ; an sinh xã hội được bảo đảm; quốc phòng, an ninh được "
            "giữ vững.",
        ],
        "items": [
            "Tập trung tháo gỡ vướng mắc, đẩy nhanh giải ngân vốn đầu tư công.",
            "Chuẩn bị hàng hóa, bình ổn thị trường dịp cuối năm.",
            "Chăm lo đời sống người có công, hộ nghèo, hộ cận nghèo.",
        ],
        "signer": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(đã ký)"],
        "footer": _SAMPLE_FOOTER,
    },
    "ke-hoach-chinh-trang": {
        "title": "Kế hoạch ra quân chỉnh trang đô thị, lập lại trật tự lòng đường, vỉa hè",
        "filename": "ke-hoach-chinh-trang-do-thi.pdf",
        "issuer": ["ỦY BAN NHÂN DÂN", "QUẬN NINH KIỀU"],
        "motto": _STATE_MOTTO,
        "number": "58/KH-UBND",
        "place_date": "Ninh Kiều, ngày 14 tháng 4 năm 2026",
        "kind": "KẾ HOẠCH",
        "title_long": "Ra quân chỉnh trang đô thị, lập lại trật tự lòng đường, vỉa hè trên địa bàn quận",
        "paragraphs": [
            "Vận động, tuyên truyền là chính; kiên quyết xử lý các trường hợp cố tình vi phạm sau khi đã được "
            "nhắc nhở. Mỗi phường chọn ít nhất hai tuyến đường làm điểm.",
            "Phần vỉa hè dành cho người đi bộ rộng tối thiểu 1,5 mét; các hộ kinh doanh không lấn chiếm lòng "
            "đường, không để xe, hàng hóa cản trở giao thông.",
        ],
        "items": [
            "Tháng thứ nhất: tuyên truyền, vận động, ký cam kết với hộ kinh doanh.",
            "Tháng thứ hai: ra quân kiểm tra, nhắc nhở, xử lý vi phạm.",
            "Tháng thứ ba: duy trì, sơ kết, nhân rộng tuyến đường kiểu mẫu.",
        ],
        "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        "footer": _SAMPLE_FOOTER,
    },
}

# ---------------------------------------------------------------- thematic pages (city outlet)

THEMATIC_PAGES = {
    "50-nam-thong-nhat": {
        "title": "Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
        "intro": "Chuyên trang tuyên truyền kỷ niệm 50 năm Ngày Giải phóng hoàn toàn miền Nam, thống nhất đất "
        "nước (30/4/1975 – 30/4/2025): các hoạt động kỷ niệm, ký ức của nhân chứng và những đổi thay của "
        "thành phố sau nửa thế kỷ.",
        "banner": "le-ky-niem",
        "start": "2025-03-01",
        "end": "2025-05-15",
        "tag": "50 năm thống nhất",
        "document": "ke-hoach-50-nam",
    },
    "dua-nghi-quyet-vao-cuoc-song": {
        "title": "Đưa nghị quyết của Đảng vào cuộc sống",
        "intro": "Chuyên trang theo dõi việc học tập, quán triệt và triển khai các nghị quyết, chỉ thị của "
        "Đảng ở thành phố: những cách làm hay, mô hình hiệu quả và ý kiến của cán bộ, đảng viên, nhân dân.",
        "banner": "hoi-nghi-quan-triet",
        "start": "2026-01-05",
        "end": None,
        "tag": "Nghị quyết",
        "column": "xay-dung-dang",
    },
    "chuyen-doi-so-vi-nguoi-dan": {
        "title": "Chuyển đổi số vì người dân",
        "intro": "Chính quyền số, kinh tế số, xã hội số: những thay đổi người dân và doanh nghiệp cảm nhận "
        "được mỗi ngày, từ thủ tục hành chính trực tuyến đến thanh toán không dùng tiền mặt.",
        "banner": "mot-cua",
        "start": "2026-05-01",
        "end": "2026-12-31",
        "tag": "Chuyển đổi số",
        "column": "chinh-quyen",
        "document": "ke-hoach-chuyen-doi-so",
    },
}

# ---------------------------------------------------------------- users

# username: (first name, last name, groups). "Phóng viên · Thời sự" and "Biên tập viên · Thời sự"
# are created by the post_save signal on the top-level column "Thời sự".
# Each outlet has its own newsroom (cms/news/newsroom.py): role groups are
# "<role> (<outlet slug>)", column groups "<role> · <column> (<outlet slug>)".
USERS = {
    "phongvien": ("Minh Khôi", "Nguyễn", ["Phóng viên (thanh-uy)", "Phóng viên · Thời sự (thanh-uy)"]),
    "bientap": ("Quốc Việt", "Đặng", ["Biên tập viên (thanh-uy)", "Biên tập viên · Thời sự (thanh-uy)"]),
    "tongbientap": ("Thành Trung", "Nguyễn", ["Tổng biên tập (thanh-uy)"]),
    "kiemduyet": ("Thanh Hương", "Lê", ["Kiểm duyệt viên (thanh-uy)"]),
    "phongvien_ninhkieu": ("Ngọc Hân", "Trần", ["Phóng viên (ninh-kieu)", "Phóng viên · Tin phường (ninh-kieu)"]),
    "bientap_ninhkieu": ("Hữu Phước", "Võ", ["Biên tập viên (ninh-kieu)", "Biên tập viên · Tin phường (ninh-kieu)"]),
    "tongbientap_ninhkieu": ("Kim Loan", "Huỳnh", ["Tổng biên tập (ninh-kieu)"]),
    "kiemduyet_ninhkieu": ("Minh Tâm", "Lâm", ["Kiểm duyệt viên (ninh-kieu)"]),
}

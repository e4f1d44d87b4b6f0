"""A fixed Vietnamese corpus for the search relevance suite (tests/search/test_relevance.py).

Written for the tests, not taken from cms/demo/: changing the demo content must
never move these expectations. Plain data, built into pages by the test module.

Every document has a `key`; QUERIES name their expected results by key. The
corpus sets traps on purpose:

- words that fold to the same letters: Đà Nẵng / đã nâng, Đảng / đang / dáng /
  đăng, mưa / múa / mùa / mua, bão / báo / bảo, đờn / đón, Thành ủy / (Vĩnh)
  Thạnh uy (tín), trật tự (tu) / TU, nghị / nghỉ;
- the two tone placements: a title written "Thành uỷ" (old style) next to "Thành ủy";
- a title match against a newer document that only repeats the words in its body
  (tôm càng xanh), and against leads that quote the title (đờn ca tài tử, di sản);
- an old and a new article on the same subject (chợ nổi Cái Răng; chuyển đổi số
  trong các cơ quan Đảng): the new one first;
- directive numbers written inside other pages' titles and leads (23-CT/TU,
  12-NQ/TW, 15/NQ-HĐND), two directives numbered 23 and two numbered 05, and
  issuer codes with Đ (HĐND, SGDĐT) that readers type as D.

`days` is how long ago a page was published; a directive is published the day
it is issued (`issued_on`).
"""

from datetime import date

COLUMNS = {
    "xdd": "Xây dựng Đảng",
    "ts": "Thời sự",
    "kt": "Kinh tế",
    "dt": "Đô thị",
    "vh": "Văn hóa",
    "gd": "Giáo dục",
}

ISSUERS = {
    "tw": {
        "name": "Ban Chấp hành Trung ương Đảng",
        "short_name": "BCH Trung ương",
        "code": "TW",
        "level": "trung-uong",
    },
    "tu": {"name": "Ban Thường vụ Thành ủy", "short_name": "BTV Thành ủy", "code": "TU", "level": "thanh-uy"},
    "qu": {
        "name": "Ban Thường vụ Quận ủy Ninh Kiều",
        "short_name": "BTV Quận ủy Ninh Kiều",
        "code": "QU",
        "level": "quan-huyen-uy",
    },
    "ubnd": {
        "name": "Ủy ban nhân dân thành phố",
        "short_name": "UBND thành phố",
        "code": "UBND",
        "level": "ubnd-thanh-pho",
    },
    "hdnd": {"name": "Hội đồng nhân dân thành phố", "short_name": "HĐND thành phố", "code": "HĐND", "level": "khac"},
    "sgd": {"name": "Sở Giáo dục và Đào tạo", "short_name": "Sở GD&ĐT", "code": "SGDĐT", "level": "khac"},
}

ARTICLES = [
    # ------------------------------------------------------------ Xây dựng Đảng
    {
        "key": "quan-triet-ct23",
        "column": "xdd",
        "days": 20,
        "title": "Quán triệt Chỉ thị 23-CT/TU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "lead": "Ban Thường vụ Thành ủy tổ chức hội nghị trực tuyến đến 320 điểm cầu, quán triệt chỉ thị "
        "cho hơn 18.000 cán bộ, đảng viên.",
        "body": [
            "Hội nghị yêu cầu mỗi chi bộ chọn một chuyên đề học tập hằng năm, gắn với nhiệm vụ chính trị "
            "của địa phương, đơn vị.",
            "Người đứng đầu cấp ủy phải nêu gương, đăng ký việc làm cụ thể và báo cáo kết quả cuối năm.",
            "Đảng viên ghi vào sổ tay điện tử những điểm mới của nghị quyết và chỉ thị.",
        ],
        "tags": ["Chỉ thị 23", "Học tập và làm theo Bác"],
    },
    {
        "key": "ket-nap-dang-vien",
        "column": "xdd",
        "days": 5,
        "title": "Đảng bộ phường An Khánh kết nạp 15 đảng viên trẻ",
        "lead": "Phần lớn quần chúng ưu tú được kết nạp là đoàn viên, sinh viên của các trường đại học trên địa bàn.",
        "body": [
            "Lễ kết nạp được tổ chức tại Nhà truyền thống phường, dưới sự chứng kiến của cán bộ lão thành cách mạng.",
            "Dịp này, Đảng bộ phường cũng lấy ý kiến đảng viên vào dự thảo văn kiện Đại hội.",
        ],
        "tags": ["Phát triển đảng viên"],
    },
    {
        "key": "so-ket-nq12",
        "column": "xdd",
        "days": 45,
        "title": "Sơ kết ba năm thực hiện Nghị quyết 12-NQ/TW ở Đảng bộ quận Cái Răng",
        "lead": "Quận ủy đánh giá việc tự phê bình, phê bình và xử lý cán bộ né tránh, đùn đẩy trách nhiệm.",
        "body": [
            "Ba năm qua, quận đã kiểm điểm 46 tập thể, 212 cá nhân; kỷ luật 9 đảng viên vi phạm.",
            "Quận ủy thực hiện nghị quyết theo Kế hoạch 05-KH/TU của Ban Thường vụ Thành ủy.",
        ],
        "tags": ["Nghị quyết 12"],
    },
    {
        "key": "cds-co-quan-dang-cu",
        "column": "xdd",
        "days": 800,
        "title": "Chuyển đổi số trong các cơ quan Đảng: những bước đi đầu tiên",
        "lead": "Văn phòng Thành ủy đưa phần mềm quản lý văn bản vào sử dụng, giảm giấy tờ trong các cơ quan Đảng.",
        "body": ["Giai đoạn đầu, 40 đầu mối được cấp chữ ký số và tài khoản điều hành tác nghiệp."],
    },
    {
        "key": "cds-co-quan-dang-moi",
        "column": "xdd",
        "days": 6,
        "title": "Chuyển đổi số trong các cơ quan Đảng: từ phần mềm đến dữ liệu",
        "lead": "Văn phòng Thành ủy kết nối dữ liệu đảng viên trong hệ thống quản lý văn bản của các cơ quan Đảng.",
        "body": ["Năm nay toàn bộ hồ sơ đảng viên được số hóa, tra cứu ngay trên máy tính bảng của cấp ủy."],
    },
    {
        # "đảng viên" and "áo dài" in one title: folded, "dang ... ao dai" like "dáng áo dài".
        "key": "ao-dai-dang-vien",
        "column": "xdd",
        "days": 21,
        "title": "Nữ đảng viên mặc áo dài dự đại hội chi bộ",
        "lead": "Chi bộ khu vực 2 vận động đảng viên nữ mặc áo dài, giữ nét đẹp truyền thống trong các kỳ "
        "sinh hoạt quan trọng.",
        "body": ["Chi bộ vừa kết nạp ba đảng viên trẻ, đều là giáo viên mầm non."],
    },
    {
        "key": "lay-y-kien-van-kien",
        "column": "xdd",
        "days": 25,
        "title": "Phường Tân An lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội Đảng bộ",
        "lead": "Các tổ dân phố góp ý vào báo cáo chính trị, tập trung vào chỉnh trang phố phường và an sinh xã hội.",
        "body": ["Hơn 300 ý kiến được ghi nhận qua các buổi họp tổ dân phố và hộp thư điện tử."],
    },
    {
        "key": "bao-ve-nen-tang",
        "column": "xdd",
        "days": 50,
        "title": "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
        "lead": "Ban Tuyên giáo Thành ủy tập huấn cho 200 cộng tác viên cách nhận diện, phản bác thông tin sai trái.",
        "body": [
            "Mỗi cộng tác viên phụ trách theo dõi một nhóm cộng đồng trên mạng xã hội.",
            "Nhân Ngày Báo chí cách mạng Việt Nam, ban trao thưởng cho các cộng tác viên tích cực.",
        ],
        "tags": ["Bảo vệ nền tảng tư tưởng"],
    },
    {
        "key": "thanh-uy-giao-thong-thuy",
        "column": "xdd",
        "days": 12,
        "title": "Ban Thường vụ Thành ủy cho ý kiến về đề án giao thông thủy",
        "lead": "Ban Thường vụ Thành ủy thống nhất chủ trương đầu tư năm bến tàu khách trên sông Hậu.",
        "body": [
            "Đề án ưu tiên tuyến tàu nối trung tâm với các điểm du lịch miệt vườn, phát triển du lịch sông nước.",
            "Đề án sẽ được đưa ra lấy ý kiến góp ý trước khi trình dự thảo nghị quyết.",
        ],
    },
    {
        "key": "kiem-tra-dang-vien",
        "column": "xdd",
        "days": 35,
        # Written with the old tone placement (uỷ, not ủy), as many editors still type.
        "title": "Uỷ ban Kiểm tra Thành uỷ giám sát việc thực hiện những điều đảng viên không được làm",
        "lead": "Đoàn giám sát làm việc với 12 tổ chức cơ sở, nhắc nhở việc kê khai tài sản, thu nhập.",
        "body": ["Qua giám sát theo Quy định 37-QĐi/TW, đoàn đề nghị chấn chỉnh việc sinh hoạt chi bộ định kỳ."],
    },
    # ------------------------------------------------------------ Thời sự
    {
        "key": "da-nang-xe-buyt",
        "column": "ts",
        "days": 8,
        "title": "Đà Nẵng khai trương tuyến xe buýt điện đầu tiên",
        "lead": "Tuyến xe buýt nối sân bay với trung tâm thành phố, giá vé 8.000 đồng một lượt.",
        "body": ["Mỗi ngày có 40 chuyến; xe sạc đầy pin chạy được 200 km. Tuyến thứ hai sẽ chạy ven sông Hàn."],
    },
    {
        "key": "can-tho-nang-cap-xe-buyt",
        "column": "ts",
        "days": 9,
        "title": "Cần Thơ đã nâng cấp tuyến xe buýt ven sông Hậu",
        "lead": "Sau nâng cấp, xe chạy 15 phút một chuyến và có thêm trạm dừng ở bến Ninh Kiều.",
        "body": [
            "Hành khách đi xe buýt tăng gấp đôi so với năm trước.",
            "Thành phố dự kiến thay toàn bộ đoàn xe bằng xe buýt điện vào năm 2028.",
        ],
    },
    {
        "key": "mua-lon-ngap",
        "column": "ts",
        "days": 2,
        "title": "Mưa lớn kéo dài, nhiều tuyến đường nội ô ngập sâu",
        "lead": "Lượng mưa đo được trong ba giờ vượt 120 mm; nước rút chậm ở các tuyến đường trũng.",
        "body": [
            "Lực lượng chức năng phân luồng giao thông tại các giao lộ bị ngập.",
            "Sau bão số 5, đây là trận mưa lớn nhất; các phường khẩn trương khắc phục.",
            "Hệ thống thoát nước ở quận Ninh Kiều quá tải khi triều cường lên.",
        ],
    },
    {
        # Quotes the Thông báo's number and nearly its title.
        "key": "nghi-tet-chin-ngay",
        "column": "ts",
        "days": 3,
        "title": "Cán bộ, công chức được nghỉ Tết Nguyên đán chín ngày",
        "lead": "Theo Thông báo 30/TB-UBND, lịch nghỉ bắt đầu từ ngày 27 tháng Chạp.",
        "body": ["Các bệnh viện, trạm điện, cấp nước vẫn bố trí trực đủ người."],
    },
    {
        "key": "khac-phuc-bao",
        "column": "ts",
        "days": 60,
        "title": "Huyện ven biển khắc phục thiệt hại sau bão",
        "lead": "Cơn bão làm tốc mái hơn 200 căn nhà; lực lượng vũ trang giúp dân dựng lại nhà cửa.",
        "body": ["Tỉnh hỗ trợ mỗi hộ có nhà bị sập 40 triệu đồng."],
    },
    {
        "key": "ngay-bao-chi",
        "column": "ts",
        "days": 300,
        "title": "Hội Nhà báo thành phố kỷ niệm Ngày Báo chí cách mạng Việt Nam",
        "lead": "Hơn 300 người làm báo dự lễ; 25 tác phẩm được trao giải báo chí về bảo vệ nền tảng tư tưởng của Đảng.",
        "body": [
            "Giải thưởng năm nay có thêm hạng mục dành cho báo điện tử và phát thanh.",
            "Hội tổ chức tập huấn kỹ năng phản bác thông tin sai trái cho phóng viên trẻ.",
        ],
    },
    # ------------------------------------------------------------ Kinh tế
    {
        "key": "mua-mua-sam",
        "column": "kt",
        "days": 15,
        "title": "Mùa mua sắm cuối năm: siêu thị kéo dài giờ mở cửa",
        "lead": "Nhiều siêu thị mở cửa đến 23 giờ, lượng hàng Tết tăng gấp ba lần ngày thường.",
        "body": ["Các chợ truyền thống cũng bố trí thêm quầy hàng ngoài trời."],
    },
    {
        "key": "gia-lua-tang",
        "column": "kt",
        "days": 10,
        "title": "Giá lúa tăng, nông dân Cờ Đỏ phấn khởi",
        "lead": "Thương lái mua lúa tại ruộng với giá 7.800 đồng/kg, cao hơn cùng kỳ 900 đồng.",
        "body": ["Vụ hè thu năm nay năng suất bình quân đạt 6,2 tấn mỗi hecta; xuất khẩu gạo đạt kỷ lục."],
    },
    {
        "key": "xuat-khau-gao",
        "column": "kt",
        "days": 40,
        "title": "Xuất khẩu gạo quý I đạt kỷ lục về giá trị",
        "lead": "Các doanh nghiệp ký hợp đồng mới với thị trường Philippines và Indonesia.",
        "body": ["Gạo thơm chiếm hơn một nửa lượng gạo xuất khẩu, trong đó có gạo Vĩnh Thạnh."],
    },
    {
        "key": "vay-von-cds",
        "column": "kt",
        "days": 14,
        "title": "Doanh nghiệp nhỏ được vay vốn ưu đãi để chuyển đổi số",
        "lead": "Ngân hàng dành 500 tỷ đồng cho doanh nghiệp nhỏ và vừa đầu tư phần mềm quản trị.",
        "body": ["Lãi suất thấp hơn thị trường 2% trong ba năm đầu, theo Kế hoạch 05/KH-UBND của thành phố."],
    },
    {
        "key": "cho-noi-cu",
        "column": "kt",
        "days": 1100,
        "title": "Chợ nổi Cái Răng được đề nghị công nhận di sản văn hóa phi vật thể",
        "lead": "Hồ sơ khoa học nêu rõ giá trị của chợ nổi Cái Răng với đời sống cư dân sông nước.",
        "body": ["Mỗi sáng có hàng trăm ghe xuồng họp chợ, bẹo hàng bằng cây sào."],
    },
    {
        "key": "cho-noi-moi",
        "column": "kt",
        "days": 4,
        "title": "Chợ nổi Cái Răng có bến thuyền du lịch mới",
        "lead": "Bến thuyền mới giúp khách tham quan chợ nổi Cái Răng lên xuống an toàn hơn.",
        "body": ["Bến có mái che, phao cứu sinh và quầy bán vé điện tử."],
    },
    {
        "key": "tom-cang-xanh",
        "column": "kt",
        "days": 70,
        "title": "Nuôi tôm càng xanh trong ruộng lúa cho lãi cao",
        "lead": "Mỗi hecta cho lãi 120 triệu đồng sau một vụ, gấp đôi trồng lúa độc canh.",
        "body": ["Người nuôi thả giống sau khi cấy lúa một tháng, thu hoạch trước mùa nước nổi."],
    },
    {
        # Newer, and repeats the words of the query above in its body: the title match must still win.
        "key": "phong-dien-chuyen-doi",
        "column": "kt",
        "days": 3,
        "title": "Nông dân Phong Điền chuyển đổi cơ cấu cây trồng, vật nuôi",
        "lead": "Nhiều hộ chuyển ruộng lúa kém hiệu quả sang trồng cây ăn trái và nuôi thủy sản.",
        "body": [
            "Mô hình nuôi tôm càng xanh trong ruộng lúa được nhân rộng khắp huyện.",
            "Hộ ông Tư nuôi tôm càng xanh trên hai hecta; hợp tác xã nuôi tôm càng xanh hướng dẫn kỹ thuật "
            "cho xã viên. Tôm càng xanh bán được giá.",
            "Nông dân xã Thạnh Phú cũng chuyển sang luân canh lúa – tôm.",
        ],
    },
    {
        # Folds to "... vinh thanh uy tin ...": the words "thanh uy" of Thành ủy, in a title.
        "key": "gao-vinh-thanh",
        "column": "kt",
        "days": 22,
        "title": "Gạo Vĩnh Thạnh: uy tín làm nên thương hiệu",
        "lead": "Hợp tác xã giữ quy trình canh tác sạch, được các siêu thị lớn bao tiêu toàn bộ sản lượng.",
        "body": ["Thương hiệu gạo được cấp chỉ dẫn địa lý từ năm ngoái."],
    },
    # ------------------------------------------------------------ Đô thị
    {
        "key": "nao-vet-kenh",
        "column": "dt",
        "days": 26,
        "title": "Nạo vét kênh Xáng Thổi để chống ngập nội ô",
        "lead": "Công trình dài 2,5 km, hoàn thành trước mùa mưa năm nay.",
        "body": ["Bùn nạo vét được chở ra bãi tập kết ngoài khu dân cư."],
    },
    {
        "key": "thoat-nuoc-ninh-kieu",
        "column": "dt",
        "days": 90,
        "title": "Thành phố đầu tư 1.200 tỷ đồng cải tạo hệ thống thoát nước",
        "lead": "Dự án cải tạo 60 km cống ngầm ở quận Ninh Kiều, giảm ngập khi triều cường kết hợp mưa lớn.",
        "body": [
            "Nhà thầu thi công vào ban đêm để hạn chế ùn tắc trên các tuyến đường.",
            "Cùng với nạo vét kênh rạch, thành phố lắp thêm trạm bơm chống ngập.",
        ],
    },
    {
        "key": "cau-ba-bo",
        "column": "dt",
        "days": 18,
        "title": "Cầu Bà Bộ thông xe sau hai năm thi công",
        "lead": "Cây cầu dài 260 m nối hai phường Bình Thủy và Long Tuyền, giảm ùn tắc cho quốc lộ 91.",
        "body": ["Cầu có làn riêng cho xe máy và lối đi bộ; dưới chân cầu sẽ có công viên bờ sông theo quy hoạch."],
    },
    {
        "key": "pho-van-minh",
        "column": "dt",
        "days": 28,
        "title": "Phường Cái Khế ra mắt tuyến phố văn minh đầu tiên",
        "lead": "Người dân cam kết giữ trật tự, không lấn chiếm vỉa hè, lòng đường, phân loại rác tại nguồn.",
        "body": [
            "Tuyến phố dài 800 m, có camera giám sát. Trước đây tuyến đường này không có thùng rác.",
            "Phường thực hiện Chỉ thị 23-CT/QU của Ban Thường vụ Quận ủy.",
        ],
    },
    {
        "key": "dang-nang-cap-hem",
        "column": "dt",
        "days": 17,
        "title": "Quận Bình Thủy đang nâng cấp 12 tuyến đường hẻm",
        "lead": "Các tuyến hẻm được mở rộng, lắp đèn chiếu sáng trước mùa khô.",
        "body": ["Người dân hiến 3.000 m² đất để mở rộng hẻm; hẻm dẫn lên cầu Bà Bộ thông xe từ tháng trước."],
    },
    # ------------------------------------------------------------ Văn hóa
    {
        "key": "vo-mua-moi",
        "column": "vh",
        "days": 30,
        "title": "Nhà hát Tây Đô dựng vở múa mới về miền sông nước",
        "lead": "Vở diễn dài 70 phút kể chuyện người dân vùng sông nước mở đất.",
        "body": ["Biên đạo dùng chất liệu hò, lý Nam Bộ cho phần âm nhạc; vở diễn mừng lễ hội Kỳ Yên."],
    },
    {
        # Older than the pages about rain and shopping that fold alike ("mua").
        "key": "mua-lan",
        "column": "vh",
        "days": 400,
        "title": "Đội múa lân phường An Bình đoạt giải nhất",
        "lead": "Đội có 20 thành viên, tập luyện mỗi tối ở sân đình.",
        "body": ["Giải được tổ chức dịp Tết Trung thu, có 14 đội tham gia."],
    },
    {
        "key": "dang-ao-dai",
        "column": "vh",
        "days": 33,
        "title": "Giữ dáng áo dài truyền thống trong đời sống hôm nay",
        "lead": "Các nhà may lâu năm ở chợ Tân An vẫn giữ đường cắt, độ ôm của tà áo xưa.",
        "body": ["Nhiều bạn trẻ đặt may áo dài mặc đi làm; mùa mua sắm Tết là lúc nhà may đông khách nhất."],
    },
    {
        "key": "le-hoi-ky-yen",
        "column": "vh",
        "days": 100,
        "title": "Lễ hội Kỳ Yên ở đình Bình Thủy đón hàng nghìn lượt khách",
        "lead": "Lễ hội được công nhận là di sản văn hóa phi vật thể quốc gia.",
        "body": ["Nghi thức rước sắc thần diễn ra vào sáng ngày thứ hai; đêm hội có vở múa mới của Nhà hát Tây Đô."],
    },
    {
        "key": "don-ca-tai-tu",
        "column": "vh",
        "days": 11,
        "title": "Đờn ca tài tử Nam Bộ về với sân khấu phố đi bộ",
        "lead": "Mỗi tối thứ Bảy, các nhóm đờn ca biểu diễn miễn phí bên bến Ninh Kiều.",
        "body": ["Khán giả có thể lên sân khấu hát cùng nghệ nhân."],
    },
    {
        # "Đón" folds to "don" like "Đờn", and the lead quotes "đờn ca tài tử".
        "key": "don-khach-tet",
        "column": "vh",
        "days": 16,
        "title": "Đón khách du lịch dịp Tết, bến Ninh Kiều mở thêm tuyến tàu đêm",
        "lead": "Tàu đêm đưa khách ngắm sông Hậu và nghe đờn ca tài tử trên boong.",
        "body": ["Giá vé 150.000 đồng, khởi hành lúc 19 giờ hằng ngày."],
    },
    # ------------------------------------------------------------ Giáo dục
    {
        "key": "dang-ky-nguyen-vong",
        "column": "gd",
        "days": 7,
        "title": "Tuyển sinh lớp 10: học sinh đăng ký nguyện vọng trực tuyến",
        "lead": "Mỗi học sinh được đăng ký tối đa ba nguyện vọng, hạn chót ngày 20 tháng 5.",
        "body": ["Theo Hướng dẫn 45/HD-SGDĐT, phụ huynh có thể nhờ giáo viên chủ nhiệm hỗ trợ thao tác."],
    },
    {
        "key": "hoc-phi",
        "column": "gd",
        "days": 13,
        "title": "Thành phố hỗ trợ học phí cho học sinh từ năm học mới",
        "lead": "Theo Nghị quyết 15/NQ-HĐND, học sinh trung học cơ sở được hỗ trợ toàn bộ học phí.",
        "body": ["Nhà trường lập danh sách, phụ huynh không phải làm hồ sơ."],
    },
    {
        "key": "thieu-giao-vien",
        "column": "gd",
        "days": 19,
        "title": "Nhiều trường đang thiếu giáo viên tiếng Anh và tin học",
        "lead": "Sở Giáo dục và Đào tạo đề nghị tuyển thêm 140 giáo viên; có trường chỉ còn một cô giáo dạy tiếng Anh.",
        "body": ["Một số trường phải mời giáo viên thỉnh giảng."],
    },
]

DIRECTIVES = [
    {
        "key": "ct23-tu",
        "number": "23-CT/TU",
        "kind": "chi-thi",
        "issuer": "tu",
        "issued_on": date(2023, 5, 15),
        "title": "Chỉ thị 23-CT/TU về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "summary": "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với "
        "xây dựng, chỉnh đốn Đảng.",
        "full_text": "<p>Các cấp ủy, tổ chức đảng xây dựng chuyên đề hằng năm; người đứng đầu nêu gương.</p>",
    },
    {
        # Also 23 and also a Chỉ thị; its title has "trật tự", which folds to "tu" like the code TU.
        "key": "ct23-qu",
        "number": "23-CT/QU",
        "kind": "chi-thi",
        "issuer": "qu",
        "issued_on": date(2024, 3, 2),
        "title": "Chỉ thị 23-CT/QU về lập lại trật tự vỉa hè, lòng đường trên địa bàn quận",
        "summary": "Về lập lại trật tự vỉa hè, lòng đường, xử lý dứt điểm lấn chiếm trên các tuyến phố chính.",
        "full_text": "<p>Giao Ủy ban nhân dân các phường ra quân mỗi tháng hai lần.</p>",
    },
    {
        "key": "nq12-tw",
        "number": "12-NQ/TW",
        "kind": "nghi-quyet",
        "issuer": "tw",
        "issued_on": date(2021, 10, 30),
        "title": "Nghị quyết 12-NQ/TW về tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
        "summary": "Về tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, "
        "đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống.",
        "full_text": "<p>Tập trung lãnh đạo công tác cán bộ, kiểm soát quyền lực. Định kỳ sơ kết, tổng kết.</p>",
    },
    {
        # Names 12-NQ/TW in its title: a search for that number must still put the Nghị quyết first.
        "key": "kh05-tu",
        "number": "05-KH/TU",
        "kind": "ke-hoach",
        "issuer": "tu",
        "issued_on": date(2022, 1, 20),
        "title": "Kế hoạch 05-KH/TU thực hiện Nghị quyết 12-NQ/TW của Ban Chấp hành Trung ương",
        "summary": "Thực hiện Nghị quyết 12-NQ/TW về xây dựng, chỉnh đốn Đảng trong toàn Đảng bộ thành phố.",
        "full_text": "<p>Các đảng bộ trực thuộc xây dựng chương trình hành động trong quý I.</p>",
    },
    {
        "key": "kh05-ubnd",
        "number": "05/KH-UBND",
        "kind": "ke-hoach",
        "issuer": "ubnd",
        "issued_on": date(2025, 1, 10),
        "title": "Kế hoạch 05/KH-UBND về chuyển đổi số năm 2025",
        "summary": "Triển khai chính quyền số, dữ liệu số và dịch vụ công trực tuyến toàn trình "
        "trong các cơ quan hành chính.",
        "full_text": "<p>Mỗi sở, ngành cử một cán bộ chuyên trách chuyển đổi số. Người dân chấm điểm mức độ "
        "hài lòng trên cổng dịch vụ công; doanh nghiệp được vay vốn ưu đãi để chuyển đổi số.</p>",
    },
    {
        "key": "nq15-hdnd",
        "number": "15/NQ-HĐND",
        "kind": "nghi-quyet",
        "issuer": "hdnd",
        "issued_on": date(2024, 7, 12),
        "title": "Nghị quyết 15/NQ-HĐND quy định mức hỗ trợ học phí cho học sinh",
        "summary": "Quy định mức hỗ trợ học phí đối với học sinh trung học cơ sở, trung học phổ thông "
        "công lập và ngoài công lập.",
        "full_text": "<p>Ngân sách thành phố bảo đảm kinh phí thực hiện.</p>",
    },
    {
        "key": "kl08-tu",
        "number": "08-KL/TU",
        "kind": "ket-luan",
        "issuer": "tu",
        "issued_on": date(2024, 11, 5),
        "title": "Kết luận 08-KL/TU về phát triển du lịch sông nước gắn với chợ nổi",
        "summary": "Phát triển du lịch sông nước, bảo tồn chợ nổi Cái Răng, đầu tư bến tàu khách.",
        "full_text": "<p>Giao Sở Văn hóa, Thể thao và Du lịch xây dựng đề án trong năm.</p>",
    },
    {
        "key": "qd37-tw",
        "number": "37-QĐi/TW",
        "kind": "quy-dinh",
        "issuer": "tw",
        "issued_on": date(2021, 10, 25),
        "title": "Quy định 37-QĐi/TW về những điều đảng viên không được làm",
        "summary": "Quy định những điều đảng viên không được làm, áp dụng với mọi đảng viên trong và ngoài nước.",
        "full_text": "<p>Đảng viên vi phạm bị xử lý kỷ luật theo quy định của Đảng.</p>",
    },
    {
        "key": "hd45-sgd",
        "number": "45/HD-SGDĐT",
        "kind": "huong-dan",
        "issuer": "sgd",
        "issued_on": date(2025, 8, 20),
        "title": "Hướng dẫn 45/HD-SGDĐT về tuyển sinh lớp 10 năm học 2026–2027",
        "summary": "Hướng dẫn tuyển sinh vào lớp 10, đăng ký nguyện vọng trực tuyến và xét tuyển bổ sung.",
        "full_text": "<p>Thí sinh được điều chỉnh nguyện vọng một lần.</p>",
    },
    {
        # "nghỉ" folds to "nghi" like "nghị".
        "key": "tb30-ubnd",
        "number": "30/TB-UBND",
        "kind": "thong-bao",
        "issuer": "ubnd",
        "issued_on": date(2025, 12, 20),
        "title": "Thông báo 30/TB-UBND về lịch nghỉ Tết Nguyên đán cho cán bộ, công chức",
        "summary": "Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán chín ngày liên tục.",
        "full_text": "<p>Các cơ quan bố trí trực bảo đảm công việc thông suốt.</p>",
    },
    {
        "key": "qd03-ubnd",
        "number": "03/QĐ-UBND",
        "kind": "quyet-dinh",
        "issuer": "ubnd",
        "issued_on": date(2025, 6, 1),
        "title": "Quyết định 03/QĐ-UBND công nhận phường đạt chuẩn đô thị văn minh",
        "summary": "Công nhận phường Cái Khế và phường An Khánh đạt chuẩn đô thị văn minh năm 2025.",
        "full_text": "<p>Mỗi phường được thưởng một công trình phúc lợi.</p>",
    },
]

EXEMPLARS = [
    {
        "key": "chi-bo-so-tay",
        "days": 60,
        "title": "Chi bộ khu vực 4 đưa nghị quyết vào cuộc sống bằng sổ tay điện tử",
        "kind": "tap-the",
        "locality": ("Phường An Khánh", "phuong"),
        "sector": "Xây dựng Đảng",
        "summary": "Mỗi đảng viên có sổ tay điện tử ghi việc làm theo nghị quyết; chi bộ chấm điểm hằng tháng.",
        "story": ["Sổ tay được cài trên điện thoại, bí thư chi bộ xem được tiến độ của từng người."],
    },
    {
        "key": "lua-tom-thanh-phu",
        "days": 80,
        "title": "Ông Trần Văn Út làm giàu từ mô hình lúa – tôm",
        "kind": "ca-nhan",
        "locality": ("Xã Thạnh Phú", "xa"),
        "sector": "Nông nghiệp",
        "summary": "Mỗi năm gia đình ông ở xã Thạnh Phú lãi hơn 600 triệu đồng và hướng dẫn kỹ thuật cho 30 hộ.",
        "story": ["Ông luân canh một vụ lúa, một vụ tôm sú, không dùng thuốc trừ sâu. Giá lúa ở Cờ Đỏ cũng tăng."],
    },
    {
        "key": "tuyen-duong-khong-rac",
        "days": 40,
        "title": "Mô hình “Tuyến đường không rác” ở phường Cái Khế",
        "kind": "mo-hinh",
        "locality": ("Phường Cái Khế", "phuong"),
        "sector": "Đô thị văn minh",
        "summary": "Hộ dân tự phân loại rác, trồng hoa dọc vỉa hè; mô hình được nhân rộng ra 12 khu vực.",
        "story": [
            "Mỗi tổ dân phố cử người nhắc nhở, ghi nhận hộ làm tốt. Theo Quyết định 03/QĐ-UBND, phường "
            "đạt chuẩn đô thị văn minh."
        ],
    },
    {
        "key": "co-giao-dao",
        "days": 55,
        "title": "Cô giáo Lê Thị Đào và lớp học tình thương bên bến đò",
        "kind": "ca-nhan",
        "locality": ("Phường Bình Thủy", "phuong"),
        "sector": "Giáo dục",
        "summary": "Hơn mười năm, cô dạy chữ miễn phí cho trẻ em nghèo sống trên ghe.",
        "story": ["Lớp học có 25 em, học vào buổi tối sau giờ phụ giúp cha mẹ."],
    },
    {
        "key": "qr-dich-vu-cong",
        "days": 24,
        "title": "Sáng kiến chấm điểm dịch vụ công bằng mã QR",
        "kind": "sang-kien",
        "locality": ("Xã Vĩnh Thạnh", "xa"),
        "sector": "Cải cách hành chính",
        "summary": "Người dân quét mã QR để chấm điểm cán bộ một cửa ngay sau khi nhận kết quả.",
        "story": ["Kết quả chấm điểm được công khai hằng tuần trên bảng tin của xã."],
    },
]

FORUMS = [
    {
        "key": "gop-y-giao-thong-thuy",
        "days": 10,
        "title": "Góp ý dự thảo Nghị quyết về phát triển giao thông thủy",
        "subject": "<p>Dự thảo Nghị quyết của Thành ủy về phát triển giao thông đường thủy nội địa "
        "giai đoạn 2026–2030.</p>",
        "synthesis": "",
        "open": True,
    },
    {
        "key": "quy-hoach-cong-vien",
        "days": 20,
        "title": "Lấy ý kiến nhân dân về quy hoạch công viên bờ sông",
        "subject": "<p>Phương án bố trí cây xanh, đường đi bộ và bến thuyền trong công viên dài 3 km.</p>",
        "synthesis": "",
        "open": True,
    },
    {
        "key": "van-hoa-cong-so",
        "days": 120,
        "title": "Góp ý dự thảo Quy định về văn hóa công sở",
        "subject": "<p>Trang phục, giao tiếp, giờ giấc làm việc của cán bộ, công chức.</p>",
        "synthesis": "<p>Đã tiếp nhận 240 ý kiến; đa số đề nghị bỏ quy định đeo thẻ khi đi công tác ngoài cơ quan.</p>",
        "open": False,
    },
]

# Never to be found: a draft and a page behind a view restriction, both with words of public pages.
HIDDEN = [
    {
        "key": "nhap-xe-buyt",
        "column": "ts",
        "days": 1,
        "title": "Đà Nẵng thử nghiệm xe buýt điện không người lái",
        "lead": "Bản nháp chưa duyệt: xe buýt điện tự lái chạy thử trong khu công nghệ cao.",
        "body": ["Chưa công bố."],
        "publish": False,
    },
    {
        "key": "noi-bo-xe-buyt",
        "column": "ts",
        "days": 1,
        "title": "Thông báo nội bộ: xe buýt điện đưa đón cán bộ Thành ủy",
        "lead": "Chỉ dành cho cán bộ, công chức: lịch xe buýt điện đưa đón từ ngày mai.",
        "body": ["Tài liệu nội bộ."],
        "publish": True,
        "restricted": True,
    },
]


# ---------------------------------------------------------------- queries
#
# Each query is run as written (accented), folded (no accents), UPPER-CASE,
# with đ typed as d, and with the old tone placement (hoá, thuỷ); every variant
# must give the same answer.
# "top": these keys, in this order, are the first results.
# "top_set": these keys are the first results, in any order (a legitimate tie).

QUERIES = [
    # --- directive numbers, typed many ways
    {
        "q": "Chỉ thị 23-CT/TU",
        "top": ["ct23-tu", "quan-triet-ct23"],
        "why": "the number pins the directive; the article quoting the number in its title comes next, above "
        "23-CT/QU whose 'trật tự' folds to 'tu'",
    },
    {
        "q": "23-CT/QU",
        "top": ["ct23-qu", "pho-van-minh"],
        "why": "the issuer code picks the Quận ủy's Chỉ thị 23; the article quoting it in its body comes next",
    },
    {"q": "chỉ thị 23", "top_set": ["ct23-tu", "ct23-qu"], "why": "two Chỉ thị numbered 23: both pinned"},
    {
        "q": "Nghị quyết 12-NQ/TW",
        "top": ["nq12-tw"],
        "why": "pinned above the Kế hoạch and the article that quote 12-NQ/TW in their titles",
    },
    {"q": "kế hoạch 05", "top_set": ["kh05-tu", "kh05-ubnd"], "why": "05-KH/TU and 05/KH-UBND are both Kế hoạch 05"},
    {"q": "05/KH-UBND", "top": ["kh05-ubnd"], "why": "the State-style number, above an article quoting it"},
    {"q": "Kế hoạch 05-KH/TU", "top": ["kh05-tu"], "why": "the Party-style number, above an article quoting it"},
    {
        "q": "Nghị quyết 15/NQ-HĐND",
        "top": ["nq15-hdnd", "hoc-phi"],
        "why": "issuer code with Đ (typed as D too); the article citing it in its lead is second",
    },
    {"q": "quy định 37", "top": ["qd37-tw"], "why": "kind word + digits, above the article quoting the number"},
    {"q": "37-QĐi/TW", "top": ["qd37-tw"], "why": "the QĐi code, also typed QDi"},
    {"q": "Quyết định 03/QĐ-UBND", "top": ["qd03-ubnd"], "why": "QĐ is shared by Quy định and Quyết định"},
    {"q": "hướng dẫn 45/HD-SGDĐT", "top": ["hd45-sgd"], "why": "issuer code SGDĐT, typed SGDDT too"},
    {
        "q": "Thông báo 30/TB-UBND",
        "top": ["tb30-ubnd", "nghi-tet-chin-ngay"],
        "why": "kind word + full number; the article quoting it in its lead is second",
    },
    {
        "q": "sơ kết Nghị quyết 12",
        "top": ["so-ket-nq12"],
        "why": "not a bare number query (nothing pinned): the article whose title has every word beats "
        "the Nghị quyết itself",
    },
    # --- words that fold alike
    {
        "q": "Đà Nẵng xe buýt điện",
        "top": ["da-nang-xe-buyt"],
        "why": "'đã nâng cấp tuyến xe buýt' folds alike but has no 'điện'; the draft must not show",
    },
    {
        "q": "Đà Nẵng",
        "top_set": ["da-nang-xe-buyt", "can-tho-nang-cap-xe-buyt"],
        "why": "'đã nâng' folds to 'da nang': both titles match; the accented order is the accent test's",
    },
    {"q": "xe buýt ven sông", "top": ["can-tho-nang-cap-xe-buyt"], "why": "title, against 'ven sông Hàn' in a body"},
    {"q": "mưa lớn ngập đường", "top": ["mua-lon-ngap"], "why": "title, against 'mưa lớn' in another lead"},
    {"q": "vở múa mới", "top": ["vo-mua-moi"], "why": "múa / mưa / mùa / mua fold alike"},
    {"q": "mùa mua sắm", "top": ["mua-mua-sam"], "why": "'mùa mua' folds to 'mua mua'; also in a body"},
    {"q": "khắc phục sau bão", "top": ["khac-phuc-bao"], "why": "bão / báo / bảo fold alike; also in a body"},
    {"q": "Ngày Báo chí cách mạng", "top": ["ngay-bao-chi"], "why": "báo, not bão or bảo"},
    {"q": "bảo vệ nền tảng tư tưởng", "top": ["bao-ve-nen-tang"], "why": "bảo, not bão or báo"},
    {
        "q": "đờn ca tài tử",
        "top": ["don-ca-tai-tu"],
        "why": "'Đón khách' folds to 'don' in a title and its lead quotes 'đờn ca tài tử': the title wins",
    },
    {
        "q": "giữ dáng áo dài",
        "top": ["dang-ao-dai"],
        "why": "dáng, not 'đảng viên mặc áo dài' (folded: dang ... ao dai)",
    },
    {
        "q": "đăng ký nguyện vọng trực tuyến",
        "top": ["dang-ky-nguyen-vong"],
        "why": "đăng folds to 'dang'; the Hướng dẫn has the words only in its summary",
    },
    {
        "q": "Thành ủy giao thông thủy",
        "top": ["thanh-uy-giao-thong-thuy"],
        "why": "against the forum (giao thông thủy in title, Thành ủy in its subject) and 'Vĩnh Thạnh: uy tín'",
    },
    {"q": "Gạo Vĩnh Thạnh", "top": ["gao-vinh-thanh"], "why": "the xã Vĩnh Thạnh exemplar has it only in its body"},
    {"q": "Thạnh Phú lúa tôm", "top": ["lua-tom-thanh-phu"], "why": "Thạnh Phú, not thành phố"},
    {
        "q": "cô giáo Đào",
        "top": ["co-giao-dao"],
        "why": "the name in a title, against a lead with 'cô giáo' and 'Đào tạo'",
    },
    {"q": "giá lúa Cờ Đỏ", "top": ["gia-lua-tang"], "why": "Đỏ typed as Do"},
    # --- title against body, old against new
    {
        "q": "nuôi tôm càng xanh",
        "top": ["tom-cang-xanh"],
        "why": "a title match beats a newer page repeating the words four times in its body",
    },
    {
        "q": "chuyển đổi số trong các cơ quan Đảng",
        "top": ["cds-co-quan-dang-moi", "cds-co-quan-dang-cu"],
        "why": "the same subject two years apart: the new one first",
    },
    {
        "q": "chợ nổi Cái Răng",
        "top": ["cho-noi-moi", "cho-noi-cu"],
        "why": "same title words, three years apart: the new one first; the Kết luận has them only in its summary",
    },
    {
        "q": "di sản văn hóa phi vật thể",
        "top": ["cho-noi-cu"],
        "why": "an old title match beats a newer lead match (lễ hội Kỳ Yên)",
    },
    {
        "q": "những điều đảng viên không được làm",
        "top_set": ["qd37-tw", "kiem-tra-dang-vien"],
        "why": "the Quy định and the article on supervising it both carry the phrase in the title",
    },
    {
        "q": "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "top_set": ["ct23-tu", "quan-triet-ct23"],
        "why": "the Chỉ thị and the article on studying it both carry the phrase in the title",
    },
    {
        "q": "tuyển sinh lớp 10",
        "top_set": ["dang-ky-nguyen-vong", "hd45-sgd"],
        "why": "an article and a Hướng dẫn, both with the phrase in the title; '10' is no directive number",
    },
    {"q": "hỗ trợ học phí", "top_set": ["hoc-phi", "nq15-hdnd"], "why": "the Nghị quyết and the article on it"},
    # --- one page per subject, across the four types
    {"q": "kết nạp đảng viên trẻ", "top": ["ket-nap-dang-vien"], "why": "title, against a body"},
    {
        "q": "góp ý dự thảo nghị quyết giao thông thủy",
        "top": ["gop-y-giao-thong-thuy"],
        "why": "forum title, against the Thành ủy article that has the words in its title and body",
    },
    {"q": "quy hoạch công viên bờ sông", "top": ["quy-hoach-cong-vien"], "why": "forum title, against a body"},
    {"q": "văn hóa công sở", "top": ["van-hoa-cong-so"], "why": "forum, against the Văn hóa column"},
    {"q": "lễ hội Kỳ Yên", "top": ["le-hoi-ky-yen"], "why": "title, against a body"},
    {"q": "chấm điểm dịch vụ công", "top": ["qr-dich-vu-cong"], "why": "exemplar title, against a Kế hoạch's text"},
    {"q": "tuyến đường không rác", "top": ["tuyen-duong-khong-rac"], "why": "exemplar title, against a body"},
    {"q": "đô thị văn minh", "top": ["qd03-ubnd"], "why": "the only title with the phrase; a sector name elsewhere"},
    {"q": "sổ tay điện tử nghị quyết", "top": ["chi-bo-so-tay"], "why": "exemplar title, against a body"},
    {"q": "cầu Bà Bộ thông xe", "top": ["cau-ba-bo"], "why": "title, against a body"},
    {"q": "nạo vét kênh chống ngập", "top": ["nao-vet-kenh"], "why": "title, against a body"},
    {
        "q": "lịch nghỉ Tết Nguyên đán",
        "top": ["tb30-ubnd", "nghi-tet-chin-ngay"],
        "why": "the phrase in the Thông báo's title; the article has four of the five words in its title",
    },
    {"q": "trật tự vỉa hè lòng đường", "top": ["ct23-qu"], "why": "against 'lấn chiếm vỉa hè' in a lead"},
    {"q": "xuất khẩu gạo kỷ lục", "top": ["xuat-khau-gao"], "why": "title"},
    {"q": "vay vốn ưu đãi chuyển đổi số", "top": ["vay-von-cds"], "why": "title, against the other chuyển đổi số"},
    {"q": "phát triển du lịch sông nước", "top": ["kl08-tu"], "why": "the Kết luận's title"},
    {"q": "lấy ý kiến văn kiện Đại hội Đảng bộ", "top": ["lay-y-kien-van-kien"], "why": "title"},
    {"q": "tập huấn phản bác thông tin sai trái", "top": ["bao-ve-nen-tang"], "why": "words only in a lead"},
    {"q": "thoát nước Ninh Kiều", "top": ["thoat-nuoc-ninh-kieu"], "why": "title + lead, against a newer body"},
]

# The exact-accent preference: a query typed with accents prefers the pages
# that have the words as typed. Asserted only for accented queries (as written,
# in UPPER-CASE and with the old tone placement, which is the same accents);
# folded, these are ties (see "Đà Nẵng" above).
# "exact_in_top": n means each of the first n results has every typed word,
# with its accents (wherever the tone mark sits), in its title or lead.
ACCENT_QUERIES = [
    {"q": "Đà Nẵng", "top": ["da-nang-xe-buyt"], "why": "not 'đã nâng'"},
    {"q": "đã nâng", "top": ["can-tho-nang-cap-xe-buyt"], "why": "not 'Đà Nẵng'"},
    {"q": "mưa", "top": ["mua-lon-ngap"], "why": "not múa, mùa, mua"},
    {
        "q": "múa",
        "top_set": ["vo-mua-moi", "mua-lan"],
        "why": "the two pages about dance, even the old one, before rain (mưa) and shopping (mùa mua)",
    },
    {"q": "mùa", "top": ["mua-mua-sam"], "why": "not mưa, múa; 'mùa mưa' in a lead is below a title"},
    {"q": "bão", "top": ["khac-phuc-bao"], "why": "not báo, bảo"},
    {"q": "báo", "top": ["ngay-bao-chi"], "why": "not bão, bảo"},
    {"q": "dáng", "top": ["dang-ao-dai"], "why": "not Đảng, đang, đăng"},
    {"q": "dáng áo dài", "top": ["dang-ao-dai"], "why": "not 'đảng viên mặc áo dài'"},
    {"q": "đón", "top": ["don-khach-tet"], "why": "not đờn"},
    {"q": "đang", "top_set": ["dang-nang-cap-hem", "thieu-giao-vien"], "why": "the two titles with 'đang'"},
    {
        "q": "Thành ủy",
        "top_set": ["thanh-uy-giao-thong-thuy", "kiem-tra-dang-vien"],
        "exact_in_top": 3,
        "why": "the two titles with 'Thành ủy' first; a page saying Thành ủy in its lead before 'Vĩnh Thạnh: uy tín'",
    },
    {"q": "Đảng", "exact_in_top": 5, "why": "many pages say Đảng; none of đang, dáng, đăng in the first five"},
]

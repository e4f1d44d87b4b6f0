"""The demo articles: title, sapo and the paragraphs that are the article's own.

The rest of each body comes from the column's pool (pools.py). People, figures
and events are fictional, except the article on Directive 23-CT/TU.
"""

from dataclasses import dataclass

# Publication ages in days before "now" (the load time), chosen at random within the range.
RECENT = (0.03, 0.9)  # within the last 24 hours: the Google News sitemap is not empty
LAST_MONTH = (2, 30)
ANY_TIME = (3, 720)


@dataclass
class Article:
    column: str
    title: str
    lead: str
    details: tuple
    quote: tuple | None = None
    topics: str = "g"  # which pool entries fit (pools.py)
    tags: tuple = ()
    hero: str | None = None  # key of content.HERO_IMAGES; default: one of the column's images
    caption: str | None = None  # hero caption; default: the picture's caption
    table: str | None = None  # key of pools.TABLES
    document: str | None = None  # key of content.DOCUMENTS: attached and linked in the body
    thematic: tuple = ()  # keys of content.THEMATIC_PAGES
    when: str | None = None  # fixed publication time, "YYYY-MM-DD HH:MM" in Asia/Ho_Chi_Minh
    age: tuple = ANY_TIME
    updated: bool = False  # re-published some hours after the first publication
    featured: bool = False  # the outlet's lead story
    custom: str | None = None  # name of a hand-written body in bodies.py


A = Article

CITY_ARTICLES = [
    # ------------------------------------------------------------ Thời sự
    A(
        "thoi-su",
        "Chủ động ứng phó triều cường, bảo vệ an toàn khu dân cư ven sông",
        "Trước dự báo đỉnh triều cường những ngày tới vượt mức báo động III, thành phố yêu cầu các địa phương "
        "kiểm tra bờ bao, cống ngăn triều, sẵn sàng phương án di dời người dân ở khu vực xung yếu.",
        (
            "Chiều qua, Ban Chỉ huy phòng thủ dân sự thành phố đã kiểm tra thực tế một số đoạn bờ kè, cống ngăn "
            "triều dọc sông Hậu và các rạch lớn trong nội ô. Tại nhiều điểm, lực lượng xung kích phường, xã đang "
            "khẩn trương đắp bao cát, gia cố những đoạn bờ bao thấp, xung yếu.",
            "Theo Đài Khí tượng thủy văn thành phố, triều cường dự kiến đạt đỉnh vào chiều tối các ngày tới, "
            "trùng với giờ tan tầm. Người dân được khuyến cáo hạn chế đi lại qua các tuyến đường thường xuyên "
            "ngập, kê cao tài sản, thiết bị điện trong nhà.",
        ),
        quote=(
            "Các địa phương tuyệt đối không chủ quan, phải có người trực tại từng cống, từng đoạn bờ bao xung "
            "yếu; phát hiện sự cố là xử lý ngay trong giờ đầu.",
            "Chỉ đạo của Ban Chỉ huy phòng thủ dân sự thành phố",
        ),
        topics="emergency",
        tags=("Triều cường", "Phòng chống thiên tai"),
        hero="ben-tau-du-lich",
        age=RECENT,
        updated=True,
        featured=True,
    ),
    A(
        "thoi-su",
        "Khánh thành cầu bắc qua kênh, rút ngắn đường đến trường cho hàng trăm học sinh",
        "Cây cầu bê tông dài 48 mét thay cho cây cầu khỉ cũ đã giúp hàng trăm học sinh và người dân hai bên "
        "kênh đi lại thuận tiện, an toàn hơn, nhất là vào mùa mưa.",
        (
            "Công trình có tổng vốn đầu tư hơn 3,2 tỷ đồng, trong đó người dân đóng góp ngày công và hiến gần "
            "200 mét vuông đất làm đường dẫn hai đầu cầu. Cầu rộng 3,5 mét, xe cứu thương, xe chữa cháy loại "
            "nhỏ có thể lưu thông.",
        ),
        quote=(
            "Hồi trước con đi học phải qua cầu khỉ, mùa mưa trơn trợt, cha mẹ lúc nào cũng lo. Giờ có cầu mới, "
            "mấy đứa nhỏ tự đạp xe đi học được rồi.",
            "Chị Nguyễn Thị Kiều, người dân ấp Thới Hòa",
        ),
        topics="urban project",
        tags=("Giao thông nông thôn", "An sinh xã hội"),
        hero="cau-song-hau",
    ),
    A(
        "thoi-su",
        "Ra quân làm sạch kênh rạch, chỉnh trang cảnh quan đô thị",
        "Hơn 1.500 cán bộ, đoàn viên, chiến sĩ và người dân đã tham gia ra quân thu gom rác, khơi thông dòng "
        "chảy trên 12 tuyến kênh, rạch nội ô.",
        (
            "Ngay từ sáng sớm, các lực lượng đã chia nhau phụ trách từng đoạn kênh. Trên bờ, người dân phát quang "
            "cỏ dại, thu gom rác; dưới nước, các ghe, xuồng vớt lục bình, túi ni lông, khơi thông miệng cống.",
            "Đợt ra quân thu gom được hơn 60 tấn rác và lục bình. Nhiều tuyến rạch sau khi làm sạch đã thông "
            "thoáng, dòng chảy lưu thông tốt hơn, giảm nguy cơ ngập khi mưa lớn.",
        ),
        topics="urban g",
        tags=("Môi trường", "Chỉnh trang đô thị"),
        hero="ben-tau-du-lich",
    ),
    A(
        "thoi-su",
        "Tăng cường kiểm tra an toàn thực phẩm tại bếp ăn tập thể, trường học",
        "Các đoàn kiểm tra liên ngành sẽ kiểm tra đột xuất bếp ăn của trường học, khu công nghiệp và cơ sở "
        "cung cấp suất ăn sẵn, kiên quyết xử lý các trường hợp vi phạm.",
        (
            "Trọng tâm kiểm tra là nguồn gốc nguyên liệu, quy trình chế biến, việc lưu mẫu thức ăn và giấy chứng "
            "nhận đủ điều kiện an toàn thực phẩm. Các trường học được yêu cầu công khai thực đơn hằng tuần để phụ "
            "huynh cùng giám sát.",
        ),
        topics="g",
        tags=("An toàn thực phẩm", "Y tế"),
        hero="truong-hoc",
    ),
    A(
        "thoi-su",
        "Lãnh đạo thành phố kiểm tra tiến độ dự án chống sạt lở bờ sông",
        "Dự án kè chống sạt lở dài gần 2 km đã hoàn thành khoảng 70% khối lượng; lãnh đạo thành phố yêu cầu "
        "nhà thầu tăng ca, bảo đảm hoàn thành trước mùa mưa bão.",
        (
            "Tại công trường, đại diện chủ đầu tư cho biết khó khăn lớn nhất là một số hộ dân chưa nhận tiền bồi "
            "thường do vướng thủ tục thừa kế. Địa phương đã lập tổ công tác, đến từng nhà vận động và hướng dẫn "
            "hoàn thiện hồ sơ.",
        ),
        quote=(
            "Đây là công trình bảo vệ tính mạng, tài sản của người dân, chậm ngày nào là rủi ro ngày đó.",
            "Lãnh đạo Ủy ban nhân dân thành phố tại buổi kiểm tra",
        ),
        topics="project emergency",
        tags=("Sạt lở", "Đầu tư công"),
        hero="ben-tau-du-lich",
        updated=True,
    ),
    A(
        "thoi-su",
        "Hơn 2.000 đoàn viên, thanh niên tham gia chiến dịch tình nguyện hè",
        "Chiến dịch năm nay tập trung vào các phần việc: chỉnh trang hẻm, làm đường giao thông nông thôn, "
        "hướng dẫn người dân sử dụng dịch vụ công trực tuyến và sinh hoạt hè cho thiếu nhi.",
        (
            "Các đội hình sinh viên tình nguyện được phân bổ về 40 phường, xã. Ngoài các công trình thanh niên, "
            "các bạn trẻ còn mở lớp dạy bơi, dạy kỹ năng sống miễn phí cho trẻ em trong dịp hè.",
        ),
        topics="youth",
        tags=("Thanh niên", "Tình nguyện"),
        when="2026-07-12 08:00",
        hero="nha-van-hoa",
    ),
    A(
        "thoi-su",
        "Khai trương tuyến xe buýt nối trung tâm thành phố với khu công nghiệp",
        "Tuyến xe buýt mới dài 28 km, tần suất 20 phút một chuyến, giá vé ưu đãi cho công nhân, học sinh, sinh "
        "viên, góp phần giảm xe cá nhân vào giờ cao điểm.",
        (
            "Xe buýt được trang bị hệ thống định vị, camera và thiết bị thanh toán không dùng tiền mặt. Hành khách "
            "có thể tra cứu lộ trình, thời gian xe đến trạm bằng ứng dụng trên điện thoại.",
        ),
        topics="g",
        tags=("Giao thông", "Chuyển đổi số"),
        hero="do-thi-ven-song",
    ),
    A(
        "thoi-su",
        'Phát động phong trào "Ngày Chủ nhật xanh" trên toàn thành phố',
        "Mỗi tháng một ngày Chủ nhật, các khu dân cư, cơ quan, trường học đồng loạt ra quân dọn vệ sinh, trồng "
        "cây xanh, phân loại rác tại nguồn.",
        (
            "Phong trào do Ủy ban Mặt trận Tổ quốc thành phố chủ trì, phối hợp với Thành đoàn và Hội Liên hiệp "
            "Phụ nữ. Mục tiêu trong năm trồng mới 50.000 cây xanh và xóa bỏ các điểm tập kết rác tự phát.",
        ),
        topics="urban g",
        tags=("Môi trường", "Mặt trận Tổ quốc"),
        hero="nha-van-hoa",
    ),
    A(
        "thoi-su",
        "Họp báo định kỳ: làm rõ nhiều vấn đề dư luận quan tâm",
        "Tại buổi họp báo, đại diện các sở, ngành đã thông tin về tiến độ các công trình trọng điểm, việc cấp "
        "giấy chứng nhận quyền sử dụng đất và tình hình giá cả thị trường.",
        (
            "Trả lời câu hỏi của phóng viên về tình trạng ngập tại một số tuyến đường, đại diện Sở Xây dựng cho "
            "biết thành phố đang triển khai dự án cải tạo hệ thống thoát nước khu vực trung tâm, dự kiến hoàn "
            "thành trong năm tới.",
        ),
        topics="meeting g",
        tags=("Họp báo", "Thông tin báo chí"),
        hero="ky-hop-hdnd",
    ),
    A(
        "thoi-su",
        "Thành phố long trọng tổ chức Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
        "Sáng nay, thành phố tổ chức trọng thể Lễ kỷ niệm 50 năm Ngày Giải phóng hoàn toàn miền Nam, thống nhất "
        "đất nước, ôn lại truyền thống hào hùng và những thành tựu sau nửa thế kỷ xây dựng, phát triển.",
        (
            "Dự lễ có đại diện lãnh đạo thành phố qua các thời kỳ, Mẹ Việt Nam anh hùng, Anh hùng lực lượng vũ "
            "trang nhân dân, cựu chiến binh, cựu thanh niên xung phong cùng đông đảo cán bộ, nhân dân.",
            "Diễn văn kỷ niệm khẳng định, thắng lợi của cuộc kháng chiến là kết quả của đường lối đúng đắn, sáng "
            "tạo của Đảng, của tinh thần đoàn kết, ý chí kiên cường của quân và dân cả nước. Sau 50 năm, thành "
            "phố đã đổi thay mạnh mẽ, trở thành trung tâm của vùng đồng bằng sông Cửu Long.",
        ),
        topics="ceremony",
        tags=("50 năm thống nhất", "Kỷ niệm"),
        hero="le-ky-niem",
        thematic=("50-nam-thong-nhat",),
        document="ke-hoach-50-nam",
        when="2025-04-29 10:30",
    ),
    # ------------------------------------------------------------ Xây dựng Đảng
    A(
        "xay-dung-dang",
        "Thành ủy ban hành Chỉ thị đổi mới công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng",
        "Ngày 15/5/2023, Ban Thường vụ Thành ủy Cần Thơ ban hành Chỉ thị số 23-CT/TU về đổi mới, nâng cao chất "
        "lượng và hiệu quả công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng. Cấp ủy các "
        "cấp được yêu cầu xem đây là việc quan trọng, phải làm thường xuyên.",
        (),
        topics="study",
        tags=("Chỉ thị 23-CT/TU", "Nghị quyết", "Công tác tuyên giáo"),
        hero="hoi-nghi-quan-triet",
        caption="Cán bộ, đảng viên dự hội nghị học tập, quán triệt nghị quyết của Đảng (ảnh tư liệu).",
        document="chi-thi-23",
        when="2023-05-15 03:15",
        custom="directive_23",
    ),
    A(
        "xay-dung-dang",
        "Chuẩn bị chu đáo công tác kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm",
        "Ban Tổ chức Thành ủy đề nghị các đảng bộ, chi bộ tổ chức kiểm điểm thực chất, gắn với kết quả thực "
        'hiện nhiệm vụ được giao, khắc phục tình trạng nể nang, "chín bỏ làm mười".',
        (
            "Theo hướng dẫn, việc đánh giá phải căn cứ vào sản phẩm cụ thể, lượng hóa được của từng tập thể, cá "
            "nhân. Tổ chức đảng có đảng viên vi phạm bị xử lý kỷ luật trong năm thì không xếp loại hoàn thành "
            "xuất sắc nhiệm vụ.",
        ),
        topics="g inspect",
        tags=("Kiểm điểm cuối năm", "Công tác tổ chức"),
        hero="sinh-hoat-chi-bo",
        table="kiem-diem",
        age=RECENT,
    ),
    A(
        "xay-dung-dang",
        "Nâng cao chất lượng sinh hoạt chi bộ ở khu vực, ấp",
        "Nhiều chi bộ khu vực đã thay đổi cách sinh hoạt: mỗi kỳ chọn một vấn đề bức xúc của bà con để bàn, "
        "phân công đảng viên phụ trách và báo cáo kết quả ở kỳ sinh hoạt sau.",
        (
            "Tại Chi bộ khu vực 4, phường An Khánh, buổi sinh hoạt tháng này dành trọn cho chuyện chiếu sáng hẻm. "
            "Sau hơn một giờ thảo luận, chi bộ thống nhất vận động bà con cùng góp kinh phí lắp 24 bóng đèn, mỗi "
            "đảng viên phụ trách vận động 10 hộ.",
        ),
        quote=(
            "Đảng viên phải là người đi trước. Bà con thấy chi bộ bàn việc thiết thực thì tự nhiên sẽ tin theo.",
            "Ông Lê Văn Tâm, Bí thư Chi bộ khu vực 4",
        ),
        topics="g",
        tags=("Sinh hoạt chi bộ", "Nghị quyết"),
        hero="sinh-hoat-chi-bo",
        thematic=("dua-nghi-quyet-vao-cuoc-song",),
        age=(20, 300),
    ),
    A(
        "xay-dung-dang",
        "Chú trọng phát triển đảng viên trong đoàn viên thanh niên, công nhân",
        "Từ đầu năm, Đảng bộ thành phố đã kết nạp hơn 1.800 đảng viên mới, trong đó gần một nửa là đoàn viên "
        "thanh niên, nhiều người là công nhân đang làm việc trong các khu công nghiệp.",
        (
            "Để tạo nguồn, các tổ chức đảng phối hợp chặt chẽ với Đoàn Thanh niên, công đoàn phát hiện, bồi dưỡng "
            "quần chúng ưu tú qua phong trào thi đua, lao động sáng tạo. Việc thẩm tra lý lịch được thực hiện "
            "nhanh gọn hơn nhờ ứng dụng công nghệ thông tin.",
        ),
        topics="recruit",
        tags=("Phát triển đảng viên", "Công tác tổ chức"),
        hero="le-ky-niem",
    ),
    A(
        "xay-dung-dang",
        "Ủy ban Kiểm tra Thành ủy triển khai chương trình kiểm tra, giám sát",
        "Chương trình tập trung vào việc thực hiện nguyên tắc tập trung dân chủ, quản lý tài chính, đất đai, "
        "đầu tư công và công tác cán bộ ở những nơi có dấu hiệu vi phạm.",
        (
            "Cùng với kiểm tra theo chương trình, Ủy ban Kiểm tra các cấp tăng cường giám sát thường xuyên, nắm "
            "tình hình qua đơn thư, dư luận và thông tin báo chí để kịp thời phát hiện, nhắc nhở, ngăn ngừa vi "
            "phạm từ sớm.",
        ),
        topics="inspect",
        tags=("Kiểm tra, giám sát", "Công tác kiểm tra"),
        hero="hoi-nghi-quan-triet",
    ),
    A(
        "xay-dung-dang",
        "Khai giảng lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú",
        "Hơn 120 học viên là đoàn viên, hội viên tiêu biểu từ các cơ quan, doanh nghiệp và khu dân cư tham "
        "dự lớp học do Trung tâm Chính trị tổ chức.",
        (
            "Trong 5 ngày, học viên được nghiên cứu các chuyên đề về Đảng Cộng sản Việt Nam, Điều lệ Đảng, quyền "
            "và nhiệm vụ của đảng viên; học tập tấm gương đạo đức Hồ Chí Minh và tìm hiểu lịch sử Đảng bộ thành "
            "phố.",
        ),
        topics="recruit",
        tags=("Bồi dưỡng chính trị", "Phát triển đảng viên"),
        hero="hoi-nghi-quan-triet",
    ),
    A(
        "xay-dung-dang",
        "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
        "Lực lượng nòng cốt ở các cấp thường xuyên đăng tải thông tin tích cực, kịp thời phản bác các luận "
        "điệu sai trái, xuyên tạc về chủ trương của Đảng và chính sách của Nhà nước.",
        (
            "Mỗi cơ quan, đơn vị đều có nhóm cán bộ theo dõi, nắm bắt dư luận trên mạng xã hội. Thông tin sai "
            "lệch được báo cáo, xử lý ngay; đồng thời các trang thông tin chính thống cung cấp thông tin chính "
            "xác để định hướng dư luận.",
        ),
        topics="ideology",
        tags=("Bảo vệ nền tảng tư tưởng", "Công tác tuyên giáo"),
        hero="hoi-nghi-quan-triet",
    ),
    A(
        "xay-dung-dang",
        "Học tập, quán triệt nghị quyết bằng hình thức trực tuyến đến tận chi bộ",
        "Hệ thống hội nghị trực tuyến đã được kết nối đến 100% đảng ủy cơ sở, giúp việc quán triệt nghị quyết "
        "nhanh, đồng bộ và tiết kiệm chi phí.",
        (
            "Sau hội nghị, cấp ủy cơ sở tổ chức thảo luận tại chi bộ, xây dựng chương trình hành động sát với "
            "thực tế địa phương. Tài liệu tóm tắt được gửi qua ứng dụng trên điện thoại để đảng viên tiện nghiên "
            "cứu, nhất là những đảng viên cao tuổi hay làm việc xa nhà.",
        ),
        quote=(
            "Nghị quyết chỉ đi vào cuộc sống khi mỗi chi bộ biết mình phải làm gì, làm đến đâu và ai chịu trách nhiệm.",
            "Một cán bộ Ban Tuyên giáo Thành ủy",
        ),
        topics="study",
        tags=("Nghị quyết", "Chuyển đổi số", "Công tác tuyên giáo"),
        hero="hoi-nghi-quan-triet",
        thematic=("dua-nghi-quyet-vao-cuoc-song",),
        age=(10, 300),
        updated=True,
    ),
    A(
        "xay-dung-dang",
        '"Dân vận khéo": những mô hình hay từ cơ sở',
        'Từ vận động hiến đất làm đường đến hòa giải mâu thuẫn ở khu dân cư, nhiều mô hình "Dân vận khéo" đã '
        "mang lại kết quả thiết thực, được nhân dân đồng tình.",
        (
            "Ở một phường ven đô, tổ dân vận đã vận động 46 hộ hiến đất mở rộng con hẻm từ 1,5 mét lên 4 mét mà "
            "không phát sinh khiếu nại. Bí quyết, theo các thành viên, là bàn bạc công khai, làm từ nhà đảng viên "
            "trước.",
        ),
        topics="massmob",
        tags=("Dân vận khéo", "Công tác dân vận"),
        hero="nha-van-hoa",
    ),
    A(
        "xay-dung-dang",
        "Sơ kết thực hiện quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
        "Việc nêu gương được thể hiện bằng hành động cụ thể: cán bộ chủ chốt gương mẫu trong công việc, lối "
        "sống, đi đầu trong thực hiện các chủ trương mới.",
        (
            "Qua sơ kết, nhiều cấp ủy đã cụ thể hóa trách nhiệm nêu gương thành các tiêu chí để đánh giá cán bộ "
            "cuối năm, như kết quả giải quyết kiến nghị của dân, số lần tiếp xúc, đối thoại với nhân dân.",
        ),
        topics="g",
        tags=("Nêu gương", "Công tác cán bộ"),
        hero="sinh-hoat-chi-bo",
    ),
    A(
        "xay-dung-dang",
        "Mít tinh kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "Buổi mít tinh ôn lại chặng đường vẻ vang của Đảng, khẳng định quyết tâm xây dựng Đảng bộ thành phố "
        "trong sạch, vững mạnh, đoàn kết, thống nhất.",
        (
            "Phát biểu tại buổi lễ, đại diện lãnh đạo Thành ủy nhấn mạnh, mỗi cán bộ, đảng viên cần tiếp tục rèn "
            "luyện bản lĩnh chính trị, đạo đức cách mạng, gắn bó mật thiết với nhân dân, xứng đáng với niềm tin "
            "của nhân dân.",
        ),
        topics="ceremony",
        tags=("Kỷ niệm", "Ngày thành lập Đảng"),
        hero="le-ky-niem",
        thematic=("dua-nghi-quyet-vao-cuoc-song",),
        when="2026-02-02 09:00",
    ),
    # ------------------------------------------------------------ Học tập và làm theo Bác
    A(
        "hoc-tap-va-lam-theo-bac",
        "Người cựu chiến binh hai mươi năm giữ con hẻm sạch đẹp",
        "Sáng nào cũng vậy, ông Trần Văn Hòa, 72 tuổi, cựu chiến binh ở khu vực 6, lại cầm chổi quét dọn, nhặt "
        "rác dọc con hẻm dài hơn 300 mét trước khi bà con thức dậy.",
        (
            "Ông kể, từ ngày nghỉ hưu, thấy con hẻm lầy lội, rác thải bừa bãi, ông tự nguyện quét dọn. Dần dần, "
            'hàng xóm cùng tham gia, rồi góp tiền trồng hoa, lắp đèn. Con hẻm nay được công nhận là "hẻm văn '
            'minh" của phường.',
        ),
        quote=("Còn sức thì còn làm, việc nhỏ thôi mà thấy vui.", "Ông Trần Văn Hòa"),
        topics="person",
        tags=("Gương người tốt, việc tốt", "Cựu chiến binh"),
        hero="guong-dien-hinh",
    ),
    A(
        "hoc-tap-va-lam-theo-bac",
        "Cô giáo vùng ven mở lớp học tình thương cho trẻ em khó khăn",
        "Hơn mười năm qua, lớp học tình thương của cô giáo Nguyễn Thị Thu Vân đã giúp hàng trăm trẻ em có hoàn "
        "cảnh khó khăn biết đọc, biết viết và tiếp tục đến trường.",
        (
            "Lớp học đặt ngay trong căn nhà nhỏ của cô, bàn ghế do phụ huynh và các nhà hảo tâm góp tặng. Ngoài "
            "dạy chữ, cô còn vận động học bổng, xin quần áo, sách vở cho học trò mỗi năm học mới.",
        ),
        topics="person",
        tags=("Gương người tốt, việc tốt", "Giáo dục"),
        hero="truong-hoc",
    ),
    A(
        "hoc-tap-va-lam-theo-bac",
        'Chi bộ "nói đi đôi với làm" trong vận động hiến đất mở đường',
        "Khi con đường liên ấp cần mở rộng, chính các đảng viên của chi bộ đã đi đầu hiến đất, tháo dỡ hàng rào "
        "để bà con noi theo.",
        (
            "Chỉ trong hai tháng, 38 hộ dân đã hiến hơn 1.200 mét vuông đất. Con đường bê tông rộng 4 mét hoàn "
            "thành, xe tải nhỏ vào tận nơi thu mua nông sản, giá bán cho nông dân vì thế cũng cao hơn.",
        ),
        topics="group",
        tags=("Dân vận khéo", "Làm theo Bác"),
        hero="guong-dien-hinh",
    ),
    A(
        "hoc-tap-va-lam-theo-bac",
        "Tuyên dương điển hình tiên tiến trong học tập và làm theo gương Bác",
        "65 tập thể và 120 cá nhân được tuyên dương vì có nhiều thành tích trong học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh.",
        (
            "Các điển hình được tuyên dương hoạt động ở nhiều lĩnh vực: từ nông dân sản xuất giỏi, công nhân có "
            "sáng kiến, thầy thuốc tận tụy đến những người lặng lẽ làm từ thiện. Mỗi câu chuyện là một minh chứng "
            "cho sức lan tỏa của việc làm theo Bác trong đời sống.",
        ),
        topics="ceremony",
        tags=("Làm theo Bác", "Thi đua khen thưởng"),
        hero="le-ky-niem",
        updated=True,
    ),
    A(
        "hoc-tap-va-lam-theo-bac",
        "Bác sĩ trẻ tình nguyện khám bệnh miễn phí cho người cao tuổi mỗi cuối tuần",
        "Nhóm bác sĩ trẻ của một bệnh viện trên địa bàn đã duy trì hoạt động khám, cấp thuốc miễn phí cho người "
        "cao tuổi ở các xã ven đô suốt ba năm qua.",
        (
            "Mỗi chuyến đi, nhóm khám cho khoảng 150 người, tư vấn cách phòng bệnh huyết áp, tiểu đường. Kinh "
            "phí mua thuốc do các thành viên tự góp và kêu gọi thêm từ bạn bè, người thân.",
        ),
        topics="person",
        tags=("Gương người tốt, việc tốt", "Y tế"),
        hero="nha-van-hoa",
    ),
    # ------------------------------------------------------------ Chính quyền
    A(
        "chinh-quyen",
        "Đẩy nhanh giải ngân vốn đầu tư công trong những tháng cuối năm",
        "Ủy ban nhân dân thành phố yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tuần, dự án "
        "nào chậm quá hai tuần phải báo cáo rõ nguyên nhân và đề xuất điều chuyển vốn.",
        (
            "Theo báo cáo, đến nay tỷ lệ giải ngân vốn đầu tư công của thành phố mới đạt khoảng 62% kế hoạch. Một "
            "số dự án lớn còn vướng giải phóng mặt bằng, thiếu vật liệu san lấp, thủ tục điều chỉnh dự án kéo dài.",
        ),
        quote=(
            "Giải ngân không chỉ là con số, mà là công trình sớm đưa vào sử dụng, phục vụ người dân.",
            "Lãnh đạo Ủy ban nhân dân thành phố tại cuộc họp",
        ),
        topics="invest",
        tags=("Đầu tư công", "Ủy ban nhân dân thành phố"),
        hero="ky-hop-hdnd",
        age=RECENT,
        updated=True,
    ),
    A(
        "chinh-quyen",
        "Đại biểu Hội đồng nhân dân thành phố tiếp xúc cử tri trước kỳ họp cuối năm",
        "Cử tri kiến nghị nhiều vấn đề về ngập nước, cấp giấy chứng nhận quyền sử dụng đất, trật tự xây dựng "
        "và chế độ cho người hoạt động không chuyên trách ở khu vực, ấp.",
        (
            "Các đại biểu đã giải trình, làm rõ những nội dung thuộc thẩm quyền; các kiến nghị còn lại được ghi "
            "nhận, tổng hợp gửi cơ quan chức năng xem xét, trả lời tại kỳ họp.",
        ),
        quote=(
            'Cử tri mong kiến nghị được trả lời cụ thể, có thời hạn giải quyết, chứ không chỉ "ghi nhận".',
            "Ông Võ Minh Chánh, cử tri phường Bình Thủy",
        ),
        topics="council",
        tags=("Hội đồng nhân dân", "Tiếp xúc cử tri"),
        hero="ky-hop-hdnd",
        age=RECENT,
    ),
    A(
        "chinh-quyen",
        "Kỳ họp Hội đồng nhân dân thành phố: chất vấn về chống ngập và trật tự xây dựng",
        "Phiên chất vấn diễn ra thẳng thắn, nhiều câu hỏi đi thẳng vào trách nhiệm của người đứng đầu các sở, "
        "ngành trong xử lý ngập đô thị và vi phạm trật tự xây dựng.",
        (
            "Trả lời chất vấn, Giám đốc Sở Xây dựng thừa nhận còn chậm trong rà soát, cải tạo hệ thống thoát nước "
            "khu vực trung tâm và cam kết hoàn thành nạo vét các tuyến cống chính trước mùa mưa năm tới.",
        ),
        topics="council",
        tags=("Hội đồng nhân dân", "Chất vấn", "Nghị quyết"),
        hero="ky-hop-hdnd",
        thematic=("dua-nghi-quyet-vao-cuoc-song",),
        age=(15, 250),
    ),
    A(
        "chinh-quyen",
        "Người dân hài lòng với Trung tâm Phục vụ hành chính công",
        "Kết quả khảo sát cho thấy hơn 95% người dân, doanh nghiệp hài lòng với thái độ phục vụ và thời gian "
        "giải quyết thủ tục tại Trung tâm Phục vụ hành chính công thành phố.",
        (
            "Trung tâm hiện tiếp nhận hồ sơ của hơn 1.600 thủ tục hành chính. Người dân có thể đặt lịch hẹn trực "
            "tuyến, nhận kết quả qua bưu điện; khu vực chờ được bố trí máy tra cứu, góc hỗ trợ người cao tuổi.",
        ),
        topics="g digital",
        tags=("Cải cách hành chính", "Chuyển đổi số"),
        hero="mot-cua",
        table="mot-cua",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        age=(5, 200),
    ),
    A(
        "chinh-quyen",
        "Thành phố đẩy mạnh chuyển đổi số, xây dựng chính quyền số",
        "Hệ thống quản lý văn bản và điều hành được kết nối từ thành phố đến cấp xã; phần lớn cuộc họp của Ủy "
        "ban nhân dân thành phố đã được tổ chức không giấy tờ.",
        (
            "Kho dữ liệu dùng chung của thành phố đã tích hợp dữ liệu dân cư, đất đai, doanh nghiệp và hộ tịch. "
            "Nhờ đó, nhiều thủ tục không còn yêu cầu người dân nộp bản sao giấy tờ mà cơ quan nhà nước đã có.",
        ),
        topics="digital",
        tags=("Chuyển đổi số", "Chính quyền số"),
        hero="mot-cua",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        age=(3, 200),
        updated=True,
    ),
    A(
        "chinh-quyen",
        "Dùng tài khoản định danh điện tử để làm thủ tục hành chính",
        "Người dân chỉ cần đăng nhập bằng tài khoản định danh điện tử là có thể nộp hồ sơ, thanh toán phí, lệ "
        "phí và nhận kết quả trực tuyến mà không phải khai lại thông tin cá nhân.",
        (
            "Tổ công nghệ số cộng đồng ở các khu vực, ấp đã đến từng nhà hướng dẫn người dân kích hoạt tài khoản, "
            "cài đặt ứng dụng. Những thủ tục được sử dụng nhiều nhất là đăng ký khai sinh, cấp phiếu lý lịch tư "
            "pháp và đăng ký kinh doanh hộ cá thể.",
        ),
        topics="digital",
        tags=("Chuyển đổi số", "Cải cách hành chính"),
        hero="mot-cua",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        age=(2, 180),
    ),
    A(
        "chinh-quyen",
        "Lãnh đạo Ủy ban nhân dân thành phố tiếp công dân định kỳ",
        "Tại buổi tiếp công dân, nhiều trường hợp khiếu nại kéo dài về bồi thường, hỗ trợ tái định cư đã được "
        "xem xét, giải quyết dứt điểm hoặc có hướng xử lý rõ ràng.",
        (
            "Chủ tịch Ủy ban nhân dân thành phố yêu cầu các sở, ngành và địa phương rà soát lại từng vụ việc, "
            "công khai kết quả; trường hợp đúng chính sách phải giải quyết ngay, không để người dân đi lại nhiều "
            "lần.",
        ),
        topics="citizen",
        tags=("Tiếp công dân", "Ủy ban nhân dân thành phố"),
        hero="mot-cua",
        document="lich-tiep-cong-dan",
        when="2026-03-16 16:20",
    ),
    A(
        "chinh-quyen",
        "Triển khai kế hoạch chuyển đổi số năm 2026",
        "Kế hoạch đặt mục tiêu phần lớn hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình, mỗi "
        "khu vực, ấp có tổ công nghệ số cộng đồng hoạt động hiệu quả.",
        (
            "Ủy ban nhân dân thành phố giao Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc; các sở, ngành và "
            "địa phương xây dựng kế hoạch chi tiết, bố trí kinh phí và báo cáo kết quả hằng quý.",
        ),
        topics="digital",
        tags=("Chuyển đổi số", "Kế hoạch"),
        hero="mot-cua",
        document="ke-hoach-chuyen-doi-so",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        when="2026-01-21 14:00",
    ),
    # ------------------------------------------------------------ Kinh tế
    A(
        "kinh-te",
        "Kinh tế thành phố 9 tháng tăng trưởng khá, dịch vụ là động lực chính",
        "Tổng sản phẩm trên địa bàn 9 tháng tăng 7,2% so với cùng kỳ; thương mại, du lịch tiếp tục phục hồi "
        "mạnh, xuất khẩu giữ đà tăng trưởng.",
        (
            "Theo báo cáo của Ủy ban nhân dân thành phố, khu vực dịch vụ đóng góp hơn một nửa mức tăng trưởng "
            "chung. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng hơn 11%, lượng khách du lịch "
            "tăng trên 12%.",
            "Tuy vậy, giải ngân vốn đầu tư công còn chậm, một số dự án lớn vướng mặt bằng. Thành phố yêu cầu các "
            "ngành tập trung tháo gỡ, phấn đấu hoàn thành các chỉ tiêu kinh tế – xã hội cả năm.",
        ),
        topics="g",
        tags=("Tăng trưởng kinh tế", "Ủy ban nhân dân thành phố"),
        hero="do-thi-ven-song",
        table="kinh-te-9-thang",
        document="bao-cao-kinh-te",
        when="2026-10-07 08:30",
    ),
    A(
        "kinh-te",
        "Xuất khẩu gạo, thủy sản giữ đà tăng trưởng",
        "Kim ngạch xuất khẩu của thành phố từ đầu năm ước đạt hơn 2,1 tỷ USD; thủy sản và gạo vẫn là hai mặt "
        "hàng chủ lực.",
        (
            "Các doanh nghiệp xuất khẩu cho biết đơn hàng cho những tháng cuối năm khá ổn định. Nhiều đơn vị đã "
            "đầu tư dây chuyền chế biến sâu, truy xuất nguồn gốc để đáp ứng yêu cầu ngày càng khắt khe của các "
            "thị trường lớn.",
        ),
        topics="biz trade",
        tags=("Xuất khẩu", "Doanh nghiệp"),
        hero="canh-dong-lua",
        table="xuat-khau",
    ),
    A(
        "kinh-te",
        "Nông dân ven đô làm giàu từ mô hình trồng rau an toàn",
        "Từ vài hộ ban đầu, tổ hợp tác rau an toàn ở phường Long Tuyền nay có 35 thành viên, cung cấp rau cho "
        "các bếp ăn trường học và siêu thị trong nội ô.",
        (
            "Các thành viên sản xuất theo quy trình thống nhất, ghi chép nhật ký canh tác, sử dụng chế phẩm sinh "
            "học thay thuốc bảo vệ thực vật. Thu nhập bình quân mỗi hộ đạt khoảng 15–20 triệu đồng một tháng.",
        ),
        quote=(
            "Trồng sạch thì cực hơn một chút nhưng bán được giá, mình ăn cũng yên tâm.",
            "Anh Huỳnh Văn Nghĩa, thành viên tổ hợp tác",
        ),
        topics="agri",
        tags=("Nông nghiệp đô thị", "Hợp tác xã"),
        hero="canh-dong-lua",
    ),
    A(
        "kinh-te",
        "Hợp tác xã trái cây đạt chứng nhận VietGAP, mở rộng thị trường",
        "Sau ba năm kiên trì thay đổi cách làm, hợp tác xã trái cây ở xã Phong Điền đã có 80 héc-ta vườn đạt "
        "chứng nhận VietGAP, sản phẩm có mặt ở nhiều hệ thống bán lẻ lớn.",
        (
            "Hợp tác xã liên kết với doanh nghiệp xuất khẩu, ký hợp đồng bao tiêu với giá sàn. Các nhà vườn được "
            "tập huấn kỹ thuật, hỗ trợ một phần chi phí chứng nhận và bao bì, tem truy xuất nguồn gốc.",
        ),
        topics="agri",
        tags=("Hợp tác xã", "Nông nghiệp", "OCOP"),
        hero="vuon-cay-trai",
    ),
    A(
        "kinh-te",
        "Du lịch đường sông hút khách nhờ sản phẩm mới",
        "Tour tham quan chợ nổi lúc bình minh kết hợp trải nghiệm làm bánh dân gian, thăm vườn trái cây đang "
        "được du khách trong và ngoài nước ưa chuộng.",
        (
            "Các doanh nghiệp lữ hành đã đầu tư thêm tàu du lịch đạt chuẩn, đào tạo hướng dẫn viên biết ngoại "
            "ngữ. Ngành du lịch cũng phối hợp với địa phương chỉnh trang bến tàu, bổ sung bảng chỉ dẫn, nhà vệ "
            "sinh công cộng.",
        ),
        topics="tourism",
        tags=("Du lịch", "Chợ nổi"),
        hero="cho-noi",
        updated=True,
    ),
    A(
        "kinh-te",
        "Đối thoại doanh nghiệp: tháo gỡ vướng mắc về mặt bằng, thủ tục đầu tư",
        "Hơn 200 doanh nghiệp, hợp tác xã đã gửi gần 60 kiến nghị đến hội nghị đối thoại; phần lớn liên quan "
        "đến đất đai, phòng cháy chữa cháy và hoàn thuế.",
        (
            "Lãnh đạo các sở, ngành đã trả lời trực tiếp nhiều kiến nghị ngay tại hội nghị. Những vướng mắc vượt "
            "thẩm quyền được tổng hợp, kiến nghị bộ, ngành Trung ương xem xét.",
        ),
        topics="biz",
        tags=("Doanh nghiệp", "Môi trường đầu tư"),
        hero="ky-hop-hdnd",
    ),
    A(
        "kinh-te",
        "Đưa sản phẩm OCOP lên sàn thương mại điện tử",
        "Hơn 100 sản phẩm OCOP của thành phố đã có gian hàng trên các sàn thương mại điện tử, giúp chủ thể sản "
        "xuất tiếp cận khách hàng ở nhiều tỉnh, thành.",
        (
            "Ngành công thương tổ chức các lớp tập huấn chụp ảnh sản phẩm, viết mô tả, livestream bán hàng cho "
            "hợp tác xã và cơ sở sản xuất nhỏ. Nhiều chủ thể cho biết doanh số bán trực tuyến đã chiếm gần một "
            "phần ba tổng doanh thu.",
        ),
        topics="digital trade",
        tags=("Chuyển đổi số", "OCOP", "Thương mại điện tử"),
        hero="vuon-cay-trai",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        age=(4, 190),
    ),
    A(
        "kinh-te",
        "Khu công nghiệp thu hút thêm dự án chế biến nông sản",
        "Ba dự án chế biến nông sản, thủy sản với tổng vốn đăng ký hơn 1.200 tỷ đồng vừa được cấp chủ trương "
        "đầu tư, dự kiến tạo việc làm cho khoảng 2.000 lao động.",
        (
            "Ban Quản lý các khu chế xuất và công nghiệp cho biết đang hoàn thiện hạ tầng xử lý nước thải, đường "
            "nội bộ và nhà ở cho công nhân để đón các nhà đầu tư mới.",
        ),
        topics="biz",
        tags=("Đầu tư", "Công nghiệp"),
        hero="do-thi-ven-song",
    ),
    A(
        "kinh-te",
        "Thanh toán không dùng tiền mặt lan tỏa tại chợ truyền thống",
        "Ở nhiều chợ trong nội ô, tiểu thương đã treo mã QR tại sạp hàng; người mua chỉ cần quét mã bằng điện "
        "thoại là thanh toán xong.",
        (
            "Đoàn viên thanh niên và nhân viên ngân hàng đã đến từng sạp hướng dẫn tiểu thương mở tài khoản, cài "
            "ứng dụng. Ban quản lý chợ cũng chuyển sang thu phí dịch vụ qua chuyển khoản.",
        ),
        quote=(
            "Ban đầu cũng sợ bấm sai, giờ quen rồi thấy tiện, khỏi lo thối tiền lẻ.",
            "Bà Trần Thị Tư, tiểu thương chợ Tân An",
        ),
        topics="digital trade",
        tags=("Chuyển đổi số", "Thanh toán không dùng tiền mặt"),
        hero="cho-noi",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        age=(2, 150),
    ),
    # ------------------------------------------------------------ Văn hóa – Xã hội
    A(
        "van-hoa-xa-hoi",
        'Vận động Quỹ "Vì người nghèo", chăm lo Tết cho hộ khó khăn',
        'Ủy ban Mặt trận Tổ quốc thành phố phát động đợt vận động ủng hộ Quỹ "Vì người nghèo", phấn đấu không '
        "để hộ nghèo, hộ cận nghèo nào không có Tết.",
        (
            "Ngay tại lễ phát động, các cơ quan, doanh nghiệp và nhà hảo tâm đã đăng ký ủng hộ hơn 8 tỷ đồng. Số "
            "tiền này sẽ được dùng để tặng quà Tết, xây, sửa nhà đại đoàn kết và hỗ trợ sinh kế cho hộ nghèo.",
        ),
        topics="welfare",
        tags=("Vì người nghèo", "Mặt trận Tổ quốc", "An sinh xã hội"),
        hero="ngay-hoi",
        age=RECENT,
    ),
    A(
        "van-hoa-xa-hoi",
        "Ngày hội Đại đoàn kết toàn dân tộc ấm áp ở khu dân cư",
        "Ngày hội là dịp để bà con khu vực gặp gỡ, ôn lại truyền thống, biểu dương gia đình văn hóa tiêu biểu "
        "và cùng bàn việc xây dựng khu dân cư ngày càng văn minh.",
        (
            "Năm nay, khu vực đã vận động bà con đóng góp lắp 40 bóng đèn chiếu sáng, trồng 200 cây xanh và xây "
            "tặng một căn nhà đại đoàn kết cho hộ nghèo. Ngày hội khép lại với bữa cơm đoàn kết và hội thi văn "
            "nghệ.",
        ),
        topics="g culture",
        tags=("Đại đoàn kết", "Mặt trận Tổ quốc"),
        hero="ngay-hoi",
    ),
    A(
        "van-hoa-xa-hoi",
        "Xây dựng trường học đạt chuẩn quốc gia: nhiều chuyển biến tích cực",
        "Toàn thành phố hiện có hơn 70% trường mầm non, phổ thông đạt chuẩn quốc gia; nhiều trường được xây mới "
        "khang trang, đủ phòng học bộ môn, thư viện, sân chơi.",
        (
            "Bên cạnh đầu tư cơ sở vật chất, ngành giáo dục chú trọng bồi dưỡng đội ngũ giáo viên, đổi mới phương "
            "pháp dạy học theo chương trình giáo dục phổ thông mới, tăng cường giáo dục kỹ năng sống cho học "
            "sinh.",
        ),
        topics="edu",
        tags=("Giáo dục", "Trường chuẩn quốc gia"),
        hero="truong-hoc",
    ),
    A(
        "van-hoa-xa-hoi",
        "Bệnh viện triển khai kỹ thuật mới, người bệnh không phải chuyển tuyến",
        "Nhiều kỹ thuật chuyên sâu về tim mạch, ung bướu, chấn thương chỉnh hình đã được thực hiện thường quy "
        "tại các bệnh viện của thành phố.",
        (
            "Nhờ được chuyển giao kỹ thuật từ các bệnh viện tuyến trung ương, đội ngũ y bác sĩ đã làm chủ nhiều "
            "ca phẫu thuật phức tạp. Người bệnh được điều trị ngay tại chỗ, giảm chi phí đi lại, ăn ở.",
        ),
        topics="health",
        tags=("Y tế", "Kỹ thuật mới"),
        hero="nha-van-hoa",
    ),
    A(
        "van-hoa-xa-hoi",
        "Đờn ca tài tử – sân chơi gắn kết cộng đồng",
        "Mỗi tối cuối tuần, tiếng đờn, tiếng ca lại vang lên ở nhà văn hóa khu vực, thu hút đông đảo bà con từ "
        "người lớn tuổi đến các bạn trẻ.",
        (
            "Câu lạc bộ hiện có 25 thành viên, trong đó có nhiều học sinh, sinh viên. Những người lớn tuổi tận tình "
            "truyền nghề, dạy ngón đờn, bài bản để môn nghệ thuật truyền thống tiếp tục được gìn giữ.",
        ),
        topics="culture",
        tags=("Đờn ca tài tử", "Văn hóa"),
        hero="ngay-hoi",
    ),
    A(
        "van-hoa-xa-hoi",
        "Phiên giao dịch việc làm thu hút hàng nghìn người lao động",
        "Hơn 40 doanh nghiệp tham gia phiên giao dịch với gần 3.000 vị trí tuyển dụng, từ lao động phổ thông "
        "đến kỹ sư, nhân viên kinh doanh.",
        (
            "Nhiều người lao động được phỏng vấn, nhận việc ngay tại chỗ. Trung tâm dịch vụ việc làm cũng tư vấn "
            "chính sách bảo hiểm thất nghiệp, học nghề miễn phí cho người lao động mất việc.",
        ),
        topics="jobs",
        tags=("Việc làm", "Lao động"),
        hero="nha-van-hoa",
    ),
    A(
        "van-hoa-xa-hoi",
        "Trao nhà đại đoàn kết cho hộ nghèo, gia đình chính sách",
        'Từ nguồn Quỹ "Vì người nghèo", thành phố đã xây mới và sửa chữa hơn 300 căn nhà đại đoàn kết cho hộ '
        "nghèo, hộ cận nghèo và gia đình chính sách.",
        (
            "Mỗi căn nhà được hỗ trợ từ 50 đến 70 triệu đồng; phần còn lại do gia đình, họ hàng và bà con lối xóm "
            "góp công, góp của. Nhiều hộ đã vui mừng đón Tết trong căn nhà mới kiên cố.",
        ),
        quote=(
            "Cả đời ở nhà lá, giờ có căn nhà tường, mưa gió không còn lo nữa.",
            "Bà Lê Thị Hoa, hộ cận nghèo ở xã Thới Lai",
        ),
        topics="welfare",
        tags=("Vì người nghèo", "An sinh xã hội"),
        hero="nha-van-hoa",
    ),
    A(
        "van-hoa-xa-hoi",
        'Triển lãm ảnh "Thành phố 50 năm xây dựng và phát triển"',
        "Hơn 200 bức ảnh tư liệu và ảnh nghệ thuật tái hiện những dấu mốc quan trọng của thành phố từ ngày giải "
        "phóng đến nay.",
        (
            "Triển lãm chia thành ba phần: những ngày đầu giải phóng, thời kỳ đổi mới và thành phố hôm nay. Nhiều "
            "bức ảnh lần đầu được công bố, do chính các gia đình cựu chiến binh lưu giữ và trao tặng.",
        ),
        topics="ceremony culture",
        tags=("50 năm thống nhất", "Triển lãm", "Văn hóa"),
        hero="le-ky-niem",
        thematic=("50-nam-thong-nhat",),
        when="2025-04-20 19:45",
    ),
    A(
        "van-hoa-xa-hoi",
        "Đêm nghệ thuật chào mừng 50 năm thống nhất đất nước",
        "Chương trình nghệ thuật với những ca khúc cách mạng, làn điệu dân ca Nam Bộ đã mang đến cho khán giả "
        "nhiều cảm xúc tự hào về quê hương, đất nước.",
        (
            "Hàng nghìn người dân và du khách đã có mặt tại bến Ninh Kiều để theo dõi chương trình. Đêm nghệ thuật "
            "khép lại bằng màn bắn pháo hoa rực rỡ trên sông Hậu.",
        ),
        topics="ceremony culture",
        tags=("50 năm thống nhất", "Văn hóa"),
        hero="ngay-hoi",
        thematic=("50-nam-thong-nhat",),
        when="2025-04-29 22:10",
    ),
    A(
        "van-hoa-xa-hoi",
        "Ra quân diệt lăng quăng, phòng chống sốt xuất huyết",
        "Ngành y tế phối hợp với các phường, xã tổ chức chiến dịch diệt lăng quăng, vệ sinh môi trường tại các "
        "khu dân cư có nguy cơ cao.",
        (
            "Các tổ xung kích đến từng nhà kiểm tra, hướng dẫn người dân đậy kín dụng cụ chứa nước, thu gom vật "
            "dụng phế thải có thể đọng nước. Người dân được khuyến cáo đưa người bệnh đến cơ sở y tế sớm khi có "
            "biểu hiện sốt cao liên tục.",
        ),
        topics="health",
        tags=("Y tế", "Sốt xuất huyết"),
        when="2026-06-09 10:00",
        hero="nha-van-hoa",
    ),
    # ------------------------------------------------------------ Quốc phòng – An ninh
    A(
        "quoc-phong-an-ninh",
        "Cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
        "Công an thành phố mở đợt cao điểm tấn công, trấn áp các loại tội phạm, tập trung vào trộm cắp, cướp "
        "giật, ma túy, lừa đảo qua mạng và vi phạm trật tự an toàn giao thông.",
        (
            "Lực lượng cảnh sát cơ động, cảnh sát giao thông và công an các phường, xã được tăng cường tuần tra "
            "vào ban đêm, tại các khu vực trung tâm thương mại, bến tàu, bến xe và tuyến đường ven sông.",
        ),
        topics="police",
        tags=("An ninh trật tự", "Phòng chống tội phạm"),
        hero="tuan-tra",
        age=RECENT,
        updated=True,
    ),
    A(
        "quoc-phong-an-ninh",
        "Thanh niên hăng hái lên đường nhập ngũ",
        "Trong không khí trang trọng, hàng nghìn thanh niên thành phố đã lên đường thực hiện nghĩa vụ quân sự, "
        "nghĩa vụ tham gia Công an nhân dân.",
        (
            "Công tác tuyển quân năm nay được thực hiện công khai, dân chủ, đúng luật. Nhiều thanh niên có trình "
            "độ cao đẳng, đại học tình nguyện nhập ngũ; không có trường hợp nào phải thay thế do sai sót.",
        ),
        topics="defense",
        tags=("Giao quân", "Quốc phòng"),
        hero="luc-luong-vu-trang",
        table="giao-quan",
        when="2026-03-04 08:15",
    ),
    A(
        "quoc-phong-an-ninh",
        "Diễn tập phòng thủ dân sự ứng phó thiên tai, cứu hộ cứu nạn",
        "Cuộc diễn tập giả định tình huống mưa lớn kéo dài kết hợp triều cường gây ngập sâu, sạt lở bờ sông, "
        "đe dọa an toàn của hàng trăm hộ dân.",
        (
            "Các lực lượng quân sự, công an, y tế, chữ thập đỏ và dân quân tự vệ đã phối hợp nhịp nhàng trong sơ "
            "tán người dân, cứu hộ trên sông, cấp cứu người bị nạn và bảo đảm hậu cần.",
        ),
        topics="disaster defense",
        tags=("Diễn tập", "Phòng chống thiên tai"),
        hero="luc-luong-vu-trang",
    ),
    A(
        "quoc-phong-an-ninh",
        'Mô hình "Camera an ninh" giữ bình yên khu dân cư',
        "Hơn 4.000 camera do người dân tự nguyện lắp đặt đã được kết nối với công an phường, xã, góp phần phát "
        "hiện, xử lý nhanh nhiều vụ việc.",
        (
            "Theo công an thành phố, nhờ hình ảnh từ camera, nhiều vụ trộm cắp, gây rối đã được làm rõ chỉ trong "
            "vài giờ. Mô hình cũng giúp xử lý các trường hợp vứt rác, đổ xà bần sai quy định.",
        ),
        topics="community police",
        tags=("An ninh trật tự", "Camera an ninh"),
        hero="tuan-tra",
    ),
    A(
        "quoc-phong-an-ninh",
        "Cảnh báo thủ đoạn lừa đảo mạo danh cơ quan chức năng qua điện thoại",
        "Công an thành phố vừa phát đi cảnh báo về thủ đoạn giả danh cán bộ công an, ngân hàng, điện lực gọi "
        "điện yêu cầu người dân cài ứng dụng lạ hoặc chuyển tiền.",
        (
            "Các đối tượng thường đánh vào tâm lý lo sợ của người dân, nói rằng họ liên quan đến vụ án hoặc sắp bị "
            "cắt dịch vụ. Công an khẳng định cơ quan chức năng không làm việc qua điện thoại và không yêu cầu người "
            "dân chuyển tiền vào tài khoản cá nhân.",
        ),
        topics="cyber",
        tags=("Lừa đảo qua mạng", "Chuyển đổi số"),
        hero="tuan-tra",
    ),
    A(
        "quoc-phong-an-ninh",
        "Gặp mặt cựu chiến binh, cựu thanh niên xung phong nhân kỷ niệm 50 năm Ngày Giải phóng miền Nam",
        "Những người lính năm xưa đã cùng nhau ôn lại kỷ niệm của những ngày chiến đấu và niềm vui trọn vẹn "
        "ngày đất nước thống nhất.",
        (
            "Nhiều cựu chiến binh xúc động kể lại ký ức về đồng đội đã hy sinh. Dịp này, thành phố trao tặng quà "
            "cho các gia đình có hoàn cảnh khó khăn và tri ân những đóng góp của các thế hệ đi trước.",
        ),
        quote=(
            "Chúng tôi mong lớp trẻ hôm nay hiểu được giá trị của hòa bình và sống xứng đáng với sự hy sinh của "
            "cha anh.",
            "Ông Nguyễn Văn Bảy, cựu chiến binh",
        ),
        topics="ceremony",
        tags=("50 năm thống nhất", "Cựu chiến binh"),
        hero="luc-luong-vu-trang",
        thematic=("50-nam-thong-nhat",),
        when="2025-04-25 15:30",
    ),
    # ------------------------------------------------------------ Diễn đàn
    A(
        "dien-dan",
        'Để nghị quyết thật sự "thấm" vào cơ sở',
        "Nghị quyết chỉ có sức sống khi được cụ thể hóa thành việc làm rõ ràng ở từng chi bộ, từng khu dân cư; "
        "nếu chỉ dừng ở hội nghị, nghị quyết sẽ mãi nằm trên giấy.",
        (
            "Là một đảng viên sinh hoạt ở chi bộ khu vực hơn 20 năm, tôi nhận thấy những năm gần đây việc học tập "
            "nghị quyết đã có nhiều đổi mới. Tài liệu ngắn gọn hơn, báo cáo viên nói chuyện gần gũi, có liên hệ "
            "với tình hình thực tế của địa phương.",
        ),
        topics="g",
        tags=("Nghị quyết", "Ý kiến bạn đọc"),
        hero="sinh-hoat-chi-bo",
        thematic=("dua-nghi-quyet-vao-cuoc-song",),
        age=(3, 280),
    ),
    A(
        "dien-dan",
        "Thủ tục trực tuyến cần thân thiện hơn với người cao tuổi",
        "Dịch vụ công trực tuyến ngày càng tiện lợi, nhưng với nhiều người cao tuổi, thao tác trên điện thoại "
        "vẫn là một trở ngại không nhỏ.",
        (
            "Mẹ tôi năm nay 75 tuổi, muốn làm lại giấy tờ nhưng loay hoay mãi với các bước đăng nhập, xác thực. "
            "May có tổ công nghệ số cộng đồng đến tận nhà hướng dẫn. Tôi nghĩ các giao diện nên có chế độ chữ lớn, "
            "hướng dẫn bằng giọng nói và luôn giữ kênh nộp hồ sơ trực tiếp cho người cần.",
        ),
        topics="g",
        tags=("Chuyển đổi số", "Ý kiến bạn đọc"),
        hero="mot-cua",
        thematic=("chuyen-doi-so-vi-nguoi-dan",),
        age=(2, 120),
    ),
    A(
        "dien-dan",
        "Cần giải pháp căn cơ cho tình trạng lấn chiếm vỉa hè",
        "Ra quân rồi tái diễn, tái diễn rồi lại ra quân: tình trạng lấn chiếm vỉa hè cho thấy cần một cách làm "
        "bền vững hơn.",
        (
            "Theo tôi, cùng với xử lý vi phạm, chính quyền nên quy hoạch các điểm kinh doanh có thu phí hợp lý, "
            "công khai phần vỉa hè được phép sử dụng và giao trách nhiệm cụ thể cho từng tổ dân phố giám sát.",
        ),
        topics="g",
        tags=("Trật tự đô thị", "Ý kiến bạn đọc"),
        hero="do-thi-ven-song",
    ),
    A(
        "dien-dan",
        "Nêu gương từ những việc nhỏ",
        "Người dân nhìn vào cán bộ không chỉ qua những lời phát biểu, mà qua cách họ ứng xử, làm việc hằng ngày.",
        (
            "Một cán bộ phường đến sớm, tiếp dân niềm nở, hẹn là làm đúng hẹn – những điều tưởng nhỏ ấy lại tạo "
            "nên niềm tin lớn. Ngược lại, chỉ một lần hách dịch, vô cảm cũng đủ làm mất lòng dân.",
        ),
        topics="g",
        tags=("Nêu gương", "Ý kiến bạn đọc"),
        hero="nha-van-hoa",
    ),
    A(
        "dien-dan",
        "Giữ gìn nét đẹp văn hóa sông nước giữa đô thị hiện đại",
        "Thành phố phát triển nhanh, nhưng nếu không khéo, những nét đẹp của văn hóa sông nước như chợ nổi, "
        "vườn cây, đờn ca tài tử có thể dần mai một.",
        (
            "Tôi mong các dự án chỉnh trang ven sông sẽ dành không gian cho ghe, xuồng buôn bán, cho các câu lạc "
            "bộ văn nghệ dân gian; đồng thời có chính sách hỗ trợ người dân giữ nghề truyền thống.",
        ),
        topics="culture",
        tags=("Văn hóa", "Ý kiến bạn đọc"),
        hero="cho-noi",
    ),
]

DISTRICT_ARTICLES = [
    # ------------------------------------------------------------ Tin phường
    A(
        "tin-phuong",
        "Phường An Bình ra quân dọn vệ sinh sau đợt triều cường",
        "Ngay khi nước rút, lực lượng dân quân, đoàn viên và người dân đã cùng nhau thu gom rác, bùn đất, khơi "
        "thông cống rãnh tại các tuyến hẻm bị ngập.",
        (
            "Ủy ban nhân dân phường đã bố trí xe thu gom rác hoạt động liên tục trong ngày, phun thuốc khử trùng "
            "tại các khu vực bị ngập sâu để phòng dịch bệnh.",
        ),
        topics="emergency urban",
        tags=("Triều cường", "Môi trường"),
        hero="khu-pho-sach-dep",
        age=RECENT,
        featured=True,
    ),
    A(
        "tin-phuong",
        'Phường An Khánh ra mắt mô hình "Tuyến hẻm văn minh"',
        "Tuyến hẻm dài 400 mét được lắp đèn chiếu sáng, trồng hoa, đặt thùng rác phân loại; các hộ dân cam kết "
        "không lấn chiếm, không xả rác ra đường.",
        (
            "Kinh phí gần 90 triệu đồng do bà con trong hẻm và các nhà hảo tâm đóng góp. Ban điều hành khu vực "
            "phân công từng tổ tự quản duy trì vệ sinh vào sáng Chủ nhật hằng tuần.",
        ),
        topics="urban g",
        tags=("Hẻm văn minh", "Chỉnh trang đô thị"),
        hero="khu-pho-sach-dep",
    ),
    A(
        "tin-phuong",
        "Phường Xuân Khánh đối thoại với người dân về chỉnh trang khu vực chợ",
        "Hơn 100 tiểu thương và người dân đã đóng góp ý kiến về phương án sắp xếp lại khu vực buôn bán, giữ "
        "lối đi và bảo đảm vệ sinh môi trường.",
        (
            "Lãnh đạo phường cam kết tiếp thu, điều chỉnh phương án trước khi triển khai; các hộ kinh doanh lâu năm "
            "sẽ được ưu tiên bố trí vị trí phù hợp.",
        ),
        topics="dialogue",
        tags=("Đối thoại", "Chợ"),
        hero="tru-so-phuong",
    ),
    A(
        "tin-phuong",
        "Phường Hưng Lợi trao học bổng cho học sinh vượt khó",
        "50 suất học bổng, mỗi suất 2 triệu đồng cùng sách vở, xe đạp đã được trao cho học sinh có hoàn cảnh khó "
        "khăn, học tập tốt.",
        (
            "Học bổng do Hội Khuyến học phường vận động từ các doanh nghiệp, nhà hảo tâm. Nhiều em từng nhận học "
            "bổng những năm trước nay đã là sinh viên, quay lại tiếp sức cho các em nhỏ.",
        ),
        topics="edu",
        tags=("Khuyến học", "Giáo dục"),
        hero="ngay-hoi-khu-vuc",
    ),
    A(
        "tin-phuong",
        "Phường Tân An phát huy vai trò tổ tự quản trong giữ gìn an ninh trật tự",
        "18 tổ an ninh tự quản với gần 200 thành viên đã góp phần giữ bình yên cho các khu vực trung tâm, nơi có "
        "nhiều du khách qua lại.",
        (
            "Các tổ tự quản phối hợp với công an phường tuần tra vào ban đêm, nhắc nhở người dân khóa cửa, giữ gìn "
            "tài sản; kịp thời cung cấp thông tin về các đối tượng khả nghi.",
        ),
        topics="security",
        tags=("An ninh trật tự", "Tổ tự quản"),
        hero="tru-so-phuong",
    ),
    A(
        "tin-phuong",
        "Phường An Hòa hoàn thành số hóa hồ sơ hộ tịch",
        "Hơn 60.000 trang hồ sơ hộ tịch lưu trữ từ nhiều năm trước đã được số hóa, giúp việc tra cứu, cấp bản "
        "sao trích lục nhanh chóng, chính xác.",
        (
            "Người dân có nhu cầu cấp bản sao giấy khai sinh, đăng ký kết hôn giờ có thể nộp hồ sơ trực tuyến và "
            "nhận kết quả trong ngày, thay vì chờ tra cứu sổ sách như trước.",
        ),
        topics="digital",
        tags=("Chuyển đổi số", "Hộ tịch"),
        hero="tru-so-phuong",
        updated=True,
    ),
    A(
        "tin-phuong",
        "Ngày hội Đại đoàn kết ở khu vực 3, phường Cái Khế",
        "Ngày hội năm nay có nhiều hoạt động ý nghĩa: tặng quà hộ khó khăn, biểu dương gia đình văn hóa và hội "
        "thi nấu ăn của các chi hội phụ nữ.",
        (
            "Khu vực 3 có 420 hộ dân, nhiều năm liền giữ vững danh hiệu khu dân cư văn hóa. Trong năm, bà con đã "
            "cùng góp tiền bê tông hóa hai con hẻm và lắp đặt hệ thống camera an ninh.",
        ),
        topics="g",
        tags=("Đại đoàn kết", "Khu dân cư văn hóa"),
        hero="ngay-hoi-khu-vuc",
    ),
    # ------------------------------------------------------------ Đô thị – Giao thông
    A(
        "do-thi-giao-thong",
        "Nâng cấp hẻm thoát nước, hết cảnh lội nước mỗi khi mưa",
        "Sau khi được nâng cao mặt đường và thay mới hệ thống cống, con hẻm gần 300 hộ dân sinh sống đã không "
        "còn ngập sâu mỗi khi mưa lớn, triều cường.",
        (
            "Công trình có tổng vốn gần 4 tỷ đồng từ ngân sách quận và sự đóng góp của người dân. Đơn vị thi công "
            "làm theo từng đoạn để bà con vẫn đi lại được trong suốt thời gian thi công.",
        ),
        topics="works",
        tags=("Chống ngập", "Hạ tầng"),
        hero="duong-noi-o",
    ),
    A(
        "do-thi-giao-thong",
        "Ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến trung tâm",
        "Trong tháng đầu ra quân, lực lượng chức năng đã vận động hơn 600 hộ kinh doanh ký cam kết, trả lại vỉa "
        "hè cho người đi bộ.",
        (
            "Theo kế hoạch của quận, việc ra quân được chia thành ba giai đoạn: tuyên truyền, kiểm tra xử lý và "
            "duy trì. Mỗi phường chọn ít nhất hai tuyến đường làm điểm để nhân rộng.",
        ),
        topics="sidewalk",
        tags=("Trật tự đô thị", "Vỉa hè"),
        hero="khu-pho-sach-dep",
        document="ke-hoach-chinh-trang",
        when="2026-05-18 09:40",
    ),
    A(
        "do-thi-giao-thong",
        "Lắp thêm đèn chiếu sáng cho các hẻm tối",
        "Gần 500 bóng đèn LED đã được lắp đặt tại các hẻm chưa có chiếu sáng, giúp người dân đi lại an toàn và "
        "góp phần phòng ngừa tội phạm.",
        (
            'Chương trình "Thắp sáng hẻm" do Quận đoàn phối hợp với các phường thực hiện. Đoàn viên thanh niên '
            "trực tiếp khảo sát, lắp đặt; người dân đóng góp chi phí điện hằng tháng.",
        ),
        topics="light",
        tags=("Chiếu sáng", "Thanh niên"),
        hero="khu-pho-sach-dep",
    ),
    A(
        "do-thi-giao-thong",
        "Nạo vét rạch Khai Luông trước mùa mưa",
        "Đơn vị thi công đang khẩn trương nạo vét bùn, vớt rác trên tuyến rạch để tăng khả năng thoát nước cho "
        "khu vực trung tâm.",
        (
            "Sau khi nạo vét, hai bên bờ rạch sẽ được trồng thêm cây xanh, lắp lan can và đèn chiếu sáng, tạo không "
            "gian đi bộ cho người dân.",
        ),
        topics="works",
        tags=("Kênh rạch", "Chống ngập"),
        hero="kenh-rach",
        when="2026-04-08 15:00",
        updated=True,
    ),
    A(
        "do-thi-giao-thong",
        "Điều chỉnh tổ chức giao thông tại nút giao đông xe giờ cao điểm",
        "Từ tuần tới, nút giao sẽ được bổ sung đèn tín hiệu rẽ trái, mở rộng làn chờ và cấm dừng, đỗ xe trong "
        "phạm vi 50 mét tính từ giao lộ.",
        (
            "Phương án được đưa ra sau thời gian khảo sát lưu lượng xe và lấy ý kiến người dân. Cảnh sát giao "
            "thông sẽ bố trí lực lượng hướng dẫn trong những ngày đầu áp dụng.",
        ),
        topics="traffic",
        tags=("Giao thông", "Ùn tắc"),
        hero="duong-noi-o",
    ),
    # ------------------------------------------------------------ Đời sống
    A(
        "doi-song",
        "Bếp cơm 0 đồng ấm lòng người nuôi bệnh",
        "Mỗi trưa, bếp cơm của nhóm thiện nguyện khu vực 2 lại nấu hơn 300 suất cơm miễn phí cho bệnh nhân nghèo "
        "và người nhà nuôi bệnh.",
        (
            "Bếp hoạt động đã bảy năm, nhờ sự đóng góp gạo, rau, thịt cá của bà con tiểu thương trong chợ. Các "
            "thành viên phần lớn là người hưu trí, nội trợ, sinh viên tình nguyện.",
        ),
        quote=("Chỉ mong ai cũng có bữa cơm no để yên tâm chăm người thân.", "Bà Tư Lan, người đứng bếp"),
        topics="charity",
        tags=("Thiện nguyện", "Nghĩa tình"),
        hero="ngay-hoi-khu-vuc",
    ),
    A(
        "doi-song",
        "Câu lạc bộ dưỡng sinh – niềm vui của người cao tuổi",
        "Mỗi sáng sớm, hơn 60 hội viên câu lạc bộ dưỡng sinh phường Thới Bình lại cùng nhau tập luyện bên bờ sông.",
        (
            "Ngoài tập luyện, câu lạc bộ còn tổ chức thăm hỏi hội viên ốm đau, mời bác sĩ nói chuyện về chăm sóc "
            "sức khỏe người cao tuổi.",
        ),
        topics="elderly",
        tags=("Người cao tuổi", "Sức khỏe"),
        hero="kenh-rach",
    ),
    A(
        "doi-song",
        "Lớp học bơi miễn phí cho trẻ em dịp hè",
        "Hơn 200 em nhỏ đã biết bơi sau khóa học miễn phí do Quận đoàn phối hợp với Trung tâm Văn hóa – Thể thao "
        "tổ chức.",
        (
            "Ngoài kỹ năng bơi, các em còn được hướng dẫn cách xử lý khi gặp người đuối nước, nhận biết khu vực "
            "nguy hiểm trên sông, rạch.",
        ),
        topics="kids",
        tags=("Phòng chống đuối nước", "Thiếu nhi"),
        hero="kenh-rach",
        when="2026-07-20 17:30",
    ),
    A(
        "doi-song",
        "Tủ sách khu phố – nơi lan tỏa văn hóa đọc",
        "Từ vài chục cuốn sách ban đầu, tủ sách ở nhà văn hóa khu vực 5 nay có hơn 2.000 đầu sách, mở cửa miễn "
        "phí cho mọi người.",
        (
            "Các em học sinh đến đọc sách sau giờ học; người lớn mượn sách kỹ thuật trồng trọt, chăm sóc sức khỏe. "
            "Sách do người dân, các trường học và nhà xuất bản tặng.",
        ),
        topics="kids culture",
        tags=("Văn hóa đọc", "Thiếu nhi"),
        hero="tru-so-phuong",
    ),
    A(
        "doi-song",
        'Những người "giữ lửa" đờn ca tài tử giữa lòng phố',
        "Giữa nhịp sống đô thị, nhóm đờn ca tài tử ở khu vực 1 vẫn đều đặn sinh hoạt mỗi tối thứ Bảy suốt hơn "
        "mười năm.",
        (
            "Thành viên nhóm có người là thợ may, người chạy xe ôm, người là giáo viên về hưu. Họ gặp nhau vì cùng "
            "yêu tiếng đờn kìm, đờn tranh và những bài vọng cổ quen thuộc.",
        ),
        topics="culture",
        tags=("Đờn ca tài tử", "Văn hóa"),
        hero="ngay-hoi-khu-vuc",
    ),
]

"""Sentence pools per column for the demo articles.

Each article opens with its own paragraphs (articles.py); the body then borrows
sub-headings, paragraphs, sometimes a quote, a call-out and a closing line from
its column's pool. Every pool entry starts with the topics it fits (a space
separated string); an article takes only entries sharing one of its topics, so a
story about a free-meal kitchen does not borrow a line about a sports club.

Entry shapes: headings (topics, text); paragraphs (topics, text); quotes (topics,
text, attribution); callouts (topics, title, rich text HTML, style); closings
(topics, text).
"""

POOLS = {
    "thoi-su": {
        "headings": [
            ("g project", "Nhiều việc làm cụ thể"),
            ("g urban emergency", "Huy động cả hệ thống chính trị vào cuộc"),
            ("emergency", "Không để người dân bị động"),
            ("project g", "Kiểm tra, đôn đốc thường xuyên"),
            ("meeting urban g", "Lắng nghe ý kiến người dân"),
            ("ceremony", "Tự hào truyền thống"),
            ("ceremony", "Tiếp nối chặng đường mới"),
            ("youth", "Tuổi trẻ xung kích"),
            ("youth", "Những phần việc ý nghĩa"),
        ],
        "paragraphs": [
            (
                "g meeting",
                "Theo kế hoạch, các sở, ngành và địa phương được phân công cụ thể người, việc, thời hạn hoàn thành; "
                "định kỳ hằng tuần báo cáo kết quả về Ủy ban nhân dân thành phố để kịp thời chỉ đạo, tháo gỡ.",
            ),
            (
                "project",
                "Lãnh đạo thành phố yêu cầu các đơn vị không chỉ bảo đảm tiến độ mà phải bảo đảm chất lượng, an "
                "toàn; nơi nào làm chưa tốt phải làm rõ nguyên nhân và trách nhiệm của người đứng đầu.",
            ),
            (
                "g urban emergency",
                "Cùng với lực lượng chức năng, Mặt trận Tổ quốc và các đoàn thể ở phường, xã đã đến từng khu vực, "
                "tổ dân phố tuyên truyền, vận động để người dân hiểu, đồng tình và cùng tham gia.",
            ),
            (
                "urban",
                "Ghi nhận của phóng viên cho thấy nhiều tuyến đường, khu dân cư đã thay đổi rõ nét. Người dân phấn "
                "khởi vì những việc làm thiết thực, mang lại lợi ích trực tiếp cho cuộc sống hằng ngày.",
            ),
            (
                "g project",
                "Bên cạnh kết quả đạt được, một số nơi vẫn còn tâm lý trông chờ, cách làm chưa đồng bộ; việc phối "
                "hợp giữa các đơn vị có lúc chưa nhịp nhàng, nguồn kinh phí còn hạn chế.",
            ),
            (
                "g project urban",
                "Đại diện Ủy ban nhân dân thành phố cho biết, thời gian tới thành phố tiếp tục rà soát, bố trí nguồn "
                "lực hợp lý, ưu tiên những việc cấp bách, liên quan trực tiếp đến đời sống nhân dân.",
            ),
            (
                "emergency",
                "Các lực lượng chức năng được yêu cầu trực ban nghiêm túc, chuẩn bị sẵn phương tiện, vật tư để xử "
                "lý kịp thời mọi tình huống phát sinh, không để bị động, bất ngờ.",
            ),
            (
                "emergency",
                "Đến nay, các địa phương đã chuẩn bị hàng nghìn bao cát, cọc tràm, máy bơm và phương tiện cứu hộ; "
                "danh sách hộ dân cần di dời khi có tình huống xấu được cập nhật thường xuyên.",
            ),
            (
                "g emergency urban",
                "Hệ thống loa truyền thanh cơ sở, trang thông tin điện tử và nhóm mạng xã hội của các phường, xã "
                "được đề nghị thông tin kịp thời để người dân chủ động nắm bắt, phối hợp thực hiện.",
            ),
            (
                "meeting",
                "Tại buổi làm việc, các đại biểu đã thảo luận, đề xuất nhiều giải pháp cụ thể, trong đó nhấn mạnh "
                "vai trò của cộng đồng dân cư và sự vào cuộc đồng bộ của cả hệ thống chính trị.",
            ),
            (
                "ceremony",
                "Không khí buổi lễ trang trọng, xúc động. Nhiều đại biểu lớn tuổi không giấu được niềm vui khi gặp "
                "lại đồng chí, đồng đội sau nhiều năm.",
            ),
            (
                "ceremony",
                "Trước đó, lãnh đạo thành phố đã dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ "
                "thành phố.",
            ),
            (
                "ceremony",
                "Dịp này, thành phố thăm, tặng quà các gia đình chính sách, người có công tiêu biểu; các phường, xã "
                "đồng loạt tổ chức hoạt động văn hóa, thể thao chào mừng.",
            ),
            (
                "youth",
                "Bên cạnh các công trình, phần việc cụ thể, chiến dịch còn là dịp để đoàn viên, thanh niên rèn luyện "
                "kỹ năng, hiểu thêm đời sống của người dân ở cơ sở.",
            ),
            (
                "youth",
                "Các đội hình được địa phương bố trí chỗ ở, phối hợp chặt chẽ với chi đoàn, ban điều hành khu vực để "
                "chọn những phần việc thiết thực, đúng nhu cầu của bà con.",
            ),
        ],
        "quotes": [
            (
                "g project urban emergency",
                "Việc gì có lợi cho dân thì phải làm ngay, làm đến nơi đến chốn. Người dân là người đánh giá "
                "chính xác nhất hiệu quả công việc của chúng ta.",
                "Lãnh đạo Ủy ban nhân dân thành phố phát biểu chỉ đạo",
            ),
            (
                "project urban",
                "Chúng tôi xác định làm đến đâu chắc đến đó, không chạy theo số lượng.",
                "Đại diện Sở Xây dựng thành phố",
            ),
            (
                "ceremony",
                "Hòa bình hôm nay được đánh đổi bằng máu xương của bao thế hệ. Lớp trẻ phải sống sao cho xứng đáng.",
                "Một cựu chiến binh dự lễ",
            ),
            (
                "youth",
                "Đi tình nguyện, mình học được cách làm việc với bà con, thấy bản thân trưởng thành hơn nhiều.",
                "Một sinh viên tham gia chiến dịch",
            ),
        ],
        "callouts": [
            (
                "g urban emergency project",
                "Phản ánh của người dân",
                "<p>Người dân phát hiện sự cố, vi phạm có thể phản ánh qua đường dây nóng của Ủy ban nhân dân "
                "phường, xã nơi cư trú hoặc qua ứng dụng công dân số của thành phố.</p>",
                "info",
            ),
        ],
        "closings": [
            (
                "g project urban",
                "Thành phố sẽ sơ kết, đánh giá kết quả thực hiện, biểu dương tập thể, cá nhân tiêu biểu và chấn "
                "chỉnh những nơi còn chậm trễ.",
            ),
            (
                "project urban",
                "Các phần việc còn lại dự kiến hoàn thành trong quý tới, góp phần cải thiện rõ nét chất lượng sống "
                "của người dân.",
            ),
            ("g meeting youth", "Chúng tôi sẽ tiếp tục thông tin kết quả thực hiện đến bạn đọc."),
            ("ceremony", "Các hoạt động kỷ niệm tiếp tục diễn ra sôi nổi tại nhiều địa phương trong thành phố."),
            (
                "emergency",
                "Người dân cần theo dõi thông tin dự báo và thực hiện theo hướng dẫn của chính quyền địa phương.",
            ),
        ],
    },
    "xay-dung-dang": {
        "headings": [
            ("g study", "Đổi mới nội dung, phương thức"),
            ("g study", "Người đứng đầu phải gương mẫu"),
            ("g massmob", "Sát với thực tiễn cơ sở"),
            ("inspect", "Kiểm tra, giám sát chặt chẽ"),
            ("g inspect recruit", "Lấy kết quả làm thước đo"),
            ("ideology", "Lan tỏa thông tin tích cực"),
            ("ceremony", "Phát huy truyền thống vẻ vang"),
            ("recruit", "Chăm lo tạo nguồn"),
            ("massmob", "Dân tin, dân theo"),
        ],
        "paragraphs": [
            (
                "g",
                "Thời gian qua, cấp ủy các cấp chú trọng đổi mới nội dung sinh hoạt chi bộ theo hướng thiết thực, "
                "gắn với nhiệm vụ chính trị của từng địa phương, đơn vị. Nhiều chi bộ chọn chuyên đề sát thực tiễn "
                "như chỉnh trang đô thị, giải quyết thủ tục hành chính hay giữ gìn an ninh trật tự ở khu dân cư.",
            ),
            (
                "study",
                "Việc học tập, quán triệt nghị quyết được tổ chức nghiêm túc, kết hợp hình thức trực tiếp và trực "
                "tuyến; sau mỗi đợt học tập, cán bộ, đảng viên đều viết bài thu hoạch, đăng ký việc làm cụ thể.",
            ),
            (
                "g study",
                "Cấp ủy đặc biệt coi trọng vai trò nêu gương của người đứng đầu. Cán bộ chủ chốt trực tiếp phụ "
                "trách địa bàn, dự sinh hoạt với chi bộ, lắng nghe ý kiến của đảng viên và nhân dân.",
            ),
            (
                "inspect",
                "Công tác kiểm tra, giám sát được thực hiện thường xuyên, tập trung vào những lĩnh vực nhạy cảm, dễ "
                "phát sinh sai phạm; qua đó kịp thời nhắc nhở, chấn chỉnh, không để vi phạm nhỏ tích tụ thành sai "
                "phạm lớn.",
            ),
            (
                "inspect",
                "Qua kiểm tra, giám sát, cấp ủy đã yêu cầu khắc phục những hạn chế; các trường hợp vi phạm được xem "
                "xét, xử lý nghiêm, đúng quy định, góp phần củng cố niềm tin của cán bộ, đảng viên và nhân dân.",
            ),
            (
                "g massmob",
                "Nhiều cách làm hay đã được nhân rộng, như chi bộ gắn biển công trình, phần việc hằng năm; đảng viên "
                "phụ trách hộ gia đình; tổ chức đối thoại định kỳ giữa bí thư chi bộ với người dân.",
            ),
            (
                "g",
                "Cùng với những kết quả đạt được, chất lượng sinh hoạt ở một số chi bộ còn nặng về thông báo, chưa "
                "có nhiều ý kiến trao đổi; tính chiến đấu trong tự phê bình và phê bình có lúc chưa cao.",
            ),
            (
                "g inspect study ideology",
                "Thời gian tới, cấp ủy tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức "
                "chiến đấu của tổ chức cơ sở đảng, xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực, uy tín.",
            ),
            (
                "study ideology",
                "Ban Tuyên giáo các cấp phát huy vai trò tham mưu, biên soạn tài liệu ngắn gọn, dễ hiểu, phù hợp "
                "từng đối tượng; đội ngũ báo cáo viên được bồi dưỡng thường xuyên, nắm chắc tình hình cơ sở.",
            ),
            (
                "ideology",
                "Trang thông tin điện tử và tài khoản mạng xã hội của các cấp ủy được đầu tư nội dung, cập nhật "
                "thường xuyên; nhiều video ngắn, đồ họa dễ hiểu được chia sẻ rộng rãi, thu hút đông đảo người xem.",
            ),
            (
                "massmob",
                "Công tác dân vận được gắn với thực hiện dân chủ ở cơ sở; chính quyền tổ chức đối thoại, công khai "
                "những chủ trương liên quan trực tiếp đến người dân trước khi triển khai.",
            ),
            (
                "recruit",
                "Công tác phát triển đảng viên gắn với nâng cao chất lượng đảng viên; mỗi quần chúng ưu tú được phân "
                "công một đảng viên chính thức giúp đỡ, theo dõi trong suốt quá trình phấn đấu.",
            ),
            (
                "recruit",
                "Các cấp ủy chú trọng tạo nguồn ở những nơi còn ít đảng viên như doanh nghiệp ngoài nhà nước, khu "
                "trọ công nhân; sinh hoạt chi đoàn, công đoàn là môi trường để phát hiện người tiêu biểu.",
            ),
            (
                "ceremony",
                "Buổi lễ diễn ra trang trọng; các đại biểu đã ôn lại truyền thống vẻ vang, khẳng định quyết tâm phát "
                "huy truyền thống, hoàn thành thắng lợi nhiệm vụ chính trị của thành phố.",
            ),
            (
                "ceremony",
                "Dịp này, nhiều đảng viên lão thành được trao Huy hiệu Đảng; các tổ chức đảng, đảng viên tiêu biểu "
                "được biểu dương, khen thưởng.",
            ),
        ],
        "quotes": [
            (
                "g study massmob",
                "Sinh hoạt chi bộ mà chỉ đọc báo cáo thì đảng viên sẽ ngại đến. Phải bàn những chuyện của khu "
                "vực, của bà con, có phân công rõ ràng thì mới có sức sống.",
                "Bí thư một chi bộ khu vực ở phường An Khánh",
            ),
            (
                "g inspect massmob study",
                "Cán bộ nói thì phải làm, làm trước để nhân dân thấy, nhân dân tin.",
                "Một cán bộ Ban Tổ chức Thành ủy",
            ),
            (
                "ideology",
                "Mỗi cán bộ, đảng viên phải là một tuyên truyền viên trên không gian mạng.",
                "Đại diện Ban Tuyên giáo Thành ủy",
            ),
            (
                "recruit",
                "Được đứng vào hàng ngũ của Đảng là niềm tự hào, cũng là trách nhiệm lớn với bản thân tôi.",
                "Một đảng viên trẻ vừa được kết nạp",
            ),
        ],
        "callouts": [
            (
                "g study",
                "Điểm nhấn",
                "<p>Mỗi chi bộ đăng ký ít nhất <b>một công trình, phần việc</b> cụ thể trong năm; kết quả được "
                "đánh giá khi kiểm điểm cuối năm.</p>",
                "box",
            ),
        ],
        "closings": [
            (
                "g inspect recruit",
                "Kết quả thực hiện sẽ là một căn cứ quan trọng để đánh giá, xếp loại tổ chức đảng và đảng viên cuối "
                "năm.",
            ),
            (
                "g massmob study ideology",
                "Cấp ủy đề nghị các chi bộ tiếp tục phát huy, nhân rộng những cách làm hiệu quả trong toàn Đảng bộ.",
            ),
            (
                "g study inspect",
                "Việc thực hiện sẽ được sơ kết định kỳ, kịp thời rút kinh nghiệm và điều chỉnh cho phù hợp.",
            ),
            ("ceremony", "Buổi lễ khép lại trong không khí phấn khởi, tin tưởng."),
        ],
    },
    "hoc-tap-va-lam-theo-bac": {
        "headings": [
            ("person", "Việc nhỏ, ý nghĩa lớn"),
            ("person group ceremony", "Lan tỏa trong cộng đồng"),
            ("person group", "Làm theo Bác từ những điều giản dị"),
            ("ceremony", "Những bông hoa đẹp"),
        ],
        "paragraphs": [
            (
                "person",
                "Không ồn ào, những việc làm ấy xuất phát từ tấm lòng muốn được góp sức cho xóm giềng. Điều đáng quý "
                "là sự bền bỉ, nhiều năm liền không ngắt quãng, dù hoàn cảnh bản thân cũng chẳng dư dả.",
            ),
            (
                "person group",
                "Học tập và làm theo Bác, theo nhiều người, không phải là điều gì quá to tát, mà bắt đầu từ những "
                "việc cụ thể hằng ngày: sống trung thực, tận tụy với công việc, biết quan tâm đến người khác.",
            ),
            (
                "person",
                "Từ tấm gương ấy, nhiều người trong khu vực cũng tham gia đóng góp công sức, tiền của. Việc làm tốt "
                "cứ thế nối dài, trở thành nếp sinh hoạt chung của cả khu dân cư.",
            ),
            (
                "person",
                "Chi bộ và Ủy ban Mặt trận Tổ quốc phường đã kịp thời biểu dương, giới thiệu gương điển hình trong "
                "các buổi sinh hoạt, đồng thời đề xuất khen thưởng để động viên, nhân rộng.",
            ),
            (
                "person ceremony",
                "Điều dễ nhận thấy là những tấm gương như vậy có sức thuyết phục lớn hơn nhiều lời kêu gọi. Người "
                "dân nhìn vào việc làm cụ thể để tin, để noi theo.",
            ),
            (
                "group",
                "Cách làm của chi bộ cho thấy, khi cán bộ, đảng viên gương mẫu đi trước, những việc tưởng khó như "
                "hiến đất, góp công đều được bà con đồng thuận.",
            ),
            (
                "ceremony",
                "Các điển hình được chọn từ cơ sở, qua bình xét công khai ở khu dân cư, cơ quan, đơn vị; nhiều người "
                "là nông dân, công nhân, tiểu thương bình dị.",
            ),
            (
                "ceremony group",
                "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở địa phương đã đi vào chiều "
                "sâu, gắn với phong trào thi đua yêu nước và cuộc vận động xây dựng đời sống văn hóa ở khu dân cư.",
            ),
        ],
        "quotes": [
            ("person", "Tôi chỉ làm những gì mình làm được. Thấy bà con vui là mình vui rồi.", "Nhân vật trong bài"),
            (
                "group ceremony person",
                "Những gương người tốt, việc tốt ở cơ sở chính là bài học sinh động nhất khi học tập và làm theo Bác.",
                "Đại diện Ban Tuyên giáo Thành ủy",
            ),
        ],
        "callouts": [
            (
                "person group ceremony",
                "Gửi gương người tốt, việc tốt",
                "<p>Bạn đọc biết những tấm gương người tốt, việc tốt ở địa phương có thể gửi thông tin về Ban "
                "Biên tập qua thư điện tử ghi ở cuối trang.</p>",
                "info",
            ),
        ],
        "closings": [
            (
                "person group",
                "Những việc làm lặng lẽ ấy góp phần làm đẹp thêm cuộc sống, lan tỏa tinh thần học tập và làm theo "
                "Bác trong cộng đồng.",
            ),
            (
                "person group",
                "Câu chuyện giản dị ấy là minh chứng sinh động cho sức sống của phong trào học tập và làm theo Bác "
                "ở cơ sở.",
            ),
            ("ceremony", "Lễ tuyên dương là dịp để phong trào học tập và làm theo Bác lan tỏa mạnh mẽ hơn nữa."),
        ],
    },
    "chinh-quyen": {
        "headings": [
            ("g digital", "Lấy sự hài lòng của người dân làm thước đo"),
            ("g invest citizen", "Rõ người, rõ việc, rõ trách nhiệm"),
            ("invest digital", "Tháo gỡ điểm nghẽn"),
            ("g citizen council", "Công khai, minh bạch"),
            ("council", "Trách nhiệm với cử tri"),
        ],
        "paragraphs": [
            (
                "g digital citizen",
                "Ủy ban nhân dân thành phố yêu cầu thủ trưởng các sở, ngành, địa phương trực tiếp chỉ đạo, chịu "
                "trách nhiệm về kết quả giải quyết hồ sơ; không để hồ sơ trễ hạn mà không có văn bản xin lỗi người "
                "dân, doanh nghiệp.",
            ),
            (
                "g digital",
                "Các thủ tục hành chính đều được niêm yết công khai tại bộ phận một cửa và trên Cổng dịch vụ công; "
                "người dân có thể tra cứu tiến độ giải quyết hồ sơ bằng điện thoại thông minh.",
            ),
            (
                "g citizen",
                "Việc đánh giá cán bộ, công chức gắn với kết quả giải quyết công việc cụ thể. Những trường hợp nhũng "
                "nhiễu, gây phiền hà được xử lý nghiêm, công khai.",
            ),
            (
                "g digital",
                "Qua rà soát, thành phố đã đơn giản hóa nhiều thủ tục, cắt giảm thành phần hồ sơ và thời gian giải "
                "quyết; nhiều thủ tục được liên thông giữa các cơ quan, người dân không phải đi lại nhiều lần.",
            ),
            (
                "council",
                "Đại biểu Hội đồng nhân dân đề nghị Ủy ban nhân dân thành phố quan tâm hơn đến việc trả lời kiến "
                "nghị cử tri, bảo đảm đúng hạn, đúng trọng tâm và có lộ trình giải quyết rõ ràng.",
            ),
            (
                "council",
                "Theo chương trình, kỳ họp sẽ xem xét các báo cáo kinh tế – xã hội, dự toán ngân sách và nhiều nghị "
                "quyết quan trọng về đầu tư công, chính sách hỗ trợ người dân.",
            ),
            (
                "digital",
                "Tuy nhiên, hạ tầng kỹ thuật ở một số nơi chưa đồng bộ, dữ liệu giữa các ngành chưa được kết nối "
                "đầy đủ; một bộ phận người dân, nhất là người cao tuổi, còn lúng túng khi thực hiện thủ tục trực "
                "tuyến.",
            ),
            (
                "g citizen",
                "Thời gian tới, thành phố tiếp tục đẩy mạnh cải cách hành chính, siết chặt kỷ luật, kỷ cương; tăng "
                "cường kiểm tra đột xuất việc thực thi công vụ tại các cơ quan, đơn vị.",
            ),
            (
                "digital",
                "Cùng với đó, các tổ công nghệ số cộng đồng được kiện toàn ở từng khu vực, ấp để hướng dẫn người "
                "dân cài đặt, sử dụng các ứng dụng và dịch vụ công trực tuyến.",
            ),
            (
                "invest",
                "Thành phố đã lập các tổ công tác do lãnh đạo Ủy ban nhân dân thành phố làm tổ trưởng, trực tiếp "
                "xuống từng dự án để tháo gỡ vướng mắc về bồi thường, tái định cư và nguồn vật liệu.",
            ),
            (
                "invest",
                "Chủ đầu tư có tỷ lệ giải ngân thấp sẽ bị điều chuyển vốn sang dự án có khả năng giải ngân tốt hơn; "
                "kết quả giải ngân là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu.",
            ),
            (
                "citizen",
                "Trụ sở tiếp công dân thành phố được bố trí khu vực chờ, nước uống và cán bộ hướng dẫn; mỗi vụ việc "
                "được cập nhật vào phần mềm để theo dõi đến khi có kết quả cuối cùng.",
            ),
        ],
        "quotes": [
            (
                "g digital",
                "Trước đây làm giấy tờ phải xin nghỉ làm cả buổi. Giờ nộp trên điện thoại, đến hẹn thì nhận kết "
                "quả, rất tiện.",
                "Anh Trần Văn Hậu, người dân phường Hưng Phú",
            ),
            (
                "g digital citizen",
                "Chúng tôi coi mỗi hồ sơ trễ hạn là một lần để người dân phải chờ đợi. Việc đó phải được xem "
                "xét trách nhiệm.",
                "Lãnh đạo Văn phòng Ủy ban nhân dân thành phố",
            ),
            (
                "council",
                "Cử tri đã gửi gắm thì đại biểu phải theo đến cùng từng kiến nghị.",
                "Một đại biểu Hội đồng nhân dân thành phố",
            ),
        ],
        "callouts": [
            (
                "g digital",
                "Tra cứu hồ sơ",
                "<p>Người dân, doanh nghiệp tra cứu tình trạng hồ sơ bằng mã biên nhận trên Cổng dịch vụ công "
                "của thành phố hoặc quét mã QR in trên giấy hẹn.</p>",
                "info",
            ),
        ],
        "closings": [
            (
                "g digital citizen",
                "Kết quả thực hiện được công khai định kỳ để người dân, doanh nghiệp cùng theo dõi, giám sát.",
            ),
            ("g digital", "Thành phố phấn đấu đến cuối năm không còn hồ sơ trễ hạn ở cả hai cấp chính quyền."),
            ("invest", "Thành phố phấn đấu giải ngân hết kế hoạch vốn được giao trước khi kết thúc năm ngân sách."),
            (
                "council",
                "Các kiến nghị của cử tri sẽ được tổng hợp, gửi cơ quan có thẩm quyền và trả lời công khai.",
            ),
        ],
    },
    "kinh-te": {
        "headings": [
            ("g trade biz", "Tín hiệu tích cực"),
            ("biz", "Gỡ khó cho doanh nghiệp"),
            ("agri trade", "Liên kết để đi xa"),
            ("agri", "Nâng giá trị nông sản"),
            ("tourism", "Đa dạng sản phẩm du lịch"),
            ("digital trade", "Thói quen mới"),
        ],
        "paragraphs": [
            (
                "g trade",
                "Theo Sở Công Thương, sức mua trên thị trường tăng khá; các mặt hàng thiết yếu được cung ứng đầy đủ, "
                "giá cả ổn định. Hệ thống siêu thị, cửa hàng tiện lợi tiếp tục mở rộng đến khu vực ven đô.",
            ),
            (
                "biz",
                "Doanh nghiệp vẫn gặp không ít khó khăn về vốn, mặt bằng sản xuất và thủ tục đầu tư. Thành phố đã "
                "thành lập tổ công tác đặc biệt để tiếp nhận, xử lý kiến nghị trong thời gian sớm nhất.",
            ),
            (
                "agri g",
                "Nông dân được hỗ trợ chuyển đổi sang sản xuất theo hướng an toàn, hữu cơ; nhiều hợp tác xã đã liên "
                "kết với doanh nghiệp bao tiêu sản phẩm, giúp đầu ra ổn định, lợi nhuận tăng.",
            ),
            (
                "tourism g",
                "Ngành du lịch đẩy mạnh kết nối tour tuyến, phát triển sản phẩm đường sông và du lịch vườn; lượng "
                "khách lưu trú qua đêm tăng, thời gian lưu trú bình quân được kéo dài.",
            ),
            (
                "biz g",
                "Các ngân hàng trên địa bàn triển khai nhiều gói tín dụng ưu đãi cho sản xuất, kinh doanh, nhất là "
                "lĩnh vực nông nghiệp, xuất khẩu và doanh nghiệp nhỏ và vừa.",
            ),
            (
                "agri digital",
                "Ứng dụng công nghệ vào sản xuất giúp tiết kiệm chi phí, nâng năng suất. Nhiều nhà vườn đã dùng hệ "
                "thống tưới tự động, ghi chép nhật ký điện tử và bán hàng qua mạng.",
            ),
            (
                "biz g",
                "Thành phố xác định cải thiện môi trường đầu tư, kinh doanh là nhiệm vụ trọng tâm; chỉ số năng lực "
                "cạnh tranh cấp tỉnh được theo dõi, phân tích để có giải pháp cụ thể cho từng chỉ số thành phần.",
            ),
            (
                "trade digital",
                "Tỷ lệ giao dịch thanh toán qua điện thoại, mã QR tại các điểm bán lẻ tăng nhanh; nhiều chợ, điểm "
                'du lịch đã trở thành mô hình "chợ 4.0", "điểm đến không tiền mặt".',
            ),
            (
                "agri",
                "Ngành nông nghiệp khuyến khích nông dân giảm phân bón hóa học, áp dụng quy trình canh tác ít phát "
                "thải; nhiều diện tích đã được cấp mã số vùng trồng phục vụ xuất khẩu.",
            ),
            (
                "tourism",
                "Các điểm đến chú trọng hơn đến vệ sinh môi trường, niêm yết giá công khai và thái độ phục vụ; du "
                "khách có thể đặt tour, thanh toán trực tuyến dễ dàng.",
            ),
        ],
        "quotes": [
            (
                "agri",
                "Có hợp đồng bao tiêu, bà con yên tâm sản xuất, không còn cảnh được mùa mất giá như trước.",
                "Giám đốc một hợp tác xã nông nghiệp ở xã Phong Điền",
            ),
            (
                "biz g",
                "Doanh nghiệp cần nhất là thủ tục nhanh và chính sách ổn định, có thể dự đoán được.",
                "Đại diện Hiệp hội Doanh nghiệp thành phố",
            ),
            (
                "tourism",
                "Khách thích trải nghiệm thật: ngồi ghe, ăn trái cây tại vườn, nghe đờn ca tài tử.",
                "Một hướng dẫn viên du lịch",
            ),
        ],
        "callouts": [
            (
                "biz g",
                "Hỗ trợ doanh nghiệp",
                "<p>Doanh nghiệp gửi kiến nghị, vướng mắc qua Tổ công tác hỗ trợ doanh nghiệp của thành phố; "
                "thời hạn phản hồi không quá <b>7 ngày làm việc</b>.</p>",
                "info",
            ),
        ],
        "closings": [
            (
                "g trade tourism digital biz",
                "Với những kết quả bước đầu, ngành chức năng kỳ vọng tăng trưởng sẽ tiếp tục được duy trì trong "
                "những tháng tới.",
            ),
            (
                "biz agri g",
                "Thành phố sẽ tiếp tục đồng hành, tháo gỡ kịp thời khó khăn cho doanh nghiệp, hợp tác xã và nông dân.",
            ),
        ],
    },
    "van-hoa-xa-hoi": {
        "headings": [
            ("welfare", "Chăm lo cho người khó khăn"),
            ("g culture welfare", "Gắn kết cộng đồng"),
            ("health jobs", "Nâng chất lượng phục vụ"),
            ("culture", "Giữ gìn bản sắc"),
            ("ceremony", "Khơi dậy niềm tự hào"),
            ("edu", "Đổi mới dạy và học"),
        ],
        "paragraphs": [
            (
                "culture ceremony g",
                "Hoạt động thu hút đông đảo người dân tham gia, nhất là thanh thiếu niên và người cao tuổi. Không khí "
                "vui tươi, phấn khởi lan tỏa khắp các khu dân cư.",
            ),
            (
                "edu",
                "Ngành giáo dục tiếp tục đầu tư cơ sở vật chất, đổi mới phương pháp dạy học; tỷ lệ trường đạt chuẩn "
                "quốc gia tăng so với năm trước, chất lượng giáo dục toàn diện có chuyển biến.",
            ),
            (
                "edu",
                "Nhiều trường học chú trọng giáo dục kỹ năng sống, tổ chức hoạt động trải nghiệm, giúp học sinh phát "
                "triển toàn diện cả về kiến thức lẫn thể chất.",
            ),
            (
                "health",
                "Các bệnh viện trên địa bàn đẩy mạnh cải cách thủ tục khám, chữa bệnh, triển khai đặt lịch khám trực "
                "tuyến và thanh toán viện phí không dùng tiền mặt, giúp người bệnh giảm thời gian chờ đợi.",
            ),
            (
                "health",
                "Ngành y tế khuyến cáo người dân chủ động phòng bệnh, khám sức khỏe định kỳ; các trạm y tế phường, "
                "xã được tăng cường trang thiết bị, bác sĩ để chăm sóc sức khỏe ban đầu.",
            ),
            (
                "welfare",
                "Công tác an sinh xã hội được quan tâm; các chính sách đối với người có công, hộ nghèo, hộ cận nghèo "
                "được thực hiện đầy đủ, kịp thời, đúng đối tượng.",
            ),
            (
                "welfare",
                "Ủy ban Mặt trận Tổ quốc các cấp công khai danh sách hộ được hỗ trợ và số tiền vận động tại khu dân "
                "cư để nhân dân cùng giám sát.",
            ),
            (
                "g culture welfare",
                "Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa được duy trì; nhiều khu vực giữ vững danh "
                "hiệu khu dân cư văn hóa, tình làng nghĩa xóm ngày càng gắn bó.",
            ),
            (
                "culture",
                "Nghệ thuật đờn ca tài tử, các làn điệu dân ca Nam Bộ được gìn giữ, phát huy qua các câu lạc bộ ở "
                "cơ sở, trở thành sinh hoạt văn hóa quen thuộc của người dân.",
            ),
            (
                "jobs",
                "Trung tâm dịch vụ việc làm thành phố thường xuyên tổ chức phiên giao dịch, tư vấn nghề nghiệp, giới "
                "thiệu việc làm cho người lao động, nhất là lao động trẻ và người mới mất việc.",
            ),
            (
                "jobs",
                "Nhu cầu tuyển dụng tập trung ở các ngành chế biến thủy sản, may mặc, thương mại, dịch vụ; lao động "
                "có tay nghề, biết ngoại ngữ được nhiều doanh nghiệp săn đón.",
            ),
            (
                "ceremony",
                "Các hoạt động được tổ chức trang trọng, tiết kiệm nhưng giàu ý nghĩa, góp phần giáo dục truyền "
                "thống cách mạng, khơi dậy niềm tự hào và khát vọng cống hiến, nhất là trong thế hệ trẻ.",
            ),
        ],
        "quotes": [
            (
                "welfare",
                "Nhận được sự quan tâm của chính quyền và các nhà hảo tâm, gia đình tôi có thêm động lực để vượt "
                "qua khó khăn.",
                "Bà Lê Thị Hoa, hộ cận nghèo ở khu vực 7",
            ),
            (
                "health",
                "Chúng tôi mong muốn mỗi người dân, dù ở đâu, cũng được tiếp cận dịch vụ y tế tốt nhất.",
                "Đại diện Sở Y tế thành phố",
            ),
            (
                "edu",
                "Trường mới, phòng học rộng rãi, các em hào hứng đến lớp hơn hẳn.",
                "Cô Trần Thị Ngọc, giáo viên",
            ),
            (
                "culture",
                "Tiếng đờn, câu ca là cái hồn của người miền Tây, mình phải giữ.",
                "Một nghệ nhân đờn ca tài tử",
            ),
        ],
        "callouts": [
            (
                "jobs",
                "Thông tin hữu ích",
                "<p>Người lao động cần tìm việc có thể đăng ký miễn phí tại Trung tâm dịch vụ việc làm thành phố "
                "hoặc tại Ủy ban nhân dân phường, xã nơi cư trú.</p>",
                "info",
            ),
        ],
        "closings": [
            (
                "g welfare culture ceremony jobs edu",
                "Những hoạt động thiết thực này góp phần nâng cao đời sống vật chất, tinh thần của người dân thành "
                "phố.",
            ),
            (
                "health edu jobs welfare",
                "Ngành chức năng sẽ tiếp tục duy trì, nhân rộng các mô hình hiệu quả trong thời gian tới.",
            ),
        ],
    },
    "quoc-phong-an-ninh": {
        "headings": [
            ("police cyber", "Chủ động từ sớm, từ xa"),
            ("police community cyber", "Dựa vào dân"),
            ("defense disaster", "Sẵn sàng trong mọi tình huống"),
            ("ceremony", "Ký ức không phai"),
            ("defense", "Tự hào lên đường"),
        ],
        "paragraphs": [
            (
                "police",
                "Lực lượng công an đã chủ động nắm chắc tình hình, tăng cường tuần tra, kiểm soát tại các địa bàn "
                "trọng điểm, nơi tập trung đông người; kịp thời phát hiện, ngăn chặn các hành vi vi phạm pháp luật.",
            ),
            (
                "police community",
                "Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục phát huy hiệu quả với nhiều mô hình tự quản như "
                "tổ an ninh tự quản, camera an ninh, khu phố không ma túy.",
            ),
            (
                "police cyber community",
                "Công tác tuyên truyền được đẩy mạnh bằng nhiều hình thức: loa truyền thanh, tờ rơi, nhóm mạng xã "
                "hội ở khu dân cư, giúp người dân nâng cao cảnh giác, biết cách phòng ngừa.",
            ),
            (
                "defense disaster",
                "Lực lượng vũ trang thành phố duy trì nghiêm chế độ trực sẵn sàng chiến đấu, chủ động phương án "
                "phòng chống thiên tai, tìm kiếm cứu nạn, bảo đảm an toàn cho nhân dân.",
            ),
            (
                "defense disaster",
                "Sự phối hợp giữa công an, quân sự và chính quyền địa phương ngày càng chặt chẽ, hiệu quả; thế trận "
                "quốc phòng toàn dân gắn với thế trận an ninh nhân dân được củng cố vững chắc.",
            ),
            (
                "police community",
                "Nhiều vụ việc được giải quyết nhanh nhờ tin báo kịp thời của người dân. Lực lượng chức năng đã khen "
                "thưởng các tập thể, cá nhân có thành tích trong phát hiện, tố giác tội phạm.",
            ),
            (
                "cyber",
                "Người dân được khuyến cáo không cung cấp mã OTP, mật khẩu, thông tin tài khoản cho bất kỳ ai; không "
                "bấm vào đường dẫn lạ và kiểm tra kỹ thông tin trước khi chuyển tiền.",
            ),
            (
                "defense",
                "Công tác tuyển quân được thực hiện đúng quy trình, công khai từ cơ sở; các gia đình có con em lên "
                "đường nhập ngũ được chính quyền địa phương thăm hỏi, động viên.",
            ),
            (
                "disaster",
                "Qua diễn tập, các lực lượng đã rút ra nhiều kinh nghiệm trong chỉ huy, hiệp đồng; phương án phòng "
                "thủ dân sự của các địa phương được bổ sung, hoàn thiện sát với thực tế.",
            ),
            (
                "ceremony",
                "Nhiều câu chuyện về những năm tháng chiến đấu gian khổ được kể lại, giúp lớp trẻ hiểu hơn giá trị "
                "của độc lập, tự do hôm nay.",
            ),
            (
                "ceremony",
                "Nhiều cựu chiến binh hôm nay vẫn là nòng cốt trong các phong trào ở khu dân cư, từ hòa giải mâu "
                "thuẫn, vận động hiến đất làm đường đến giữ gìn an ninh trật tự.",
            ),
        ],
        "quotes": [
            (
                "police community",
                "Bình yên của khu phố không tự nhiên mà có, cần mỗi người dân cùng góp sức.",
                "Trưởng Công an một phường trên địa bàn thành phố",
            ),
            (
                "community",
                "Thấy lạ là báo ngay cho công an khu vực, bà con bây giờ cảnh giác lắm.",
                "Ông Phạm Văn Út, tổ trưởng tổ an ninh tự quản",
            ),
            (
                "defense",
                "Ba mẹ yên tâm, con sẽ cố gắng rèn luyện thật tốt trong quân ngũ.",
                "Một tân binh trước giờ lên đường",
            ),
            (
                "ceremony",
                "Gặp lại nhau, anh em ai cũng tóc bạc cả rồi, nhưng nhắc chuyện ngày xưa thì như mới hôm qua.",
                "Một cựu thanh niên xung phong",
            ),
        ],
        "callouts": [
            (
                "police cyber community disaster",
                "Số điện thoại cần nhớ",
                "<p>Cảnh sát 113 – Cứu hỏa 114 – Cấp cứu 115. Người dân có thể báo tin tội phạm qua đường dây "
                "nóng của công an phường, xã nơi cư trú.</p>",
                "important",
            ),
        ],
        "closings": [
            (
                "police cyber community",
                "Lực lượng chức năng khuyến cáo người dân tiếp tục nâng cao cảnh giác, kịp thời cung cấp thông tin "
                "về hành vi vi phạm pháp luật.",
            ),
            (
                "police community defense disaster",
                "Những kết quả này góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn thành phố.",
            ),
            ("ceremony", "Buổi gặp mặt khép lại trong tình đồng chí, đồng đội ấm áp."),
        ],
    },
    "dien-dan": {
        "headings": [
            ("g", "Từ thực tế cơ sở"),
            ("g", "Cần những giải pháp căn cơ"),
            ("g culture", "Đề xuất"),
            ("culture", "Giữ hồn sông nước"),
        ],
        "paragraphs": [
            (
                "g",
                "Nhìn thẳng vào thực tế, có thể thấy không ít việc đã được đề ra từ lâu nhưng chuyển biến còn chậm. "
                "Nguyên nhân không chỉ ở nguồn lực mà còn ở cách tổ chức thực hiện và trách nhiệm của người đứng "
                "đầu.",
            ),
            (
                "g",
                "Người dân không đòi hỏi điều gì quá lớn; điều họ cần là sự lắng nghe, phản hồi kịp thời và những "
                "thay đổi có thể nhìn thấy được trong cuộc sống hằng ngày.",
            ),
            (
                "g",
                "Theo tôi, mỗi chủ trương khi đưa xuống cơ sở cần được cụ thể hóa thành những việc làm rõ ràng, có "
                "người chịu trách nhiệm, có thời hạn và có kết quả để người dân cùng giám sát.",
            ),
            (
                "g",
                "Các cơ quan chức năng cũng nên tổ chức đối thoại thường xuyên hơn, không chỉ vào dịp tiếp xúc cử "
                "tri, để kịp thời tháo gỡ những vướng mắc nảy sinh từ thực tiễn.",
            ),
            (
                "g culture",
                "Báo chí và mạng xã hội là kênh quan trọng để người dân lên tiếng. Nếu các ý kiến được tiếp thu, trả "
                "lời nghiêm túc, niềm tin của nhân dân với chính quyền sẽ ngày càng được củng cố.",
            ),
            (
                "culture",
                "Giữ gìn bản sắc không có nghĩa là đứng yên. Những giá trị truyền thống hoàn toàn có thể trở thành "
                "sản phẩm văn hóa, du lịch hấp dẫn nếu được đầu tư đúng cách.",
            ),
            (
                "culture",
                "Mỗi gia đình, mỗi trường học cũng có thể góp phần, từ việc dạy con em hát một câu vọng cổ, kể "
                "chuyện về con sông, cây cầu của quê mình.",
            ),
        ],
        "quotes": [
            (
                "g",
                "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng – đó phải là cách làm, "
                "không chỉ là khẩu hiệu.",
                "Ý kiến một đảng viên lão thành",
            ),
        ],
        "callouts": [
            (
                "g culture",
                "Diễn đàn bạn đọc",
                "<p>Bài viết thể hiện quan điểm của tác giả. Mời bạn đọc tiếp tục gửi ý kiến trao đổi về Ban "
                "Biên tập.</p>",
                "box",
            ),
        ],
        "closings": [
            ("g culture", "Mong rằng những ý kiến tâm huyết này sẽ được các cơ quan chức năng lắng nghe, tiếp thu."),
            ("g culture", "Đó cũng là cách để mỗi người dân góp phần xây dựng thành phố ngày càng văn minh, hiện đại."),
        ],
    },
    # ------------------------------------------------------------ district outlet
    "tin-phuong": {
        "headings": [
            ("g dialogue security digital", "Sát dân, gần dân"),
            ("g dialogue urban", "Bà con đồng tình"),
            ("g urban security edu", "Nhân rộng cách làm hay"),
            ("emergency", "Chủ động ứng phó"),
            ("edu", "Tiếp sức đến trường"),
        ],
        "paragraphs": [
            (
                "g urban",
                "Mô hình được triển khai với sự tham gia tích cực của chi bộ, ban điều hành khu vực và các hội, "
                "đoàn thể; người dân vừa là người thực hiện, vừa là người giám sát.",
            ),
            (
                "g dialogue",
                "Ủy ban nhân dân phường thường xuyên tổ chức đối thoại với người dân tại khu vực, lắng nghe và giải "
                "đáp các kiến nghị về hạ tầng, môi trường, trật tự đô thị.",
            ),
            (
                "g urban",
                "Sau một thời gian thực hiện, diện mạo khu dân cư đã thay đổi rõ nét; các tuyến hẻm sạch sẽ, thông "
                "thoáng hơn, tình làng nghĩa xóm thêm gắn bó.",
            ),
            (
                "g dialogue security",
                "Đội ngũ cán bộ phường được phân công phụ trách từng khu vực, nắm tình hình từng hộ gia đình để kịp "
                "thời hỗ trợ khi có khó khăn.",
            ),
            (
                "g urban",
                "Kinh phí thực hiện chủ yếu từ sự đóng góp tự nguyện của người dân và các nhà hảo tâm, được công "
                "khai minh bạch tại nhà văn hóa khu vực.",
            ),
            (
                "edu",
                "Hội Khuyến học phường thường xuyên vận động nguồn lực, kịp thời hỗ trợ những học sinh có nguy cơ "
                "bỏ học vì hoàn cảnh gia đình.",
            ),
            (
                "edu",
                "Bên cạnh học bổng, các em còn được tặng sách giáo khoa, đồng phục; những trường hợp đặc biệt khó "
                "khăn được các nhà hảo tâm nhận đỡ đầu đến hết bậc trung học.",
            ),
            (
                "digital",
                "Việc số hóa giúp giảm đáng kể thời gian tra cứu, hạn chế hư hỏng sổ sách gốc; dữ liệu được sao lưu "
                "định kỳ, bảo đảm an toàn thông tin.",
            ),
            (
                "digital",
                "Cán bộ tư pháp – hộ tịch phường hướng dẫn người dân đăng ký tài khoản dịch vụ công, nộp hồ sơ trực "
                "tuyến ngay tại bộ phận một cửa.",
            ),
            (
                "security",
                "Công an phường thường xuyên tập huấn kỹ năng cho thành viên tổ tự quản, trang bị đèn pin, còi, áo "
                "phản quang để làm nhiệm vụ ban đêm.",
            ),
            (
                "emergency",
                "Phường cũng rà soát các điểm trũng thấp, lên phương án hỗ trợ người dân kê dọn đồ đạc khi triều "
                "cường dâng cao.",
            ),
        ],
        "quotes": [
            (
                "g urban dialogue",
                "Việc gì bà con bàn bạc, thống nhất thì làm rất nhanh.",
                "Trưởng ban điều hành khu vực 3",
            ),
            (
                "g dialogue urban digital",
                "Phường làm công khai, minh bạch nên dân tin, dân ủng hộ.",
                "Bà Võ Thị Mai, người dân khu vực 5",
            ),
            ("edu", "Con sẽ cố gắng học thật giỏi để không phụ lòng mọi người.", "Một học sinh nhận học bổng"),
        ],
        "callouts": [
            (
                "g dialogue digital",
                "Lịch tiếp dân",
                "<p>Lãnh đạo Ủy ban nhân dân phường tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở phường.</p>",
                "info",
            ),
        ],
        "closings": [
            (
                "g urban security edu digital",
                "Phường sẽ tiếp tục nhân rộng mô hình ra các khu vực khác trong thời gian tới.",
            ),
            (
                "g urban security dialogue emergency",
                "Kết quả này góp phần xây dựng khu dân cư văn minh, an toàn, đáng sống.",
            ),
        ],
    },
    "do-thi-giao-thong": {
        "headings": [
            ("works light traffic", "Người dân hưởng lợi"),
            ("sidewalk", "Kiên quyết xử lý vi phạm"),
            ("works sidewalk", "Chỉnh trang đồng bộ"),
            ("light", "Hẻm sáng, lòng dân vui"),
            ("traffic", "Phân luồng hợp lý"),
        ],
        "paragraphs": [
            (
                "sidewalk",
                "Lực lượng chức năng của quận phối hợp với các phường ra quân kiểm tra, nhắc nhở, vận động các hộ "
                "kinh doanh sắp xếp hàng hóa gọn gàng, trả lại lối đi cho người đi bộ.",
            ),
            (
                "works",
                "Công trình được thi công vào ban đêm để hạn chế ảnh hưởng đến việc đi lại và buôn bán của người "
                "dân; đơn vị thi công cam kết bảo đảm vệ sinh môi trường, an toàn lao động.",
            ),
            (
                "works sidewalk",
                "Theo Phòng Quản lý đô thị quận, việc chỉnh trang sẽ được thực hiện đồng bộ từ vỉa hè, cây xanh, "
                "chiếu sáng đến hệ thống thoát nước, tránh tình trạng đào lên lấp xuống.",
            ),
            (
                "sidewalk",
                "Nhiều hộ dân đã tự nguyện tháo dỡ mái che, bậc tam cấp lấn chiếm, góp phần làm cho tuyến đường "
                "thông thoáng, mỹ quan hơn.",
            ),
            (
                "works light traffic sidewalk",
                "Người dân có thể phản ánh các điểm ngập, hư hỏng mặt đường, đèn chiếu sáng qua đường dây nóng của "
                "quận để được xử lý kịp thời.",
            ),
            (
                "traffic",
                "Theo ghi nhận, vào giờ cao điểm sáng và chiều, lượng xe qua nút giao tăng gấp nhiều lần, nhất là xe "
                "đưa đón học sinh và xe tải nhỏ chở hàng.",
            ),
            (
                "light",
                "Hẻm sáng đèn, người dân đi lại buổi tối an tâm hơn; các cháu nhỏ đi học thêm về muộn không còn phải "
                "dò dẫm trong bóng tối.",
            ),
        ],
        "quotes": [
            (
                "works",
                "Đường sửa xong, nước rút nhanh, xe cộ đi lại dễ dàng hơn nhiều.",
                "Anh Nguyễn Văn Lợi, người dân trên tuyến đường",
            ),
            (
                "sidewalk",
                "Vỉa hè là của chung, ai cũng phải có trách nhiệm giữ gìn.",
                "Đại diện Phòng Quản lý đô thị quận",
            ),
            ("light", "Có đèn rồi, tối đi làm về không còn sợ như trước.", "Chị Lê Thị Thảo, người dân trong hẻm"),
            (
                "traffic",
                "Giờ tan học trước đây kẹt cứng, mong phương án mới sẽ thông thoáng hơn.",
                "Anh Phạm Minh Tâm, phụ huynh học sinh",
            ),
        ],
        "callouts": [
            (
                "works light traffic sidewalk",
                "Đường dây nóng",
                "<p>Phản ánh về trật tự đô thị, hạ tầng giao thông: gọi đường dây nóng của Ủy ban nhân dân quận "
                "hoặc gửi qua ứng dụng công dân số.</p>",
                "info",
            ),
        ],
        "closings": [
            ("sidewalk traffic", "Quận sẽ tiếp tục kiểm tra, duy trì để kết quả không bị tái diễn vi phạm."),
            (
                "works light",
                "Công trình dự kiến hoàn thành đúng tiến độ, phục vụ tốt hơn nhu cầu đi lại của người dân.",
            ),
        ],
    },
    "doi-song": {
        "headings": [
            ("charity elderly", "Ấm áp tình người"),
            ("kids elderly culture", "Sân chơi bổ ích"),
            ("charity", "Lan tỏa yêu thương"),
            ("culture", "Giữ lửa đam mê"),
        ],
        "paragraphs": [
            (
                "charity",
                "Mỗi tuần, những người tình nguyện lại có mặt từ sáng sớm, người nấu, người chia phần, người chở đi "
                "phát. Ai cũng vui vì được góp một phần công sức nhỏ.",
            ),
            (
                "elderly culture",
                "Không chỉ là nơi sinh hoạt, câu lạc bộ còn là chỗ để bà con gặp gỡ, hỏi han, chia sẻ kinh nghiệm "
                "sống, giúp nhau lúc khó khăn.",
            ),
            (
                "charity kids elderly culture",
                "Hoạt động nhận được sự ủng hộ của chính quyền, Mặt trận Tổ quốc phường và nhiều nhà hảo tâm trong "
                "và ngoài địa phương.",
            ),
            (
                "charity",
                "Giữa nhịp sống đô thị hối hả, những việc làm nghĩa tình như vậy góp phần giữ gìn nét đẹp truyền "
                'thống "lá lành đùm lá rách" của người dân Tây Đô.',
            ),
            (
                "kids",
                "Các em nhỏ trong khu phố có thêm sân chơi lành mạnh, phụ huynh cũng yên tâm hơn mỗi dịp nghỉ hè.",
            ),
            (
                "kids",
                "Phụ huynh đánh giá cao hoạt động và mong được tổ chức thường xuyên hơn, mở rộng cho các em nhỏ ở "
                "những khu vực khác.",
            ),
            (
                "culture",
                "Không gian nhỏ nhưng ấm cúng; mỗi buổi sinh hoạt đều có khán giả là bà con lối xóm, có cả những "
                "bạn trẻ tò mò tìm hiểu loại hình nghệ thuật truyền thống.",
            ),
            (
                "elderly",
                "Nhiều hội viên cho biết, từ khi tập luyện đều đặn, sức khỏe cải thiện rõ, tinh thần cũng vui vẻ, "
                "lạc quan hơn.",
            ),
        ],
        "quotes": [
            ("charity", "Thấy người ta vui, mình cũng thấy vui, vậy là đủ rồi.", "Một thành viên nhóm thiện nguyện"),
            (
                "elderly culture",
                "Ở đây ai cũng như người nhà, có chuyện gì là xúm lại giúp liền.",
                "Cô Phan Thị Bé, người dân",
            ),
            ("kids", "Con biết bơi rồi, hè này đi chơi với ba mẹ không còn sợ nước nữa.", "Bé Minh Thư, 9 tuổi"),
        ],
        "callouts": [
            (
                "charity kids elderly culture",
                "Chung tay",
                "<p>Bạn đọc muốn đồng hành cùng các hoạt động ở khu phố có thể liên hệ Ủy ban Mặt trận Tổ quốc "
                "phường nơi cư trú.</p>",
                "box",
            ),
        ],
        "closings": [
            ("charity culture elderly", "Những câu chuyện nhỏ ấy làm nên nét đẹp bình dị của khu phố."),
            ("kids charity elderly culture", "Hy vọng mô hình sẽ tiếp tục được duy trì và lan tỏa rộng hơn."),
        ],
    },
}


def fitting(entries, topics):
    """The pool entries that share one of the article's topics."""
    wanted = set(topics.split())
    return [entry[1:] for entry in entries if wanted & set(entry[0].split())]


# Tables used by some articles (TableBlock raw values, first row is the header).
TABLES = {
    "kinh-te-9-thang": {
        "caption": "Một số chỉ tiêu kinh tế chủ yếu 9 tháng (so với cùng kỳ). Bảng: Tổng hợp của phóng viên.",
        "rows": [
            ["Chỉ tiêu", "Thực hiện", "Tăng so với cùng kỳ"],
            ["Tổng sản phẩm trên địa bàn (GRDP)", "—", "7,2%"],
            ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "118.450 tỷ đồng", "11,6%"],
            ["Kim ngạch xuất khẩu", "2,15 tỷ USD", "8,9%"],
            ["Lượt khách du lịch", "7,4 triệu lượt", "12,3%"],
            ["Thu ngân sách nhà nước", "9.870 tỷ đồng", "6,1%"],
        ],
    },
    "xuat-khau": {
        "caption": "Kim ngạch xuất khẩu một số mặt hàng chủ lực. Bảng: Tổng hợp của phóng viên.",
        "rows": [
            ["Mặt hàng", "Kim ngạch (triệu USD)", "Tỷ trọng"],
            ["Gạo", "612", "28,5%"],
            ["Thủy sản", "845", "39,3%"],
            ["Rau quả chế biến", "214", "10,0%"],
            ["Hàng may mặc", "296", "13,8%"],
            ["Mặt hàng khác", "183", "8,4%"],
        ],
    },
    "mot-cua": {
        "caption": "Kết quả giải quyết thủ tục hành chính. Bảng: Tổng hợp của phóng viên.",
        "rows": [
            ["Nội dung", "Số hồ sơ", "Tỷ lệ"],
            ["Hồ sơ tiếp nhận", "186.240", "100%"],
            ["Nộp trực tuyến", "142.315", "76,4%"],
            ["Giải quyết đúng hạn", "183.902", "98,7%"],
            ["Trễ hạn (có văn bản xin lỗi)", "2.338", "1,3%"],
        ],
    },
    "kiem-diem": {
        "caption": "Thời gian kiểm điểm, đánh giá, xếp loại cuối năm. Bảng: Tổng hợp của phóng viên.",
        "rows": [
            ["Nội dung", "Thời gian hoàn thành"],
            ["Kiểm điểm tập thể, cá nhân ở chi bộ", "Trước ngày 15/12"],
            ["Đảng ủy cơ sở đánh giá, xếp loại", "Trước ngày 25/12"],
            ["Báo cáo kết quả về Ban Tổ chức Thành ủy", "Trước ngày 10/01 năm sau"],
        ],
    },
    "giao-quan": {
        "caption": "Kết quả tuyển chọn và gọi công dân nhập ngũ. Bảng: Tổng hợp của phóng viên.",
        "rows": [
            ["Nội dung", "Số lượng"],
            ["Công dân nhập ngũ", "1.650"],
            ["Trong đó: đảng viên", "42"],
            ["Có trình độ cao đẳng, đại học", "318"],
            ["Tình nguyện nhập ngũ", "276"],
        ],
    },
}

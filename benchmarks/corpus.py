"""Generated Vietnamese news articles that read like a department's portal.

Titles, leads and bodies are put together from word lists of the vocabulary
such portals use (conferences, emulation and commendation, administrative
reform, digital transformation, named officials, places), so that search
terms hit a realistic share of the articles: "dong chi" or "hoi nghi" most of
them, a district's name a few percent, a person's full name a handful.
Everything comes from one seeded ``random.Random``: the same seed gives the
same articles.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

CATEGORIES = [
    "Tin tức - Sự kiện",
    "Thi đua - Khen thưởng",
    "Cải cách hành chính",
    "Văn bản - Chính sách",
    "Chuyển đổi số",
    "Công tác Đảng - Đoàn thể",
    "Tổ chức cán bộ",
    "Thanh tra - Pháp chế",
]
CATEGORY_WEIGHTS = [30, 14, 12, 10, 10, 10, 8, 6]

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Lương",
    "Nông",
    "Hà",
    "Triệu",
]
FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 3, 4, 4, 3, 2, 2, 2, 2, 1, 1, 1, 1, 2, 1, 1]
MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Xuân", "Công", "Ngọc", "Trung"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương"]
GIVEN_MALE = [
    "Anh",
    "Bình",
    "Cường",
    "Dũng",
    "Đức",
    "Hải",
    "Hùng",
    "Huy",
    "Khánh",
    "Long",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Thắng",
    "Thành",
    "Toàn",
    "Trung",
    "Tuấn",
    "Việt",
]
GIVEN_FEMALE = [
    "Anh",
    "Chi",
    "Dung",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hoà",
    "Hương",
    "Lan",
    "Linh",
    "Loan",
    "Mai",
    "Nga",
    "Ngân",
    "Nhung",
    "Phương",
    "Thảo",
    "Trang",
    "Vân",
    "Yến",
]
POSITIONS = [
    "Giám đốc Sở Nội vụ",
    "Phó Giám đốc Sở Nội vụ",
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch UBND tỉnh",
    "Trưởng Ban Thi đua - Khen thưởng tỉnh",
    "Bí thư Đảng ủy Sở",
    "Chánh Văn phòng Sở",
    "Chánh Thanh tra Sở",
    "Trưởng phòng Tổ chức cán bộ",
    "Chủ tịch Công đoàn ngành",
    "Bí thư Đoàn Thanh niên Sở",
    "Chủ tịch UBND huyện",
]
UNITS = [
    "Văn phòng Sở",
    "Phòng Thi đua - Khen thưởng",
    "Phòng Cải cách hành chính",
    "Phòng Tổ chức cán bộ",
    "Phòng Xây dựng chính quyền",
    "Thanh tra Sở",
    "Phòng Công chức, viên chức",
    "Ban Tôn giáo",
    "Chi cục Văn thư - Lưu trữ",
    "Công đoàn cơ sở Sở Nội vụ",
]
ORGS = [
    "Sở Nội vụ",
    "UBND tỉnh",
    "Ban Thi đua - Khen thưởng tỉnh",
    "Sở Tài chính",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Tư pháp",
    "Sở Thông tin và Truyền thông",
    "Sở Kế hoạch và Đầu tư",
    "Công đoàn ngành",
    "Đoàn Thanh niên Sở",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Hội Cựu chiến binh",
    "Cụm thi đua số II",
    "Chi cục Văn thư - Lưu trữ",
    "Bảo hiểm xã hội tỉnh",
]
PLACES = [
    "thành phố Lạng Sơn",
    "huyện Cao Lộc",
    "huyện Văn Lãng",
    "huyện Tràng Định",
    "huyện Bình Gia",
    "huyện Văn Quan",
    "huyện Bắc Sơn",
    "huyện Hữu Lũng",
    "huyện Chi Lăng",
    "huyện Lộc Bình",
    "huyện Đình Lập",
    "xã Tân Thanh",
    "xã Đồng Đăng",
    "thị trấn Na Sầm",
    "xã Mẫu Sơn",
    "phường Vĩnh Trại",
]
VENUES = [
    "hội trường Sở Nội vụ",
    "Trung tâm Hội nghị tỉnh",
    "trụ sở UBND tỉnh",
    "phòng họp trực tuyến của Sở",
    "Nhà văn hoá tỉnh",
    "hội trường UBND huyện",
]
EVENTS = [
    "Hội nghị",
    "Hội nghị",
    "Hội nghị",
    "Hội thảo",
    "Lễ kỷ niệm",
    "Buổi làm việc",
    "Lớp tập huấn",
    "Hội nghị trực tuyến",
    "Cuộc họp giao ban",
    "Lễ ký kết giao ước thi đua",
    "Đại hội",
    "Hội nghị tổng kết",
    "Hội nghị sơ kết",
    "Diễn đàn",
    "Lễ trao tặng",
]
TOPICS = [
    "công tác thi đua, khen thưởng",
    "cải cách hành chính",
    "chuyển đổi số",
    "công tác cán bộ",
    "phòng, chống tham nhũng, tiêu cực",
    "xây dựng nông thôn mới",
    "an toàn giao thông",
    "phòng, chống thiên tai",
    "công tác dân vận",
    "sắp xếp đơn vị hành chính cấp xã",
    "dịch vụ công trực tuyến",
    "tinh giản biên chế",
    "đào tạo, bồi dưỡng cán bộ, công chức",
    "văn hoá công sở",
    "xây dựng chính quyền số",
    "công tác văn thư, lưu trữ",
    "công tác tôn giáo",
    "cải cách chế độ công vụ",
    "bầu cử đại biểu Hội đồng nhân dân",
    "công tác thanh niên",
    "thực hành tiết kiệm",
    "phổ biến, giáo dục pháp luật",
    "đánh giá, xếp loại cán bộ",
    "tiếp công dân",
]
VERBS = [
    "tổ chức",
    "triển khai",
    "tổng kết",
    "sơ kết",
    "đánh giá",
    "quán triệt",
    "kiểm tra",
    "giám sát",
    "hướng dẫn",
    "phát động",
    "thống nhất",
    "chỉ đạo",
    "đẩy mạnh",
    "nâng cao chất lượng",
    "rà soát",
    "hoàn thiện",
]
PERIODS = [
    "6 tháng đầu năm",
    "6 tháng cuối năm",
    "quý I",
    "quý II",
    "quý III",
    "quý IV",
    "năm",
    "giai đoạn 2021 - 2025",
    "nhiệm kỳ 2020 - 2025",
]
RESULTS = [
    "góp phần hoàn thành tốt nhiệm vụ chính trị được giao",
    "bảo đảm đúng quy định, công khai, minh bạch",
    "đáp ứng yêu cầu nhiệm vụ trong tình hình mới",
    "tạo sự chuyển biến rõ nét trong nhận thức của cán bộ, công chức",
    "nâng cao chất lượng phục vụ người dân và doanh nghiệp",
    "được các cơ quan, đơn vị đánh giá cao",
    "từng bước đi vào nền nếp",
    "tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%",
    "khen thưởng kịp thời các tập thể, cá nhân tiêu biểu",
]
AWARDS = [
    "Bằng khen của Chủ tịch UBND tỉnh",
    "Giấy khen của Giám đốc Sở",
    "Huân chương Lao động hạng Ba",
    "Cờ thi đua của UBND tỉnh",
    "danh hiệu Chiến sĩ thi đua cơ sở",
    "danh hiệu Tập thể lao động xuất sắc",
]
QUOTES = [
    "Thi đua là yêu nước, yêu nước thì phải thi đua.",
    "Cán bộ là cái gốc của mọi công việc.",
    "Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.",
    "Lấy người dân, doanh nghiệp làm trung tâm phục vụ.",
    "Nói đi đôi với làm, làm đến nơi đến chốn.",
]
TAGS = [
    "thi đua",
    "khen thưởng",
    "cải cách hành chính",
    "chuyển đổi số",
    "hội nghị",
    "tập huấn",
    "cán bộ",
    "công đoàn",
    "thanh niên",
    "pháp luật",
    "dịch vụ công",
    "nông thôn mới",
]
SOURCES = [
    "",
    "",
    "",
    "Nguồn: Ban Thi đua - Khen thưởng tỉnh",
    "Nguồn: baolangson.vn",
    "Nguồn: Cổng thông tin điện tử tỉnh",
]


def nfc(text: str) -> str:
    """Return *text* in NFC (the lists are typed in NFC already; this keeps it certain)."""
    return unicodedata.normalize("NFC", text)


def cap(text: str) -> str:
    """Upper-case the first letter only (Vietnamese titles are sentence case)."""
    return text[:1].upper() + text[1:]


@dataclass
class Person:
    """A named official with a position."""

    name: str
    position: str


class Writer:
    """Writes articles from the word lists with one seeded random generator."""

    def __init__(self, seed: int = 2025, people: int = 400, authors: int = 30) -> None:
        self.rng = random.Random(seed)
        self.people = [Person(self.name(), self.rng.choice(POSITIONS)) for _ in range(people)]
        self.authors = [(self.name(), self.rng.choice(UNITS)) for _ in range(authors)]

    def name(self) -> str:
        """Return a plausible Vietnamese full name."""
        rng = self.rng
        family = rng.choices(FAMILY, FAMILY_WEIGHTS)[0]
        if rng.random() < 0.5:
            return f"{family} {rng.choice(MIDDLE_FEMALE)} {rng.choice(GIVEN_FEMALE)}"
        return f"{family} {rng.choice(MIDDLE_MALE)} {rng.choice(GIVEN_MALE)}"

    def title(self, topic: str, event: str, year: int) -> str:
        rng = self.rng
        org, place = rng.choice(ORGS), rng.choice(PLACES)
        forms = [
            f"{event} {topic} {rng.choice(PERIODS)} {year}",
            f"{org} {rng.choice(VERBS)} {topic}",
            f"{event} về {topic} tại {place}",
            f"{cap(rng.choice(VERBS))} {topic} năm {year}",
            f"Đoàn công tác của {org} kiểm tra {topic} tại {place}",
            f"Trao {rng.choice(AWARDS)} cho các tập thể, cá nhân có thành tích trong {topic}",
        ]
        return cap(rng.choice(forms))

    def sentence(self, topic: str, event: str, when: dt.datetime) -> str:
        rng = self.rng
        person = rng.choice(self.people)
        org, org2 = rng.sample(ORGS, 2)
        forms = [
            f"Sáng ngày {when:%d/%m/%Y}, tại {rng.choice(VENUES)}, {org} đã tổ chức "
            f"{event.lower()} {topic} {rng.choice(PERIODS)}.",
            f"Dự {event.lower()} có đồng chí {person.name}, {person.position}; cùng đại diện "
            f"lãnh đạo {org2} và {rng.randrange(30, 300)} đại biểu.",
            f"Trong {rng.choice(PERIODS)}, {org} đã {rng.choice(VERBS)} {topic}, "
            f"{rng.choice(RESULTS)}.",
            f"Phát biểu tại {event.lower()}, đồng chí {person.name} đề nghị các đơn vị tiếp tục "
            f"{rng.choice(VERBS)} {rng.choice(TOPICS)}, {rng.choice(RESULTS)}.",
            f"Các đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc trong {topic} "
            f"tại {rng.choice(PLACES)} và đề xuất giải pháp trong thời gian tới.",
            f"Nhân dịp này, {rng.randrange(3, 40)} tập thể và {rng.randrange(5, 80)} cá nhân được "
            f"tặng {rng.choice(AWARDS)} vì đã có thành tích xuất sắc trong {topic}.",
            f"Theo báo cáo của {org2}, {rng.choice(RESULTS)}; tuy nhiên việc {rng.choice(VERBS)} "
            f"{rng.choice(TOPICS)} ở một số nơi còn chậm.",
            f"Đồng chí {person.name} nhấn mạnh {org} sẽ {rng.choice(VERBS)} {topic} gắn với "
            f"{rng.choice(TOPICS)} trong thời gian tới.",
        ]
        return rng.choice(forms)

    def paragraph(self, topic: str, event: str, when: dt.datetime) -> str:
        return " ".join(self.sentence(topic, event, when) for _ in range(self.rng.randint(2, 4)))

    def article(self, when: dt.datetime, paragraphs: int | None = None) -> dict:
        """Return an article in the interchange JSON form (without photos)."""
        rng = self.rng
        topic, event = rng.choice(TOPICS), rng.choice(EVENTS)
        author, unit = rng.choice(self.authors)
        count = paragraphs if paragraphs is not None else rng.randint(4, 10)
        body: list[dict] = []
        for index in range(count):
            body.append({"type": "paragraph", "text": self.paragraph(topic, event, when)})
            if index == 1 and rng.random() < 0.3:
                body.append(
                    {"type": "heading", "text": cap(f"{rng.choice(VERBS)} {rng.choice(TOPICS)}")}
                )
            if index == 2 and rng.random() < 0.15:
                body.append({"type": "quote", "text": rng.choice(QUOTES)})
        category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
        tags = rng.sample(TAGS, rng.randint(0, 3))
        lead = self.sentence(topic, event, when)
        return {
            "title": nfc(self.title(topic, event, when.year)),
            "category": category,
            "published_at": when.strftime("%Y-%m-%dT%H:%M"),
            "lead": nfc(lead),
            "author": author,
            "author_unit": unit,
            "source": rng.choice(SOURCES),
            "tags": tags,
            "body": body,
        }

    def figure(self, photo_number: int) -> dict:
        """Return a photo block's texts (the file or photo id is filled in by the caller)."""
        rng = self.rng
        person = rng.choice(self.people)
        captions = [
            f"Đồng chí {person.name}, {person.position} phát biểu tại hội nghị",
            f"Toàn cảnh {rng.choice(EVENTS).lower()} tại {rng.choice(VENUES)}",
            f"Trao {rng.choice(AWARDS)} cho các tập thể tiêu biểu",
            f"Các đại biểu tham quan mô hình {rng.choice(TOPICS)} tại {rng.choice(PLACES)}",
        ]
        author, _unit = rng.choice(self.authors)
        return {
            "type": "photo",
            "caption": rng.choice(captions),
            "credit": f"Ảnh: {author}",
            "alt": f"Ảnh {photo_number}: đại biểu trong hội trường, phía sau là phông nền hội nghị",
        }


def dates(
    count: int, years: int = 10, end: dt.datetime | None = None, seed: int = 7
) -> list[dt.datetime]:
    """Return *count* publication times spread over *years* years, oldest first."""
    rng = random.Random(seed)
    end = end or dt.datetime(2025, 6, 30, 17, 0)
    start = end - dt.timedelta(days=365 * years)
    span = int((end - start).total_seconds() // 60)
    minutes = sorted(rng.randrange(span) for _ in range(count))
    # Office hours: news is posted between 7:00 and 18:00.
    out = []
    for minute in minutes:
        when = start + dt.timedelta(minutes=minute)
        out.append(when.replace(hour=7 + when.hour % 11, second=0, microsecond=0))
    return out


# The 20 accent-free queries of the search case: common phrases, topics, names, places.
QUERIES = [
    "hoi nghi",
    "thi dua khen thuong",
    "cai cach hanh chinh",
    "dong chi",
    "chuyen doi so",
    "nguyen van",
    "tran thi",
    "lang son",
    "tap huan",
    "phong chong tham nhung",
    "nong thon moi",
    "dich vu cong truc tuyen",
    "ky niem",
    "an toan giao thong",
    "giam doc so",
    "cong doan",
    "huan chuong lao dong",
    "van thu luu tru",
    "cao loc",
    "bau cu",
]

"""Real-looking Vietnamese sample articles with generated photos, for exporter tests."""

from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image, ImageDraw

PARAGRAPHS = [
    "Sáng ngày 14/7/2025, tại hội trường Sở Nội vụ, Cụm thi đua số II đã tổ chức Hội nghị sơ kết "
    "công tác thi đua, khen thưởng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025.",
    "Dự hội nghị có đồng chí Đặng Quốc Huy, Phó Giám đốc Sở Nội vụ; đại diện lãnh đạo Ban Thi đua - "
    "Khen thưởng tỉnh cùng lãnh đạo và cán bộ phụ trách công tác thi đua của 09 đơn vị trong cụm.",
    "Trong 6 tháng đầu năm, các đơn vị đã bám sát kế hoạch, tổ chức nhiều phong trào thi đua thiết thực "
    "gắn với nhiệm vụ chính trị; công tác khen thưởng bảo đảm đúng người, đúng thành tích, kịp thời.",
    "Phát biểu chỉ đạo, đồng chí Phó Giám đốc Sở ghi nhận những kết quả mà cụm đã đạt được, đồng thời "
    "đề nghị các đơn vị tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua.",
    "Hội nghị đã thống nhất các nhiệm vụ trọng tâm trong 6 tháng cuối năm, trong đó tập trung vào chuyển "
    "đổi số, cải cách hành chính và nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
]

PHOTOS = [
    (
        "hoi-nghi-toan-canh.jpg",
        "Toàn cảnh Hội nghị sơ kết",
        "Ảnh: Lê Thị Hoà",
        "Hội trường đông đại biểu, phía trên là phông nền màu xanh ghi tên hội nghị",
    ),
    (
        "dong-chi-pho-giam-doc.jpg",
        "Đồng chí Đặng Quốc Huy, Phó Giám đốc Sở phát biểu chỉ đạo",
        "Ảnh: Lê Thị Hoà",
        "Một người đàn ông mặc áo sơ mi trắng đứng phát biểu tại bục",
    ),
    (
        "ky-ket-giao-uoc.jpg",
        "Các đơn vị ký kết giao ước thi đua năm 2025",
        "Ảnh: Nguyễn Minh Đức",
        "Năm đại biểu ngồi ký văn bản tại bàn dài phủ khăn đỏ",
    ),
]


# The results table of the long sample: a header row, marks and a link in cells, an empty cell.
TABLE = {
    "type": "table",
    "caption": "Kết quả chấm điểm thi đua 6 tháng đầu năm 2025",
    "header_rows": 1,
    "rows": [
        ["Đơn vị", "Điểm tự chấm", "Điểm của cụm", "Xếp loại"],
        ["Sở Nội vụ", "96,5", "95", [{"text": "Xuất sắc", "bold": True}]],
        [
            [{"text": "Sở Tư pháp", "link": "https://sotuphap.example.gov.vn/"}],
            "94",
            "93,5",
            [{"text": "Xuất sắc", "bold": True}],
        ],
        ["Sở Văn hoá, Thể thao và Du lịch", "91", "", [{"text": "Tốt", "italic": True}]],
    ],
}


def tasks_list() -> dict:
    """The long sample's list of tasks: plain items and one with a bold run.

    A new dict each call (the benchmark's export article uses it too, and callers change bodies).
    """
    return {
        "type": "list",
        "ordered": False,
        "items": [
            "Đẩy mạnh chuyển đổi số trong công tác thi đua, khen thưởng;",
            "Nâng cao chất lượng hồ sơ đề nghị khen thưởng;",
            [
                {"text": "Phát hiện, bồi dưỡng "},
                {"text": "điển hình tiên tiến", "bold": True},
                {"text": "."},
            ],
        ],
    }


def make_photo(path: Path, seed: int, size: tuple[int, int] = (1800, 1200)) -> Path:
    """Write a small photographic-looking JPEG (gradients, shapes, noise) to *path*."""
    rng = random.Random(seed)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(25):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        radius = rng.randrange(20, 200)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    noise = Image.effect_noise(size, 24).convert("RGB")
    Image.blend(image, noise, 0.15).save(path, "JPEG", quality=88)
    return path


def long_article_dict(folder: Path) -> dict:
    """Write the photos into *folder*/photos and return an article using every block type."""
    photo_dir = folder / "photos"
    photo_dir.mkdir(parents=True, exist_ok=True)
    figures = []
    for seed, (name, caption, credit, alt) in enumerate(PHOTOS):
        make_photo(photo_dir / name, seed)
        figures.append(
            {
                "type": "photo",
                "file": f"photos/{name}",
                "caption": caption,
                "credit": credit,
                "alt": alt,
            }
        )
    return {
        "title": "Cụm thi đua số II sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025 và "
        "ký kết giao ước thi đua",
        "category": "Thi đua - Khen thưởng",
        "published_at": "2025-07-14T17:56",
        "lead": "Hội nghị đánh giá kết quả nửa đầu năm và thống nhất nhiệm vụ trọng tâm 6 tháng cuối năm.",
        "author": "Lê Thị Hoà",
        "author_unit": "Phòng Thi đua - Khen thưởng, Sở Nội vụ",
        "source": "Nguồn: Ban Thi đua - Khen thưởng tỉnh",
        "tags": ["thi đua", "khen thưởng", "giao ước thi đua"],
        "body": [
            {"type": "paragraph", "text": PARAGRAPHS[0]},
            {"type": "paragraph", "text": PARAGRAPHS[1]},
            figures[0],
            {
                "type": "paragraph",
                "text": [
                    {"text": "Trong 6 tháng đầu năm, các đơn vị đã "},
                    {"text": "bám sát kế hoạch", "bold": True},
                    {
                        "text": ", tổ chức nhiều phong trào thi đua thiết thực gắn với nhiệm vụ chính trị. Xem "
                    },
                    {
                        "text": "kế hoạch năm 2025",
                        "link": "https://sonoivu.example.gov.vn/ke-hoach-2025",
                        "italic": True,
                    },
                    {"text": " và liên hệ "},
                    {"text": "hộp thư", "link": "mailto:tdkt@example.gov.vn", "underline": True},
                    {"text": "."},
                ],
            },
            {"type": "heading", "text": "Nhiệm vụ trọng tâm 6 tháng cuối năm"},
            {"type": "paragraph", "text": PARAGRAPHS[3]},
            figures[1],
            {"type": "quote", "text": "Thi đua là yêu nước, yêu nước thì phải thi đua."},
            tasks_list(),
            {"type": "paragraph", "text": PARAGRAPHS[4]},
            TABLE,
            {
                "type": "list",
                "ordered": True,
                "items": [
                    "Quý III: tổ chức giao lưu văn hoá, thể thao.",
                    "Quý IV: tổng kết, bình xét thi đua.",
                ],
            },
            figures[2],
        ],
    }


def write_long_article(folder: Path) -> Path:
    """Write the long sample article's JSON (and photos) into *folder*; return the JSON path."""
    path = folder / "bai-viet-mau.json"
    path.write_text(
        json.dumps(long_article_dict(folder), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return path


def import_long_article(store, folder: Path) -> int:
    """Import the long sample into *store*; return its id."""
    from deskeditor.jsonio import read_article

    return store.import_article(read_article(write_long_article(folder)))

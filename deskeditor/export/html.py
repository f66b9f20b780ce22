"""Write an article as HTML for the portal: a folder, one self-contained file, or a CMS fragment.

The markup lives in Jinja2 templates shipped in ``deskeditor/templates`` (loaded
through importlib.resources); ``ExportOptions.template_dir`` may hold
replacements for any of them and for ``portal.css``. Autoescaping is on for
every template, so user text can never become markup; inline marks and links
are built here, from a table, with the link schemes checked again.

Writing goes to a hidden temporary sibling first and is renamed into place
when complete (:class:`~deskeditor.safeio.StagedFiles`, shared with the other
outputs of the same export), so a failure leaves nothing half-written. A CMS
fragment's photos go to a folder of their own, ``images/<fragment name>/``.
"""

from __future__ import annotations

import base64
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import groupby
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup, escape

from deskeditor import __version__
from deskeditor.errors import ArticleFormatError, DeskEditorError, Message
from deskeditor.export import versionmark
from deskeditor.export.context import ExportContext, ExportOptions, check_exportable
from deskeditor.model import Article, Block, Figure, LinkGroup, Paragraph, Run, plain_text
from deskeditor.safeio import StagedFiles, safe_file_name, staged
from deskeditor.text import clean_text, slugify, web_date_line
from deskeditor.urls import HREF_SAFE, WEB_SCHEMES, UrlError, complete_url, published_url

MARK_TAGS = {"bold": "strong", "italic": "em", "underline": "u"}
IMAGE_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
IMAGES_FOLDER = "images"
PAGE_FILE = "index.html"
DESCRIPTION_CHARS = 160
# Nothing may be loaded from elsewhere. "file:" because a page opened from disk
# has an opaque origin that 'self' does not match in every browser. Scripts are
# not blocked here because a script-src would also block the accessibility
# checker (axe-core is injected as an inline script); the page has none, and
# autoescaping keeps user text inert.
CONTENT_SECURITY_POLICY = (
    "img-src 'self' file: data:; style-src 'unsafe-inline'; font-src 'none'; connect-src 'none'; "
    "media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
)
_DEFAULTS = ExportOptions()  # frozen, so one shared instance is safe


class ExportExistsError(DeskEditorError):
    """The export would replace existing files and overwriting was not asked for."""


class MediaAddressError(DeskEditorError):
    """The portal's media address for the fragment's photos is not a web address."""


class ExportTemplateError(DeskEditorError):
    """A template (usually a replacement in the template folder) cannot be used."""


@dataclass(frozen=True)
class _Image:
    """One photo file of the export and how the page refers to it."""

    name: str
    data: bytes
    mime: str
    width: int
    height: int
    src: str


# ------------------------------------------------------------------ templates


def _package_template(name: str) -> str | None:
    resource = files("deskeditor") / "templates" / name
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


@lru_cache(maxsize=8)
def _environment(template_dir: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.FunctionLoader(_package_template)]
    if template_dir is not None:
        loaders.insert(0, jinja2.FileSystemLoader(template_dir))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["runs"] = _runs_html
    return env


def _render(template: str, options: ExportOptions, **values: object) -> str:
    """Render *template*, naming the template and line when a replacement is broken."""
    folder = Path(options.template_dir) if options.template_dir else None
    if folder is not None and not folder.is_dir():
        raise ExportTemplateError("template.no_folder", folder=folder)
    try:
        # HTML5 forbids control characters and noncharacters; no template holds any.
        return clean_text(_environment(folder).get_template(template).render(**values))
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or template}, line {exc.lineno}"
        raise ExportTemplateError("template.syntax", where=where, detail=exc.message) from None
    except jinja2.TemplateError as exc:
        raise ExportTemplateError("template.unusable", template=template, detail=str(exc)) from None


def _stylesheet(options: ExportOptions) -> Markup:
    """Return portal.css (the replacement one if the template folder has it) for <style>."""
    custom = Path(options.template_dir) / "portal.css" if options.template_dir else None
    if custom is not None and custom.is_file():
        css = custom.read_text(encoding="utf-8")
    else:
        css = _package_template("portal.css") or ""
    # "</" could end the <style> element early; "<\/" means the same in CSS.
    return Markup(css.strip().replace("</", "<\\/"))


# ------------------------------------------------------------------ inline text

_LINES = re.compile(r"\r\n|\r|\n")


def _marked(run: Run) -> Markup:
    # A line break inside a block ("\n" in the model) is the page's <br>.
    html = Markup("<br>").join(escape(line) for line in _LINES.split(run.text))
    for mark, tag in MARK_TAGS.items():
        if getattr(run, mark):
            html = Markup(f"<{tag}>{{}}</{tag}>").format(html)
    return html


def _runs_html(runs: list[Run]) -> Markup:
    """Return the HTML of *runs*: marks from MARK_TAGS, one <a> per stretch of the same link."""
    parts = []
    for link, stretch in groupby((run for run in runs if run.text), key=lambda run: run.link):
        inner = Markup("").join(_marked(run) for run in stretch)
        href = published_url(link)
        parts.append(Markup('<a href="{}">{}</a>').format(href, inner) if href else inner)
    return Markup("").join(parts)


def _describe(article: Article, limit: int = DESCRIPTION_CHARS) -> str:
    """Return the page description: the lead, else the first paragraph, cut at a word."""
    paragraphs = (plain_text(b.runs) for b in article.body if isinstance(b, Paragraph))
    text = " ".join((article.lead or next(paragraphs, "")).split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


# ------------------------------------------------------------------ pieces of the page


def link_list_html(groups: list[LinkGroup], template_dir: Path | None = None) -> str:
    """Return the sidebar <nav> of the visible groups and links (empty if none is visible)."""
    views = []
    for group in groups:
        links = [
            {"name": link.name, "href": published_url(link.url, WEB_SCHEMES)}
            for link in group.links
            if link.visible
        ]
        if group.visible and links:
            views.append({"name": group.name, "links": links})
    return _render("links.html.j2", ExportOptions(template_dir=template_dir), groups=views)


def fragment_photo_stem(article: Article) -> str:
    """Return what a fragment's photo names start with: the article's slug and id.

    A fragment's photos are uploaded into the portal's media folder (often one
    folder a month) with other articles' photos: "anh-1.jpg" alone would
    replace another article's picture there.
    """
    parts = [slugify(article.title, max_length=40)]
    if article.id is not None:
        parts.append(str(article.id))
    stem = "-".join(part for part in parts if part)
    return f"{stem}-" if stem else ""


def _collect_images(
    ctx: ExportContext, options: ExportOptions, prefix: str | None, stem: str = ""
) -> dict[int, _Image]:
    """Fetch each photo once; name it *stem* + anh-N in order, or inline it without *prefix*.

    Every export starts here, so this is where an article missing alt text is refused.
    """
    check_exportable(ctx.article)
    images: dict[int, _Image] = {}
    for index, block in enumerate(ctx.article.body):
        if not isinstance(block, Figure) or block.photo_id in images:
            continue
        if block.photo_id is None:
            raise ArticleFormatError(f"body[{index}]", Message("store.photo_not_stored"))
        data, mime, width, height = ctx.photo(block.photo_id, options.web_rendition)
        name = f"{stem}anh-{len(images) + 1}.{IMAGE_EXTENSIONS.get(mime, 'jpg')}"
        if prefix is None:
            src = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
        else:
            src = prefix + name
        images[block.photo_id] = _Image(name, data, mime, width, height, src)
    return images


LOGO_KEY = -1  # the logo's place among the page's images (no photo id is negative)


def _thumbnails_for_repeats(
    ctx: ExportContext, images: dict[int, _Image]
) -> tuple[ExportContext, dict[int, _Image]]:
    """Show a photo's second and later figures in a one-file page with its inlined thumbnail.

    An <img> cannot point at another one's data, so every figure carries its
    own data: URI; a photo repeated 2,000 times made a 450 MB page. The first
    figure of each photo keeps the web rendition; later ones get the thumbnail
    (a few tens of KB), under a key of their own (below LOGO_KEY).
    """
    shown: set[int] = set()
    thumbnails: dict[int, _Image] = {}  # photo id -> its thumbnail, made once
    body: list[Block] = []
    extra: dict[int, _Image] = {}
    for block in ctx.article.body:
        photo_id = block.photo_id if isinstance(block, Figure) else None
        if isinstance(block, Figure) and photo_id is not None and photo_id in shown:
            if photo_id not in thumbnails:
                data, mime, _, _ = ctx.photo(photo_id, "thumb")
                first = images[photo_id]
                src = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
                # The figure keeps the size of the first one; only the pixels are fewer.
                thumbnails[photo_id] = _Image(
                    first.name, data, mime, first.width, first.height, src
                )
            key = LOGO_KEY - 1 - len(extra)
            extra[key] = thumbnails[photo_id]
            block = dataclasses.replace(block, photo_id=key)
        elif photo_id is not None:
            shown.add(photo_id)
        body.append(block)
    if not extra:
        return ctx, images
    article = dataclasses.replace(ctx.article, body=body)
    return dataclasses.replace(ctx, article=article), {**images, **extra}


def _with_logo(
    ctx: ExportContext, images: dict[int, _Image], prefix: str | None
) -> dict[int, _Image]:
    """Add the site's logo (its thumbnail rendition) to the page's images, if one is set."""
    photo_id = ctx.profile.logo_photo_id
    if photo_id is None:
        return images
    try:
        data, mime, width, height = ctx.photo(photo_id, "thumb")
    except DeskEditorError:
        return images  # a logo removed from the store: the page goes without it
    name = f"logo.{IMAGE_EXTENSIONS.get(mime, 'jpg')}"
    if prefix is None:
        src = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    else:
        src = prefix + name
    return {**images, LOGO_KEY: _Image(name, data, mime, width, height, src)}


def _fragment(ctx: ExportContext, options: ExportOptions, images: dict[int, _Image]) -> str:
    return _render(
        "fragment.html.j2",
        options,
        article=ctx.article,
        images=images,
        version_line=versionmark.code_line(ctx.version_code),
    )


def html_fragment(
    ctx: ExportContext,
    options: ExportOptions = _DEFAULTS,
    image_prefix: str | None = f"{IMAGES_FOLDER}/",
) -> str:
    """Return the article body for the CMS: lead, blocks with figures, byline, source, code line.

    Photos are referred to as *image_prefix* + file name, or inlined when it is None.
    """
    stem = fragment_photo_stem(ctx.article)
    return _fragment(ctx, options, _collect_images(ctx, options, image_prefix, stem))


def html_page(
    ctx: ExportContext, options: ExportOptions = _DEFAULTS, *, single_file: bool = True
) -> str:
    """Return the page with its photos inlined, as ``write_html_single`` writes it.

    With *single_file* False every figure keeps the web rendition, as the
    folder form shows it (``verify`` compares a folder's page with this).
    """
    images = _collect_images(ctx, options, None)
    if single_file:
        ctx, images = _thumbnails_for_repeats(ctx, images)
    return _page(ctx, options, _with_logo(ctx, images, None))


def _mailto(email: str) -> str | None:
    return published_url(f"mailto:{quote(email.strip(), safe='@+')}") if email.strip() else None


def _website(site: str) -> str | None:
    try:
        url = complete_url(site)[0]  # typed without "https://" in the profile
    except UrlError:
        return None
    return published_url(url, WEB_SCHEMES)


def _page(ctx: ExportContext, options: ExportOptions, images: dict[int, _Image]) -> str:
    """Return the whole article page, its images referred to as *images* says."""
    article, profile = ctx.article, ctx.profile
    organisation = " ".join(profile.organisation_name.split())
    return _render(
        "article.html.j2",
        options,
        article=article,
        profile=profile,
        page_title=f"{article.title} — {organisation}" if organisation else article.title,
        description=_describe(article),
        generator=f"deskeditor {__version__}",
        version_code=ctx.version_code,
        version_meta=versionmark.META_NAME,
        csp=Markup(CONTENT_SECURITY_POLICY),  # a constant without quotes: no escaping needed
        stylesheet=_stylesheet(options),
        date_iso=article.published_at.strftime("%Y-%m-%dT%H:%M") if article.published_at else "",
        date_line=web_date_line(article.published_at) if article.published_at else "",
        body=Markup(_fragment(ctx, options, images)),
        logo=images.get(LOGO_KEY),
        link_list=Markup(link_list_html(ctx.link_groups, options.template_dir)),
        email_href=_mailto(profile.email),
        website_href=_website(profile.website),
    )


# ------------------------------------------------------------------ writing


def default_folder_name(article: Article) -> str:
    """Return the export name from the title: folded ASCII, Windows-safe ("hoi-nghi-so-ket")."""
    return safe_file_name(slugify(article.title), default="bai-viet")


def _is_empty_folder(path: Path) -> bool:
    return path.is_dir() and not any(path.iterdir())


def _refuse_existing(path: Path, options: ExportOptions, folder: bool = False) -> None:
    if path.exists() and path.is_dir() != folder:
        kind = "export.file_not_folder" if folder else "export.folder_not_file"
        raise ExportExistsError(kind, path=path)
    if path.exists() and not _is_empty_folder(path) and not options.overwrite:
        raise ExportExistsError("export.exists", path=path)


def fragment_image_folder(path: Path) -> Path:
    """Return the folder of the fragment *path*'s photos: ``images/<its name>/`` beside it.

    Each fragment has a folder of its own, so fragments of different articles
    exported side by side (``cms/bai-1.html``, ``cms/bai-14.html``) never
    replace each other's photos.
    """
    return path.with_name(IMAGES_FOLDER) / safe_file_name(path.stem, "bai")


def write_html_folder(
    ctx: ExportContext,
    folder: Path,
    options: ExportOptions = _DEFAULTS,
    batch: StagedFiles | None = None,
) -> Path:
    """Write the page into exactly *folder* (index.html and images/); return index.html's path.

    *folder* may be missing or empty; a folder from an earlier export is replaced
    only with ``options.overwrite``, and a folder holding anything else never is.
    With *batch* the folder is only staged there, committed with the other outputs.
    """
    folder = Path(folder)
    _refuse_existing(folder, options, folder=True)
    if folder.is_dir() and {p.name for p in folder.iterdir()} - {PAGE_FILE, IMAGES_FOLDER}:
        raise ExportExistsError("export.folder_not_empty", folder=folder)
    images = _with_logo(
        ctx, _collect_images(ctx, options, f"{IMAGES_FOLDER}/"), f"{IMAGES_FOLDER}/"
    )
    files = {PAGE_FILE: _page(ctx, options, images).encode("utf-8")}
    files.update({f"{IMAGES_FOLDER}/{image.name}": image.data for image in images.values()})
    with staged(batch) as outputs:
        outputs.stage_folder(folder, files)
    return folder / PAGE_FILE


def write_html_single(
    ctx: ExportContext,
    path: Path,
    options: ExportOptions = _DEFAULTS,
    batch: StagedFiles | None = None,
) -> Path:
    """Write the page as one file with its photos inlined as data: URIs."""
    path = Path(path)
    _refuse_existing(path, options)
    page = html_page(ctx, options)
    with staged(batch) as outputs:
        outputs.stage_file(path, page.encode("utf-8"))
    return path


def media_prefix(url: str) -> str:
    """Return the portal's media address *url* as a prefix for photo file names.

    An http(s) address or a path on the portal ("/uploads/2026/"); anything else
    (a javascript: or file: address) raises MediaAddressError.
    """
    url = url.strip()
    on_the_portal = url.startswith("/") and not url.startswith("//")
    href = quote(url, safe=HREF_SAFE) if on_the_portal else published_url(url, WEB_SCHEMES)
    if href is None:
        raise MediaAddressError("export.bad_images_address", url=url)
    return href if href.endswith("/") else href + "/"


def write_html_fragment(
    ctx: ExportContext,
    path: Path,
    options: ExportOptions = _DEFAULTS,
    batch: StagedFiles | None = None,
) -> Path:
    """Write the CMS fragment to *path* and its photos to :func:`fragment_image_folder` (to upload).

    That folder belongs to this fragment alone; it is replaced as a whole with
    ``options.overwrite``. The photos' src is images/FOLDER/NAME, or NAME under
    ``options.images_url``: the portal's media address, once the staff member
    has uploaded that folder's photos there.
    """
    path = Path(path)
    image_folder = fragment_image_folder(path)
    prefix = (
        media_prefix(options.images_url)
        if options.images_url
        else f"{IMAGES_FOLDER}/{quote(image_folder.name)}/"
    )
    images = _collect_images(ctx, options, prefix, fragment_photo_stem(ctx.article))
    _refuse_existing(path, options)
    if images or image_folder.exists():
        _refuse_existing(image_folder, options, folder=True)
    fragment = _fragment(ctx, options, images)
    with staged(batch) as outputs:
        if images:
            outputs.stage_folder(image_folder, {i.name: i.data for i in images.values()})
        elif image_folder.exists():
            outputs.stage_removal(image_folder)  # the photos of the fragment this one replaces
        outputs.stage_file(path, fragment.encode("utf-8"))
    return path

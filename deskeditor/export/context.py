"""What every exporter reads, gathered once from the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.errors import ArticleFormatError, Message
from deskeditor.model import Approval, Article, LinkGroup, SiteProfile

if TYPE_CHECKING:
    from deskeditor.store import Store

# (photo_id, rendition) -> (encoded bytes, MIME type, width, height)
PhotoBytes = Callable[[int, str], tuple[bytes, str, int, int]]


@dataclass(frozen=True)
class ExportOptions:
    """Choices that change an export; the defaults are what the office uses."""

    overwrite: bool = False
    template_dir: Path | None = None
    web_rendition: str = "web"
    print_rendition: str = "master"
    # The portal's media address for the CMS fragment's photos ("" = images/ beside it).
    images_url: str = ""


@dataclass
class ExportContext:
    """Everything an exporter needs; exporters read nothing else."""

    article: Article
    version_code: str
    profile: SiteProfile
    link_groups: list[LinkGroup]
    photo: PhotoBytes
    approval: Approval | None = None
    submitted_at: dt.datetime | None = None
    generated_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now().replace(microsecond=0)
    )


def check_exportable(article: Article) -> None:
    """Refuse an article that must not leave the program yet (alt text missing)."""
    missing = article.photos_without_alt()
    if missing:
        raise ArticleFormatError(f"body[{missing[0][0]}].alt", Message("export.alt_missing"))


def context_for(store: Store, article_id: int, revision_id: int | None = None) -> ExportContext:
    """Build the export context of *article_id* from an open :class:`~deskeditor.store.Store`.

    The sign-off fields come from the workflow: the submitted date, and the
    decision only if it was made on the current revision. With *revision_id*
    the article is as that revision saved it (what ``verify`` compares with).
    """
    from deskeditor.store.workflow import workflow_state  # the store loads only when used

    if revision_id is None:
        article = store.get_article(article_id)
        code = store.current_version_code(article_id)
    else:
        article = store.revision_article(revision_id)
        code = next(r.version_code for r in store.revisions(article_id) if r.id == revision_id)
    state = workflow_state(store, article_id)
    return _context(store, article, code, state.slip_approval, state.submitted_at)


def kept_context(store: Store, article: Article, code: str) -> ExportContext:
    """Build the context of a deleted article's kept revision (``verify`` compares with it)."""
    return _context(store, article, code, None, None)


def _context(
    store: Store,
    article: Article,
    code: str,
    approval: Approval | None,
    submitted_at: dt.datetime | None,
) -> ExportContext:
    article = store.photos.as_shown(article)  # a cropped or turned photo is its own picture

    def photo(photo_id: int, rendition: str) -> tuple[bytes, str, int, int]:
        return store.photo_rendition(photo_id, rendition)

    return ExportContext(
        article=article,
        version_code=code,
        profile=store.site_profile(),
        link_groups=[g for g in store.link_groups() if g.visible],
        photo=photo,
        approval=approval,
        submitted_at=submitted_at,
    )

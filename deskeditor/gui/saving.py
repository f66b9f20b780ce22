"""The questions and checks around saving the open article (texts in the window's context)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskeditor.errors import DeskEditorError

if TYPE_CHECKING:
    from deskeditor.model import Article
    from deskeditor.store import Store

    from .article_editor import ArticleEditor

Button = QMessageBox.StandardButton


def article_to_save(editor: ArticleEditor, store: Store, parent: QWidget) -> Article | None:
    """Return the editor's article if it can be saved and the user agrees; else say why not."""
    if store.read_only:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("MainWindow", "Read-only"),
            QCoreApplication.translate(
                "MainWindow", "The store was opened read-only: nothing can be saved."
            ),
        )
        return None
    if editor.published_edit.is_invalid():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MainWindow", "Cannot save"),
            QCoreApplication.translate(
                "MainWindow", "The publication date is not a date: type it as dd/mm/yyyy hh:mm."
            ),
        )
        editor.published_edit.setFocus()
        return None
    article = editor.article()
    if not article.title:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MainWindow", "Cannot save"),
            QCoreApplication.translate("MainWindow", "The article needs a title."),
        )
        editor.title_edit.setFocus()
        return None
    from deskeditor.model import Status
    from deskeditor.store.workflow import status_after_edit

    if (
        article.id is not None
        and status_after_edit(article.status) is not article.status  # an edit withdraws it
        and not same_as_saved(store, article)
    ):
        if article.status is Status.SUBMITTED:
            title = QCoreApplication.translate("MainWindow", "Edit a submitted article?")
            text = QCoreApplication.translate(
                "MainWindow",
                "This article is waiting for the board's decision on the version code printed "
                "on its sign-off slip. Saving your changes makes a new draft revision and "
                "withdraws it from sign-off: it must be submitted again with a new slip.",
            )
        elif article.status is Status.PUBLISHED:
            title = QCoreApplication.translate("MainWindow", "Edit a published article?")
            text = QCoreApplication.translate(
                "MainWindow",
                "This article is already on the portal. Saving your changes makes a new draft "
                "revision and voids the approval; the portal keeps the published version until "
                "the new one is approved and published again.",
            )
        else:
            title = QCoreApplication.translate("MainWindow", "Edit an approved article?")
            text = QCoreApplication.translate(
                "MainWindow",
                "This article was approved. Saving your changes makes a new draft revision "
                "and voids the approval: it must be submitted again.",
            )
        answer = QMessageBox.question(parent, title, text, Button.Save | Button.Cancel)
        if answer != Button.Save:
            return None
    return article


def same_as_saved(store: Store, article: Article) -> bool:
    """Tell whether *article* reads exactly as its saved state (saving would change nothing)."""
    from deskeditor.jsonio import article_to_dict
    from deskeditor.store.codec import normalise

    def content(version: Article) -> tuple[dict[str, object], list[int | None]]:
        # The interchange form names no photo: the photo ids tell a replaced picture.
        version = normalise(copy.deepcopy(version))
        return article_to_dict(version), [f.photo_id for f in version.figures()]

    try:
        return content(article) == content(store.get_article(article.id or 0))
    except DeskEditorError:
        return False


def ask_about_unsaved(parent: QWidget) -> Button:
    """Ask whether to save, discard or keep editing unsaved changes (Save is the default)."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Unsaved changes"),
        QCoreApplication.translate(
            "MainWindow", "The article has changes that are not saved. Save them?"
        ),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )

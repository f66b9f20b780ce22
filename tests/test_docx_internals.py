"""The python-docx internals export/docx_fields.py relies on (issue 12).

python-docx has no API for some of what the Word export needs (a package
written with the photos stored, an image part added without a quadratic
search, raw XML of paragraphs, runs and tables). docx_fields.py reaches into
these private names, and only it does; this test fails, naming what moved,
when a python-docx release changes one of them, before an export breaks.
"""

from __future__ import annotations

import inspect
import io
import zipfile

import docx
import pytest
from docx.blkcntnr import BlockItemContainer
from docx.opc.package import OpcPackage
from docx.opc.part import Part
from docx.opc.pkgwriter import PackageWriter, _ContentTypesItem
from docx.opc.rel import Relationships
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_Tbl
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.package import ImageParts
from docx.table import _Cell

from deskeditor.export.docx_fields import package_bytes


def _parameters(function: object) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name != "self"]  # type: ignore[arg-type]


SIGNATURES = [
    # package_bytes: python-docx's save, with the photos stored
    (_ContentTypesItem.from_parts, ["parts"]),
    (OpcPackage.iter_parts, []),
    (Part.before_marshal, []),
    (PackageWriter.write, ["pkg_file", "pkg_rels", "parts"]),
    # add_image_part: an image part without the search for an identical one
    (ImageParts._add_image_part, ["image"]),
    # add_hyperlink: one relationship per address, ids chosen by us
    (Relationships.add_relationship, ["reltype", "target", "rId", "is_external"]),
    # add_picture: the inline picture's XML, as Run.add_picture writes it
    (CT_Inline.new_pic_inline, ["shape_id", "rId", "filename", "cx", "cy"]),
    (CT_R.add_drawing, ["inline_or_anchor"]),
]


@pytest.mark.parametrize(
    ("function", "parameters"), SIGNATURES, ids=lambda x: getattr(x, "__qualname__", "")
)
def test_the_functions_we_call_keep_their_signatures(function, parameters):
    assert _parameters(function) == parameters


def test_the_private_attributes_we_read_are_there():
    document = docx.Document()
    paragraph = document.add_paragraph("Hội nghị")
    run = paragraph.runs[0]
    table = document.add_table(rows=1, cols=1)
    assert isinstance(paragraph._p, CT_P)
    assert isinstance(run._r, CT_R)
    assert isinstance(table._tbl, CT_Tbl)
    assert isinstance(document._body, BlockItemContainer)  # last_body_paragraph's parent
    assert isinstance(table.cell(0, 0), _Cell)
    assert isinstance(document.part.package.image_parts, ImageParts)
    # set_paragraph_style and fixed_table assign these
    assert isinstance(inspect.getattr_static(CT_P, "style"), property)
    assert isinstance(inspect.getattr_static(CT_Tbl, "tblStyle_val"), property)
    assert inspect.getattr_static(CT_P, "style").fset is not None
    assert inspect.getattr_static(CT_Tbl, "tblStyle_val").fset is not None


def test_our_package_writer_writes_what_python_docx_saves():
    """package_bytes copies Document.save; the parts and their bytes must stay the same."""
    document = docx.Document()
    document.add_heading("Hội nghị sơ kết công tác", level=1)
    document.add_paragraph("Sở Nội vụ tổ chức hội nghị.")
    ours = zipfile.ZipFile(io.BytesIO(package_bytes(document)))
    saved = io.BytesIO()
    document.save(saved)
    theirs = zipfile.ZipFile(saved)
    assert ours.namelist() == theirs.namelist()
    for name in theirs.namelist():
        assert ours.read(name) == theirs.read(name), name

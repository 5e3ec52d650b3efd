"""The read stage: every encoding and format a council corpus holds, and every way a file is bad."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from conftest import CORPUS
from dkcouncil.read import ReadError, iter_sources, read_path
from dkcouncil.read.base import Limits
from dkcouncil.read.html import html_to_text
from dkcouncil.read.text import decode_bytes

MINUTES = "Referat af mødet i Økonomiudvalget – Kommunalbestyrelsen i Næstved den 3. juni\n\nGodkendt.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_text_in_every_encoding_reads_the_same(tmp_path: Path, encoding: str) -> None:
    text = MINUTES if encoding != "latin-1" else MINUTES.replace("–", "-")
    path = tmp_path / "referat.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_path(path)
    assert doc.text == text
    assert doc.format == "text"
    assert len(doc.sha256) == 64


def test_non_utf8_is_reported_as_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "gammel.txt"
    path.write_bytes("Ældrerådet mødes på rådhuset".encode("cp1252"))
    assert any("cp1252" in w for w in read_path(path).warnings)


def test_arbitrary_bytes_never_crash() -> None:
    for seed in range(50):
        data = os.urandom(200 + seed)
        text, _ = decode_bytes(data)
        assert isinstance(text, str)
        assert "\x00" not in text


def test_nul_bytes_and_crlf_are_cleaned() -> None:
    text, warnings = decode_bytes(b"Punkt 1\r\nGodkendt\x00.\r\n")
    assert text == "Punkt 1\nGodkendt.\n"
    assert warnings == ["removed 1 NUL characters"]


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "tom.md"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.kind == "EmptyDocument"
    assert "tom.md" in str(err.value)


def test_unknown_suffix_names_what_is_supported(tmp_path: Path) -> None:
    path = tmp_path / "referat.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.kind == "UnsupportedFormat"
    assert ".pdf" in str(err.value)


def test_html_keeps_headings_lists_and_tables_and_drops_navigation() -> None:
    html = """<html><head><title>x</title><style>p{color:red}</style></head><body>
    <nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav>
    <h1>Ny cykelsti langs Vestergade</h1>
    <p>Sagen   blev behandlet af
    Teknik- og Miljøudvalget.</p>
    <h2>Indstilling</h2><ul><li>at projektet godkendes</li><li>at der gives en anlægsbevilling</li></ul>
    <table><tr><th>Anlæg (1.000 kr.)</th><th>2025</th></tr><tr><td>Cykelsti</td><td>1.500</td></tr></table>
    <script>alert(1)</script><footer>Kontakt os</footer></body></html>"""
    text = html_to_text(html)
    assert text.startswith("# Ny cykelsti langs Vestergade")
    assert "Sagen blev behandlet af Teknik- og Miljøudvalget." in text
    assert "## Indstilling\n\n- at projektet godkendes\n- at der gives en anlægsbevilling" in text
    assert "Anlæg (1.000 kr.)\t2025\nCykelsti\t1.500" in text
    for boilerplate in ("Forside", "alert", "Kontakt os", "color"):
        assert boilerplate not in text


def _pdf(path: Path, pages: list[tuple[str, str]], **canvas_args: object) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, **canvas_args)
    for number, (heading, body) in enumerate(pages, 1):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(72, 815, "Vejle Kommune – Referat")
        pdf.drawString(480, 25, f"Side {number} af {len(pages)}")
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(72, 760, heading)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(72, 730, "Beslutning")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 712, body)
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_headings_by_size_and_weight_running_lines_dropped(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    pages = [
        ("1. Skolestruktur", "Godkendt med 9 stemmer mod 2."),
        ("2. Lokalplan 118", "Udsat."),
        ("3. Busplan 2026", "Taget til efterretning."),
    ]
    doc = read_path(_pdf(tmp_path / "referat.pdf", pages))
    assert doc.format == "pdf"
    assert doc.pages == 3
    assert "# 1. Skolestruktur\n**Beslutning**\nGodkendt med 9 stemmer mod 2." in doc.text
    assert "# 3. Busplan 2026" in doc.text
    assert "Vejle Kommune – Referat" not in doc.text
    assert "Side 2 af 3" not in doc.text


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    path = _pdf(tmp_path / "hemmelig.pdf", [("1. Personalesag", "Godkendt.")], encrypt="hemmeligt")
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.kind == "EncryptedPDF"
    assert "decrypt" in str(err.value)


def test_scanned_pdf_without_text_says_how_to_ocr_it(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "scanning.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 400, 600, fill=1)  # a page of pixels, no text layer
    pdf.showPage()
    pdf.save()
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.kind == "NeedsOCR"
    assert "ocrmypdf -l dan" in str(err.value)


def _flate_pdf(text: str, padding: int) -> bytes:
    """A one-page PDF whose Flate content stream shows ``text`` and then ``padding`` spaces."""
    packer = zlib.compressobj(9)
    content = packer.compress(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n".encode("latin-1"))
    for _ in range(padding // (1 << 20)):
        content += packer.compress(b" " * (1 << 20))
    content += packer.compress(b" " * (padding % (1 << 20))) + packer.flush()
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + font
        + b" /Contents 4 0 R >> endobj\n"
        + f"4 0 obj << /Length {len(content)} /Filter /FlateDecode >> stream\n".encode()
        + content
        + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def test_pdf_decompression_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "referat_bombe.pdf"
    bomb.write_bytes(_flate_pdf("Referat", 64 * 1024 * 1024))  # about 64 kB on disk
    with pytest.raises(ReadError) as err:
        read_path(bomb, Limits(max_decoded_bytes=16 * 1024 * 1024))
    assert err.value.kind == "DecompressionBomb"
    assert "referat_bombe.pdf" in str(err.value) and "--max-decoded-mb" in str(err.value)
    # The same construction, small, is an ordinary PDF: the guard counts, it does not refuse Flate.
    small = tmp_path / "referat.pdf"
    small.write_bytes(_flate_pdf("Referat af mødet", 1000))
    assert "Referat af" in read_path(small, Limits(max_decoded_bytes=16 * 1024 * 1024)).text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "NotAPDF"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref", "BrokenPDF"),
        (b"", "NotAPDF"),
    ],
)
def test_bad_pdfs_are_clear_errors(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "dagsorden.pdf"
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.kind == kind
    assert "dagsorden.pdf" in str(err.value)


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "side.txt"
    path.write_text("<!DOCTYPE html><html><body><h2>Beslutning</h2><p>Godkendt.</p></body></html>")
    doc = read_path(path)
    assert doc.format == "html"
    assert doc.text == "## Beslutning\n\nGodkendt."


def test_sources_are_found_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b/2.md", "a.txt", "b/1.pdf", "gold/a.json", "notes.docx", "README.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_sources([tmp_path])]
    assert found == ["a.txt", "b/1.pdf", "b/2.md"]


def test_corpus_documents_all_read() -> None:
    sources = list(iter_sources([CORPUS]))
    if not sources:
        pytest.skip("corpus/ holds no documents yet")
    for path in sources:
        assert read_path(path).text.strip(), path


def test_an_endless_line_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("Referat\n" + "x" * 300_000 + "\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.kind == "LineTooLong"
    assert "300,000" in str(err.value)


def test_ocr_reads_a_scanned_pdf_with_danish_tesseract(tmp_path: Path) -> None:
    from dkcouncil.read.ocr import tesseract_languages

    if "dan" not in tesseract_languages():
        pytest.skip("tesseract with Danish data is not installed")
    pytest.importorskip("reportlab")
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas

    image = Image.new("L", (2480, 900), 255)
    font_path = next(Path("/usr/share/fonts").rglob("LiberationSans-Regular.ttf"), None)
    if font_path is None:
        pytest.skip("no Liberation Sans font to render the page")
    draw = ImageDraw.Draw(image)
    draw.text((150, 150), "Beslutning i Økonomiudvalget", font=ImageFont.truetype(str(font_path), 64), fill=0)
    draw.text(
        (150, 300),
        "Godkendt. Udgiften på 250.000 kr. afholdes af puljen.",
        font=ImageFont.truetype(str(font_path), 48),
        fill=0,
    )
    png = tmp_path / "side.png"
    image.save(png)
    path = tmp_path / "scannet.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(str(png), 0, 500, width=595, height=216)
    pdf.showPage()
    pdf.save()
    doc = read_path(path, ocr=True)
    assert "Økonomiudvalget" in doc.text
    assert "250.000 kr." in doc.text
    assert any("OCR" in w for w in doc.warnings)


def test_pdftotext_output_loses_its_running_header_and_page_numbers(tmp_path: Path) -> None:
    from dkcouncil.segment import segment

    pages = [
        "Teknik- og Miljøudvalget, 12-05-2025\n57. Slukning af vejbelysning\nSagsnr.: 05.01.00-G01-3-25\n"
        "Sagsfremstilling\nForvaltningen foreslår at slukke 1.100 armaturer.\nSide 2 af 3",
        "Teknik- og Miljøudvalget, 12-05-2025\nKonsekvenser for klima\nElforbruget falder.\n"
        "Indstilling\nTeknik og Miljø indstiller, at lyset slukkes.\nSide 3 af 3",
        "Teknik- og Miljøudvalget, 12-05-2025\nBeslutning\nGodkendt.\nSagsnr. 25/431 følger.\nSide 4 af 3",
    ]
    path = tmp_path / "referat.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    doc = read_path(path)
    assert "Side 2 af 3" not in doc.text and "Teknik- og Miljøudvalget, 12-05-2025" not in doc.text
    assert "Sagsnr. 25/431 følger." in doc.text  # a line near a page's end that is no page number stays
    assert any("running header" in w for w in doc.warnings)
    [item] = segment(doc.text).items
    assert [s.kind for s in item.sections] == ["case_presentation", "other", "recommendation", "decision"]


def test_a_self_closing_line_break_is_one_line_break() -> None:
    assert (
        html_to_text("<p>Ib Holm (V)<br />Eva Berg (A)<br>Bo Lind (C)</p>")
        == "Ib Holm (V)\nEva Berg (A)\nBo Lind (C)"
    )

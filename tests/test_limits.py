"""Bounded work per file: no input may hold the batch, its memory or its time.

A FIFO or device is refused by name, compressed inputs (a .docx zip bomb, a PDF
whose page content inflates to a gigabyte) are refused before they are expanded,
deeply nested HTML is read in linear time without recursion, a file over its time
budget is left out with its name, and an impossible date is left out of a notice
rather than failing it. The memory figures are taken in a fresh process.
"""
from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import docx
import pytest

import notices.pipeline
from ingest.html import MAX_TAGS
from ingest.limits import MAX_EXPANDED_BYTES
from ingest.readers import SourceError, read_source
from notices.cli import main
from notices.pipeline import process_paths

ROOT = Path(__file__).resolve().parent.parent

NOTICE = "\n".join([
    "关于做好近期疫情防控工作的通知",
    "各区县：",
    "一、各区县要在3月5日前完成重点人群排查。",
    "二、各医疗机构要落实预检分诊制度。",
    "某某市卫生健康委员会",
    "2022年3月1日",
])


def _peak_memory_of_reading(path: Path) -> tuple[str, int]:
    """(what read_source said, peak resident MB) in a fresh process, whose address space
    is capped so that a reader without the check fails instead of taking the machine."""
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
        from ingest.readers import read_source, SourceError
        try:
            read_source({str(path)!r})
            said = "read"
        except SourceError as e:
            said = str(e)
        except MemoryError:
            said = "MemoryError"
        print(said)
        # VmHWM, not ru_maxrss: that one keeps the parent's size across fork and exec.
        status = open("/proc/self/status").read()
        print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    said, peak = done.stdout.strip().rsplit("\n", 1)
    return said, int(peak)


def _repeated_deflate(head: bytes, block: bytes, times: int) -> bytes:
    """A zlib stream of `head` then `block` `times` times, built without compressing it
    all: after a full flush every copy of the block compresses to the same bytes."""
    squeeze = zlib.compressobj(9)
    first = squeeze.compress(head) + squeeze.flush(zlib.Z_FULL_FLUSH)
    unit = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(head)
    for _ in range(times):
        checksum = zlib.adler32(block, checksum)
    return first + unit * times + b"\x03\x00" + struct.pack(">I", checksum)  # an empty final block


def pdf_with_content(stream: bytes) -> bytes:
    """A one-page PDF whose page content is the deflated `stream`."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PAGE_TEXT = b"BT /F1 12 Tf 72 712 Td (Each district must report within 24 hours.) Tj ET\n"


def test_a_pdf_with_ordinary_deflated_content_is_read(tmp_path):
    path = tmp_path / "plain.pdf"
    path.write_bytes(pdf_with_content(zlib.compress(PAGE_TEXT)))
    assert "within 24 hours" in read_source(path).text


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
@pytest.mark.slow
def test_a_pdf_whose_content_inflates_to_a_gigabyte_is_refused_in_little_memory(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_with_content(_repeated_deflate(PAGE_TEXT, b" " * 2**20, 1024)))
    assert path.stat().st_size < 2 * 2**20
    said, peak_mb = _peak_memory_of_reading(path)
    assert said.startswith("bomb.pdf: compressed page content expands to more than"), said
    assert peak_mb < 300


def _docx_bytes(document_xml: Iterable[bytes] | None = None) -> bytes:
    """A real .docx (python-docx's template) holding NOTICE, or with its document part
    replaced by the pieces of `document_xml`."""
    document = docx.Document()
    for line in NOTICE.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    if document_xml is None:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item))
        with target.open("word/document.xml", "w", force_zip64=True) as member:
            for piece in document_xml:
                member.write(piece)
    return out.getvalue()


def test_an_ordinary_docx_is_read(tmp_path):
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx_bytes())
    assert read_source(path).text == NOTICE


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
@pytest.mark.slow
def test_a_docx_expanding_to_400_mb_is_refused_in_little_memory(tmp_path):
    path = tmp_path / "bomb.docx"
    # Valid Word XML: one paragraph of 400 MB of text.
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b'<w:body><w:p><w:r><w:t>')
    megabyte = b"a" * 2**20
    path.write_bytes(_docx_bytes([head, *(megabyte for _ in range(400)), b"</w:t></w:r></w:p></w:body></w:document>"]))
    assert path.stat().st_size < 2 * 2**20
    said, peak_mb = _peak_memory_of_reading(path)
    assert said.startswith("bomb.docx: compressed content expands to"), said
    assert peak_mb < 300


def test_the_expansion_limit_leaves_room_for_the_longest_notice():
    from ingest.readers import MAX_CHARACTERS

    # Three bytes a character of UTF-8, and Word's markup around every run of text.
    assert MAX_EXPANDED_BYTES > 3 * MAX_CHARACTERS * 5


# --------------------------------------------------------------------------- deep HTML

def _nested_page(path: Path, depth: int) -> Path:
    path.write_text("<html><body>" + "<div>" * depth + NOTICE.replace("\n", "<br>") + "</div>" * depth + "</body></html>",
                    encoding="utf-8")
    return path


def test_100000_nested_tags_are_refused_by_name(tmp_path):
    path = _nested_page(tmp_path / "deep.html", 100_000)
    with pytest.raises(SourceError, match=r"^deep\.html: 200,00\d pieces of markup, over the limit of 100,000"):
        read_source(path)


@pytest.mark.slow
def test_nesting_just_under_the_tag_limit_is_read(tmp_path):
    # How long it takes is the bench's business (no timed unit tests); here, that it is read whole.
    path = _nested_page(tmp_path / "deep.html", MAX_TAGS // 2 - 10)
    assert read_source(path).text == NOTICE


@pytest.mark.parametrize("tag", ["div", "header", "pre"])  # elements the parser lets nest
def test_nesting_deeper_than_the_recursion_limit_is_read(tmp_path, tag):
    depth = sys.getrecursionlimit() * 2
    path = tmp_path / "deep.html"
    # In an <article>, where a <header> holds the article's own title and is kept.
    path.write_text(f"<html><body><article>{NOTICE.splitlines()[0]}" + f"<{tag}>" * depth + "各区县要落实属地责任。"
                    + f"</{tag}>" * depth + "</article></body></html>", encoding="utf-8")
    assert "各区县要落实属地责任。" in read_source(path).text


# --------------------------------------------------------------------------- files that are not files

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_by_name_and_the_good_file_still_written(tmp_path, capfd):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # In a child with a deadline: the reader it replaces waited for a writer forever.
    done = subprocess.run([sys.executable, "-m", "notices.cli", "ingest", str(fifo), str(good), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"notices: {fifo}: not a regular file (a FIFO); refused"]
    assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good.txt"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_by_name():
    # In a capped process: a reader that read /dev/zero would fill the memory.
    said, _ = _peak_memory_of_reading(Path("/dev/zero"))
    assert said == "zero: not a regular file (a device or socket); refused"


def test_error_lines_name_the_path_as_given_with_control_characters_escaped(tmp_path, capfd, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    forged = "sub/a\nnotices: forged.txt"
    Path(forged).write_bytes(b"")
    assert main(["ingest", forged, "--out", "out.jsonl"]) == 1
    lines = capfd.readouterr().err.strip().splitlines()
    assert lines == ["notices: sub/a\\nnotices: forged.txt: empty file (0 bytes)"]


# --------------------------------------------------------------------------- time

def test_a_file_over_its_time_budget_is_left_out_by_name(tmp_path, monkeypatch):
    slow, good = tmp_path / "slow.txt", tmp_path / "good.txt"
    for path in (slow, good):
        path.write_text(NOTICE, encoding="utf-8")
    real = notices.pipeline.process_file

    def stalls_on_slow(path, with_measures=True, source=None):
        while Path(path).name == "slow.txt":
            pass  # a pathological input, looping in Python
        return real(path, with_measures, source)

    monkeypatch.setattr(notices.pipeline, "process_file", stalls_on_slow)
    outcomes = list(process_paths([slow, good], with_measures=False, workers=1, seconds=0.5))
    assert outcomes[0].error == f"{slow}: took more than the 0.5 s allowed for one file; left out"
    assert outcomes[1].document["source"] == "good.txt"


# --------------------------------------------------------------------------- impossible dates

IMPOSSIBLE_DATES = [
    # (text, why)
    (NOTICE.replace("2022年3月1日", "2020年2月30日"), "signed on a day February does not have"),
    (NOTICE.replace("\n", "\n发布日期：2020年15月3日\n", 1).removesuffix("\n2022年3月1日"), "published in a 15th month"),
]


@pytest.mark.parametrize("text, why", IMPOSSIBLE_DATES, ids=[c[1] for c in IMPOSSIBLE_DATES])
def test_a_notice_with_an_impossible_date_is_extracted_without_it(tmp_path, text, why):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    outcome, = process_paths([path], workers=1)
    assert outcome.error is None, outcome.error
    assert outcome.document["date"] is None
    assert [m["path"] for m in outcome.document["measures"]] == ["1", "2"]

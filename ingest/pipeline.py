"""From a source file to a clean ``Document``: the order of the cleaning steps.

1. Character fixes (``fixes.CHARACTER_FIXES``): invisible characters, converter
   debris, traditional → simplified, the width convention.
2. Page furniture: page-number lines, web-page debris (``scrape.strip_debris``); dates
   whose 年 and 月 a site stripped put back (``scrape.restore_stripped_dates``); a forum's
   anti-copy noise dropped (``scrape.strip_forum_noise``), a farm's watermark ending line
   after line (``scrape.strip_watermark``), and a spammer's place name
   injected at sentence ends (``scrape.strip_injected_words``); item numbers a filter
   masked as ``*`` counted on (``scrape.restore_masked_ordinals``).
3. Layout: a text pasted on one line split where its line breaks were
   (``pastes.split_pasted_lines``); lines broken at their punctuation joined
   (``layout.join_punctuation_wraps``); item numbers printed on lines of their own joined
   to their items (``layout.join_bare_markers``); hard wraps joined, page breaks dropped
   (``layout.unwrap_lines``); run-together scraped blocks and items split at
   provisions (``scrape.split_run_together``, ``pastes.split_run_items``); a title
   printed with a space where it wrapped joined (``pastes.join_wrapped_title``); a number
   set off by spaces in a sentence joined to it (``pastes.join_spaced_numbers``), and so is a
   clause or sentence mark (``pastes.join_spaced_marks``); a
   reposter's lead run into the notice's preamble split from it
   (``pastes.split_lead_from_preamble``).
4. The notice cut out of the page around it (``chrome.find_notice``), and a signature
   that page chrome split joined again (``pastes.join_wrapped_signature``).
5. The head block (title, document number, addressees) taken out as metadata,
   and its repeats cut from the body.
6. A repeating, shuffled scrape reduced to one copy of each sentence, in the
   order of its sections (``scrape.dedupe_scrape``).
7. News pages: the headline marked when a copy has lost the marks, fragments of
   cut columns rejoined, then the page split into articles.

Each step is a ``str -> str`` function on text with one paragraph per line;
``Cleaned.steps`` names the ones that changed something.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import chrome, columns, fixes, layout, metadata, pastes, scrape
from .models import Article, Document, Paragraph, RawSource
from .provenance import trace
from .readers import read_source


@dataclass
class Cleaned:
    paragraphs: list[str]
    head: metadata.Head
    kind: str
    published: str | None
    fixed: str  # the raw text after the character fixes only, for tracing provenance
    steps: list[str] = field(default_factory=list)
    page_title: str | None = None
    articles: list[tuple[str, list[str]]] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)  # lines of the page around the notice
    debris: list[str] = field(default_factory=list)  # what the debris patterns cut, in text order
    noise: list[str] = field(default_factory=list)  # a forum's anti-copy noise, in text order
    injected: list[str] = field(default_factory=list)  # a spammer's words cut from sentence ends, with their stop
    lead: str | None = None  # a reposter's lead naming the notice


class _Recorder:
    """Applies steps and remembers which of them changed the text."""

    def __init__(self):
        self.steps: list[str] = []

    def __call__(self, step, text: str, *args) -> str:
        out = step(text, *args)
        if out != text:
            self.steps.append(step.__name__)
        return out


def clean_text(raw: str) -> Cleaned:
    """Run every cleaning step on a raw text."""
    run = _Recorder()
    text = raw
    for fix in fixes.CHARACTER_FIXES:
        text = run(fix, text)
    fixed = text
    published = scrape.published_date(text)
    text = run(layout.drop_page_numbers, text)
    text = run(scrape.restore_stripped_dates, text)
    noise = scrape.forum_noise(text)
    text = run(scrape.strip_forum_noise, text)
    noise += scrape.watermarks(text)  # a farm's name on every line is anti-copy noise too
    text = run(scrape.strip_watermark, text)
    injected = scrape.injected_words(text)
    text = run(scrape.strip_injected_words, text)
    text = run(scrape.restore_masked_ordinals, text)
    text = run(scrape.number_lost_brackets, text)
    text = run(pastes.split_pasted_lines, text)
    # What the debris patterns cut is located where it stood, like the page chrome.
    debris = scrape.debris(text)
    text = run(scrape.strip_debris, text)
    text = run(scrape.drop_empty_items, text)
    text = run(layout.join_punctuation_wraps, text)
    text = run(layout.join_bare_markers, text)
    text = run(layout.unwrap_lines, text)
    text = run(scrape.split_run_together, text)
    text = run(scrape.split_run_in_signature, text)
    text = run(pastes.split_run_items, text)
    text = run(pastes.split_run_label, text)
    text = run(pastes.split_spaced_fields, text)
    text = run(pastes.join_spaced_words, text)
    text = run(pastes.join_spaced_numbers, text)
    text = run(pastes.join_spaced_marks, text)
    text = run(pastes.join_wrapped_title, text)
    # Once before the notice is cut out, so that a wrapped signature marks where it ends, and
    # once after (below), for a signature the page's chrome had split.
    text = run(pastes.join_wrapped_signature, text)
    text = run(pastes.split_lead_from_preamble, text)
    page = chrome.find_notice(text)
    if page.found == "lead" and metadata.is_news(text, metadata.Head()):
        page = _as_report(text, page)
    published = published or metadata.iso_date(page.page_date or "")
    if page.chrome:
        run.steps.append("find_notice")
    # A signature wrapped around page chrome (某市…工作 / 开发者百科 / 总指挥部办公室) or over a
    # date in a table cell (2022年9月26日 |) is joined once the chrome is cut.
    text = run(pastes.join_wrapped_signature, "\n".join(page.lines))
    head = metadata.split_head(text.split("\n"), page.chrome)
    # (a reporter's credit cut as chrome, （总台记者 某某）, is a sign of news too)
    if not page.found and metadata.is_news("\n".join([text, *page.chrome]), head):
        body = run(columns.rejoin_fragments, run(columns.mark_headline, text))
        page_title, articles = columns.split_articles(body)
        headline = metadata.report_headline(page_title or next((t for t, _ in articles if t), None))
        head = metadata.Head(title=chrome.TITLE_PREFIX.sub("", headline) if headline else None)
        return Cleaned([], head, "news", published, fixed, run.steps, page_title, articles, page.chrome, debris=debris, noise=noise,
                       injected=injected)
    title, number = metadata.notice_title(head, page.page_title, page.lead)
    # A line over the text that names no kind of document is a headline: no title, but
    # still the first line of the clean text, which cleaning again reads the same way.
    head.headline = head.title if head.title and not title else None
    head.title, head.page_title = title, page.page_title
    # The page's title may give the number the notice's own title is printed without; not a reporter's headline that
    # a body published its notice (某区发布第23号通告: adjudication Q5, a number named without a title is none).
    number = number or metadata.page_number(page.page_title)
    if number and not head.doc_number:
        head.doc_number = number
        head.parts.append(number)
    body = "\n".join(head.body)
    body = run(scrape.remove_lines_equal_to, body, head.parts)
    body = run(scrape.dedupe_scrape, body)
    paragraphs = [p for p in body.split("\n") if p]
    return Cleaned(paragraphs, head, "notice", published, fixed, run.steps, chrome=page.chrome, lead=page.lead, debris=debris, noise=noise,
                   injected=injected)


def _as_report(text: str, page: chrome.Page) -> chrome.Page:
    """A reporter's lead over the reporter's own report on the notice (``metadata.reports_on_notice``), on a
    page with signs of news: the page is the report, from its headline (the line over the lead and its
    stamp that holds no sentence) on, its chrome cut."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = next((i for i, line in enumerate(lines) if page.lead and line == page.lead.strip()), None)
    # (the text under the lead as printed: the frames a repost's reading cuts, 通告指出，…, are the report's turns)
    if at is None or not metadata.reports_on_notice([line for line in lines[at + 1:] if not chrome.is_chrome(line)], lines[at]):
        return page
    above = [i for i in range(at) if not chrome.is_chrome(lines[i])]
    start = above[-1] if above and len(lines[above[-1]]) <= 60 and "。" not in lines[above[-1]] else at
    kept = [line for i, line in enumerate(lines) if i >= start and not chrome.is_chrome(line)]
    return chrome.Page(kept, [line for line in lines if line not in kept])


def clean(text: str) -> str:
    """The clean text of a raw text, head block included, one paragraph per line.

    Cleaning its own output changes nothing: ``clean(clean(x)) == clean(x)``.
    """
    cleaned = clean_text(text)
    if cleaned.kind == "news":
        lines = [f"# {cleaned.page_title}"] if cleaned.page_title else []
        for title, paragraphs in cleaned.articles:
            lines += [f"## {title}", *paragraphs]  # crossheads keep their "### " mark
        return "\n".join(lines)
    head = cleaned.head
    addressees = "，".join(head.addressees) + "：" if head.addressees else None
    return "\n".join(p for p in (head.title or head.headline, head.doc_number, addressees, *cleaned.paragraphs) if p)


@lru_cache(maxsize=64)
def _real_folder(folder: str) -> Path:
    # Resolving costs a system call per component: once per folder, not per file.
    return Path(folder).resolve()


def _resolved(path: Path, cwd: str) -> Path:
    """``path.resolve()``, its folder resolved once for all the files in it: only the
    file's own name is looked at again (a link, resolved as resolve() would)."""
    if path.name in ("", "..") or os.path.islink(path):
        return path.resolve()
    return _real_folder(os.path.join(cwd, path.parent)) / path.name


def display_path(path: Path) -> str:
    """The path relative to the working folder, or just the file name: no absolute
    paths travel into documents, catalogs or web pages."""
    cwd = os.getcwd()
    try:
        return str(_resolved(path, cwd).relative_to(_real_folder(cwd)))
    except ValueError:
        return path.name


def ingest_source(source: RawSource) -> Document:
    """Clean a file that has been read, and fill in its metadata and provenance."""
    cleaned = clean_text(source.text)
    head = cleaned.head
    issuer, signed = metadata.signature(cleaned.paragraphs)
    if cleaned.kind == "news":
        issuer = metadata.newspaper(source.text) or metadata.page_source(cleaned.fixed) or metadata.news_agency(cleaned.fixed)
    else:
        issuer = issuer or metadata.issuer_from_title(head.title) or head.masthead or metadata.page_issuer(head.page_title)
    texts = cleaned.paragraphs + [p for title, ps in cleaned.articles for p in [title, *ps]]
    meta = [head.title or "", *head.parts, *(head.addressees or []), issuer or ""]
    spans, audit = trace(source.text, cleaned.fixed, texts, meta, [cleaned.noise, cleaned.debris, cleaned.chrome], cleaned.injected)
    doc = Document(
        source=source.path.name,
        path=display_path(source.path),
        sha256=source.sha256,
        format=source.format,
        encoding=source.encoding,
        kind=cleaned.kind,
        title=head.title,
        doc_number=head.doc_number,
        issuer=issuer,
        # A lead saying on which day the notice came out dates the notice; the page's own
        # stamp dates the repost, often a day or more later (signature > lead > page); a report with neither, its
        # agency's dateline (中新网某地11月10日电).
        date=signed or head.date or metadata.lead_date(cleaned.lead or metadata.broken_lead(cleaned.fixed), [head.doc_number, head.title],
                                                       cleaned.paragraphs, cleaned.published)
             or cleaned.published or (cleaned.kind == "news" and metadata.dateline_date(cleaned.fixed, texts))
             or metadata.yearless_stamp_date(cleaned.fixed, texts) or None,
        addressees=head.addressees,
        cleaning=cleaned.steps,
        audit=audit,
    )
    traced = iter(spans)
    doc.paragraphs = [Paragraph(p, next(traced)) for p in cleaned.paragraphs]
    for title, paragraphs in cleaned.articles:
        next(traced)  # the headline's own span
        doc.articles.append(Article(title, [
            Paragraph(p.removeprefix(columns.SUBHEADING), next(traced), p.startswith(columns.SUBHEADING))
            for p in paragraphs
        ]))
    return doc


def ingest_file(path: str | Path) -> Document:
    """Read and clean one file. Raises ``readers.SourceError`` naming the file when it cannot be read."""
    return ingest_source(read_source(Path(path)))

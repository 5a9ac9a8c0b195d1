"""Traditional → simplified conversion: the same text from either OpenCC build, and
never a character moved (ingest.provenance relies on it)."""
import hashlib
import json
from pathlib import Path

from conftest import CORPUS
from ingest import chinese_script
from ingest.fixes import to_simplified

DATA = Path(__file__).parent / "data"
# The real notices we hold; tests/data/t2s.json has the digest of each one's t2s conversion,
# written with the C++ build and checked against the pure-Python one when it was made.
TEXTS = sorted([*CORPUS.glob("*.txt"), *(DATA / "dev" / "raw").iterdir(), *(DATA / "real" / "raw").iterdir()])
DIGESTS = json.loads((DATA / "t2s.json").read_text(encoding="utf-8"))


def _key(path: Path) -> str:
    return path.relative_to(DATA.parent.parent).as_posix()


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def test_every_t2s_entry_keeps_its_length():
    assert [(k, r) for k, r in chinese_script.entries("t2s") if len(k) != len(r)] == []


def test_the_installed_build_converts_every_real_notice_as_the_digests_say():
    assert {_key(p): hashlib.sha256(chinese_script.convert(_text(p)).encode()).hexdigest() for p in TEXTS} == DIGESTS


def test_a_character_the_converter_changes_is_a_convertible_one():
    convertible = chinese_script.convertible()
    for path in TEXTS[:40]:
        text = _text(path)
        changed = {a for a, b in zip(text, chinese_script.convert(text)) if a != b}
        assert changed <= convertible, path.name


def test_converting_a_traditional_notice_keeps_every_character_in_place():
    traditional = [t for t in map(_text, TEXTS) if to_simplified(t) != t]
    assert traditional  # the big5 mirrors of the dev and real sets
    assert all(len(to_simplified(t)) == len(t) for t in traditional)


def test_place_names_with_qian_keep_it():
    # before: OpenCC read 乾 in 乾縣 / 乾安縣 as 乾 (dry) and wrote 干县, the issuer and title then wrong
    assert to_simplified("關於開展乾縣全域核酸檢測工作的通告，乾縣疫情防控指揮部辦公室") == "关于开展乾县全域核酸检测工作的通告，乾县疫情防控指挥部办公室"
    assert to_simplified("乾安縣應對疫情工作領導小組辦公室關於調整措施的通告").startswith("乾安县")
    assert to_simplified("關於曬乾衣物與乾燥天氣的通知") == "关于晒干衣物与干燥天气的通知"  # near miss: 乾 as dry stays 干

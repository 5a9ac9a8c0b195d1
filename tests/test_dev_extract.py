"""Extraction on real notices, judged measure by measure: the development set
(tests/data/dev) and, where it is present, the real corpus (tests/data/real),
its held-out check sets (tests/data/real/holdout*) and development sets
(grow1–grow4). Every held-out set was looked at for shapes after its first
measurement (each set's README): their floors record what they give, they are
not targets.

The raw pages carry site chrome that the cleaning removes; here the extractor
starts from each gold annotation's own clean paragraphs, so the figures are
those of the extraction alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.measures import extract_measures, issuing_city
from notices.evaluate import METRICS, Score, read_gold, score_measures

DATA = Path(__file__).parent / "data"

# What the extraction reaches on each set; a change must not fall below it.
FLOORS = {
    "dev": {"measures": 1.0, "headings": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 1.0},
    "real": {"measures": 0.99, "headings": 1.0, "units": 0.97, "deadlines": 0.95, "thresholds": 0.97},
    "real/holdout": {"measures": 0.99, "units": 0.93, "deadlines": 0.94, "thresholds": 0.92},
    "real/holdout2": {"units": 0.96},
    "real/holdout3": {"measures": 0.93, "units": 0.98, "deadlines": 0.94, "thresholds": 1.0},
    "real/holdout4": {"measures": 1.0, "units": 0.96, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout5": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout6": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 0.98},
    "real/holdout7": {"measures": 1.0, "units": 0.94, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout8": {"measures": 1.0, "units": 0.91, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout9": {"measures": 0.78, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout10": {"measures": 0.96, "units": 0.97, "deadlines": 1.0, "thresholds": 0.69},
    "real/holdout11": {"measures": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout12": {"measures": 1.0, "units": 0.98, "deadlines": 1.0, "thresholds": 0.96},
    "real/holdout13": {"measures": 0.95, "units": 0.94, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout14": {"measures": 0.97, "units": 0.9, "deadlines": 1.0, "thresholds": 0.92},
    "real/holdout15": {"measures": 0.9, "units": 0.82, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout16": {"measures": 0.98, "units": 0.93, "deadlines": 1.0, "thresholds": 0.98},
    "real/holdout17": {"measures": 1.0, "units": 0.83, "deadlines": 1.0, "thresholds": 0.9},
    "real/holdout18": {"measures": 0.92, "units": 1.0, "deadlines": 0.44, "thresholds": 0.66},
    "real/holdout19": {"measures": 0.98, "units": 0.96, "deadlines": 1.0, "thresholds": 0.85},
    "real/holdout20": {"measures": 0.98, "units": 0.98, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout21": {"measures": 0.95, "units": 1.0, "deadlines": 1.0, "thresholds": 0.85},
    "real/holdout22": {"measures": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 0.94},
    "real/holdout23": {"measures": 0.97, "units": 0.92, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout24": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout25": {"measures": 0.93, "units": 0.77, "deadlines": 1.0, "thresholds": 0.88},
    "real/holdout26": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout27": {"measures": 1.0, "units": 0.96, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout28": {"measures": 0.98, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout29": {"measures": 0.85, "units": 0.92, "deadlines": 1.0, "thresholds": 0.66},
    "real/holdout30": {"measures": 0.98, "units": 0.86, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout31": {"measures": 0.98, "units": 1.0, "deadlines": 1.0, "thresholds": 0.95},
    "real/holdout32": {"measures": 0.96, "units": 0.97, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout33": {"measures": 0.97, "units": 0.75, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout34": {"measures": 1.0, "units": 0.75, "deadlines": 0.92, "thresholds": 0.93},
    "real/holdout35": {"measures": 1.0, "units": 0.93, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout36": {"measures": 1.0, "units": 0.86, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout37": {"measures": 0.82, "units": 0.76, "deadlines": 0.85, "thresholds": 0.66},
    # thresholds 0.96 -> 0.94 (h/fields27): kr01 #1 `一天三次消毒` gives `= 1 天` beside `= 3 次`, against 166 pp10, 178 qb08,
    # 228 rz01 and ADJUDICATION Q23 (a rate over one day counts no period); see MISSES-fields27
    "real/holdout38": {"measures": 0.95, "units": 0.8, "deadlines": 1.0, "thresholds": 0.94},
    "real/holdout39": {"measures": 0.95, "units": 0.75, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout40": {"measures": 0.98, "units": 0.86, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout41": {"measures": 1.0, "units": 0.95, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout42": {"measures": 1.0, "units": 0.88, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout43": {"measures": 1.0, "units": 0.78, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout44": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 0.87},
    "real/holdout45": {"measures": 0.95, "units": 0.77, "deadlines": 0.9, "thresholds": 1.0},
    "real/holdout46": {"measures": 0.92, "units": 0.8, "deadlines": 0.83, "thresholds": 1.0},
    "real/holdout47": {"measures": 0.99, "units": 0.89, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout48": {"measures": 0.93, "units": 0.88, "deadlines": 1.0, "thresholds": 0.9},
    "real/holdout49": {"measures": 0.91, "units": 0.91, "deadlines": 1.0, "thresholds": 0.93},
    "real/holdout50": {"measures": 0.94, "units": 0.88, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout51": {"measures": 0.87, "units": 0.88, "deadlines": 0.88, "thresholds": 0.54},
    "real/holdout52": {"measures": 0.96, "units": 0.93, "deadlines": 0.84, "thresholds": 0.95},
    "real/holdout53": {"measures": 0.97, "units": 0.82, "deadlines": 0.96, "thresholds": 0.62},
    "real/holdout54": {"measures": 0.48, "units": 0.66, "deadlines": 0.85, "thresholds": 0.18},
    "real/holdout55": {"measures": 0.88, "units": 0.96, "deadlines": 1.0, "thresholds": 0.84},
    "real/holdout56": {"measures": 1.0, "units": 0.83, "deadlines": 0.66, "thresholds": 0.72},
    "real/holdout57": {"measures": 0.98, "units": 0.77, "deadlines": 0.25, "thresholds": 0.85},
    "real/holdout58": {"measures": 1.0, "units": 0.95, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout59": {"measures": 0.93, "units": 0.89, "deadlines": 0.88, "thresholds": 0.85},
    "real/holdout60": {"measures": 0.91, "units": 0.88, "deadlines": 0.88, "thresholds": 0.85},
    "real/holdout61": {"measures": 1.0, "units": 0.33, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout62": {"measures": 0.91, "units": 0.87, "deadlines": 1.0, "thresholds": 0.57},
    "real/holdout63": {"measures": 0.97, "units": 0.49, "deadlines": 0.8, "thresholds": 0.7},
    "real/holdout64": {"measures": 0.82, "units": 0.58, "deadlines": 0.66, "thresholds": 0.83},
    "real/holdout65": {"measures": 0.91, "units": 0.91, "deadlines": 1.0, "thresholds": 0.83},
    "real/holdout66": {"measures": 0.95, "units": 0.7, "deadlines": 1.0, "thresholds": 0.87},
    "real/holdout67": {"measures": 1.0, "units": 0.78, "deadlines": 0.66, "thresholds": 0.94},
    "real/holdout68": {"measures": 1.0, "units": 0.91, "deadlines": 1.0, "thresholds": 0.47},
    "real/holdout69": {"measures": 0.98, "units": 0.91, "deadlines": 0.88, "thresholds": 0.86},
    "real/holdout70": {"measures": 1.0, "units": 0.66, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout71": {"measures": 1.0, "units": 0.88, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout72": {"measures": 0.96, "units": 0.54, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout73": {"measures": 1.0, "units": 0.66, "deadlines": 0.66, "thresholds": 0.75},
    "real/holdout74": {"measures": 0.86, "units": 0.96, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout75": {"measures": 0.76, "units": 0.86, "deadlines": 1.0, "thresholds": 0.82},
    "real/holdout76": {"measures": 0.92, "units": 0.92, "deadlines": 1.0, "thresholds": 0.95},
    "real/holdout77": {"measures": 0.97, "units": 0.65, "deadlines": 0.85, "thresholds": 1.0},
    "real/holdout78": {"measures": 0.95, "units": 0.91, "deadlines": 0.9, "thresholds": 0.95},
    "real/holdout79": {"measures": 0.92, "units": 0.47, "deadlines": 0.8, "thresholds": 0.76},
    "real/holdout80": {"measures": 1.0, "units": 0.95, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout81": {"measures": 0.95, "units": 0.66, "deadlines": 0.85, "thresholds": 0.8},
    "real/holdout82": {"measures": 1.0, "units": 0.0, "deadlines": 1.0, "thresholds": 0.62},
    "real/holdout83": {"measures": 0.96, "units": 0.73, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout84": {"measures": 1.0, "units": 1.0, "deadlines": 0.66, "thresholds": 0.85},
    "real/holdout85": {"measures": 0.78, "units": 0.76, "deadlines": 0.94, "thresholds": 0.66},
    "real/holdout86": {"measures": 0.95, "units": 0.78, "deadlines": 0.93, "thresholds": 0.9},
    "real/holdout87": {"measures": 0.97, "units": 0.83, "deadlines": 0.5, "thresholds": 0.91},
    "real/holdout88": {"measures": 1.0, "units": 0.88, "deadlines": 1.0, "thresholds": 0.96},
    "real/holdout89": {"measures": 0.9, "units": 0.86, "deadlines": 0.85, "thresholds": 0.86},
    "real/holdout90": {"measures": 0.97, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout91": {"measures": 0.99, "units": 0.97, "deadlines": 0.8, "thresholds": 1.0},
    "real/holdout92": {"measures": 0.94, "units": 0.9, "deadlines": 0.85, "thresholds": 0.86},
    # 93 thresholds 0.9 -> 0.81 (h/fields16): mu07's 全员核酸检测一天一次 is now read (1 天, 1 次, as gold), but the split of
    # the gold paragraphs puts that sentence on path closing, gold's closing.2, so both count as false there (MISSES-fields16)
    "real/holdout93": {"measures": 0.82, "units": 0.92, "deadlines": 0.8, "thresholds": 0.81},
    "real/holdout94": {"measures": 0.9, "units": 0.92, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout95": {"measures": 0.97, "units": 0.9, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout96": {"measures": 0.96, "units": 0.81, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout97": {"measures": 1.0, "units": 0.87, "deadlines": 0.88, "thresholds": 0.93},
    "real/holdout98": {"measures": 0.9, "units": 0.85, "deadlines": 1.0, "thresholds": 0.66},
    "real/holdout99": {"measures": 0.91, "units": 0.74, "deadlines": 0.8, "thresholds": 0.9},
    "real/holdout100": {"measures": 1.0, "units": 0.96, "deadlines": 1.0, "thresholds": 0.96},
    "real/holdout101": {"measures": 0.96, "units": 0.94, "deadlines": 1.0, "thresholds": 0.82},
    # (units 0.47 -> 0.45: nd01#closing.5 and nd05#closing.3, gold measures the split now finds, `请上述区域内市民朋友积极配合
    # 街道、社区采取…`, carry four units the finder reads in the objects of 配合; the gold has none there)
    "real/holdout102": {"measures": 0.89, "units": 0.45, "deadlines": 0.85, "thresholds": 1.0},
    "real/holdout103": {"measures": 0.95, "units": 0.8, "deadlines": 0.9, "thresholds": 0.86},
    "real/holdout104": {"measures": 0.95, "units": 0.76, "deadlines": 0.72, "thresholds": 0.88},
    # (ng03: `采样期间请规范佩戴口罩…` is read as an order, as 4 of the 5 gold notices that print it read it; its gold drops it)
    "real/holdout105": {"measures": 0.92, "units": 1.0, "deadlines": 1.0, "thresholds": 0.75},
    "real/holdout106": {"measures": 0.95, "units": 0.96, "deadlines": 0.93, "thresholds": 0.89},
    "real/holdout107": {"measures": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 0.77},
    "real/holdout108": {"measures": 1.0, "units": 0.84, "deadlines": 1.0, "thresholds": 1.0},
    # held-out 109–120: first measured on 47b4fa0, then on the session's final code (320251d6); floors of the final code
    "real/holdout109": {"measures": 0.96, "units": 0.65, "deadlines": 0.94, "thresholds": 1.0},
    "real/holdout110": {"measures": 0.73, "units": 0.94, "deadlines": 0.75, "thresholds": 0.89},
    "real/holdout111": {"measures": 0.94, "units": 0.9, "deadlines": 0.8, "thresholds": 1.0},
    "real/holdout112": {"measures": 0.98, "units": 0.66, "deadlines": 1.0, "thresholds": 0.95},
    "real/holdout113": {"measures": 0.9, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout114": {"measures": 0.86, "units": 0.81, "deadlines": 0.75, "thresholds": 1.0},
    "real/holdout115": {"measures": 1.0, "units": 0.7, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout116": {"measures": 0.88, "units": 0.5, "deadlines": 0.94, "thresholds": 0.8},
    "real/holdout117": {"measures": 0.99, "units": 0.97, "thresholds": 1.0},
    "real/holdout118": {"measures": 0.91, "deadlines": 0.85, "thresholds": 0.57},
    "real/holdout119": {"measures": 0.86, "units": 0.9, "deadlines": 0.88, "thresholds": 1.0},
    "real/holdout120": {"measures": 0.94, "units": 0.26, "deadlines": 0.6, "thresholds": 0.96},
    # held-out 121–124: first measured on the code of 320251d6, then on the final code (e4375870); floors of the final code
    "real/holdout121": {"measures": 0.8, "units": 0.9, "deadlines": 0.75, "thresholds": 0.8},
    "real/holdout122": {"measures": 0.86, "units": 0.59, "deadlines": 1.0, "thresholds": 0.72},
    "real/holdout123": {"measures": 0.94, "units": 0.15, "deadlines": 0.66, "thresholds": 0.83},
    "real/holdout124": {"measures": 1.0, "units": 0.88, "deadlines": 0.8, "thresholds": 0.94},
    # 125–142: measured as unseen in session 12 (each set's README), then looked at
    "real/holdout125": {"measures": 0.87, "units": 0.84, "deadlines": 0.83, "thresholds": 1.0},
    # (units 0.88 → 0.76 and 133's 0.88 → 0.87, session 14: Q29 settled makes the hospitals' own wards and clinics units;
    # h/units13 reads them and earns 133's and 144's floors back, 126's to 0.85: its 医院, the issuer as a whole in a page
    # with no issuer, title or announcing sentence, stays a false unit)
    "real/holdout126": {"measures": 0.94, "units": 0.85, "deadlines": 0.85, "thresholds": 0.9},
    "real/holdout127": {"measures": 0.97, "units": 0.77, "deadlines": 0.57, "thresholds": 0.79},
    "real/holdout128": {"measures": 0.94, "units": 0.44, "deadlines": 1.0, "thresholds": 0.95},
    "real/holdout129": {"measures": 1.0, "units": 0.8, "deadlines": 0.8, "thresholds": 1.0},
    "real/holdout130": {"measures": 0.92, "units": 0.73, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout131": {"measures": 0.99, "units": 0.91, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout132": {"measures": 0.89, "units": 0.44, "thresholds": 0.9},
    "real/holdout133": {"measures": 0.92, "units": 0.88, "deadlines": 0.66, "thresholds": 0.93},
    "real/holdout134": {"measures": 0.96, "units": 0.8, "deadlines": 1.0, "thresholds": 0.96},
    "real/holdout135": {"measures": 1.0, "units": 0.93, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout136": {"measures": 0.97, "units": 0.82, "deadlines": 0.76, "thresholds": 0.8},
    "real/holdout137": {"measures": 0.98, "units": 0.92, "deadlines": 0.75, "thresholds": 1.0},
    "real/holdout138": {"measures": 0.96, "units": 1.0, "deadlines": 1.0},
    "real/holdout139": {"measures": 0.57, "units": 0.71, "deadlines": 0.8, "thresholds": 0.69},
    "real/holdout140": {"measures": 1.0, "units": 0.85, "deadlines": 0.5, "thresholds": 0.93},
    # 141 deadlines 0.88 -> 0.8 (h/fields16): oq10's 住院前需进行核酸检测 is now a before (as gold), but the split puts it on
    # path closing.5, gold's closing.6 (MISSES-fields16)
    "real/holdout141": {"measures": 0.74, "units": 0.66, "deadlines": 0.8, "thresholds": 0.75},
    "real/holdout142": {"measures": 0.98, "units": 0.66, "deadlines": 0.9, "thresholds": 1.0},
    # 143–158: measured as unseen in session 13 on its start code (each set's README), then on rounds 1 and 2; floors of the final code
    "real/holdout143": {"measures": 0.93, "units": 0.75, "deadlines": 0.9, "thresholds": 1.0},
    # (units 0.7 → 0.66, h/units12: ot10's 各地区要… is now found, but the split puts that closing paragraph on path 2)
    "real/holdout144": {"measures": 0.89, "units": 0.66, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout145": {"measures": 0.93, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout146": {"measures": 1.0, "units": 0.95, "deadlines": 1.0, "thresholds": 0.72},
    "real/holdout147": {"measures": 0.63, "units": 0.0, "deadlines": 1.0, "thresholds": 0.66},
    "real/holdout148": {"measures": 0.92, "units": 0.0, "deadlines": 1.0, "thresholds": 0.88},
    "real/holdout149": {"measures": 0.95, "units": 0.91, "deadlines": 1.0, "thresholds": 0.88},
    "real/holdout150": {"measures": 1.0, "units": 0.68, "deadlines": 0.77, "thresholds": 1.0},
    "real/holdout151": {"measures": 0.93, "units": 0.82, "deadlines": 0.83, "thresholds": 0.86},
    "real/holdout152": {"measures": 0.92, "units": 0.84, "deadlines": 0.58, "thresholds": 1.0},
    "real/holdout153": {"measures": 0.96, "units": 0.9, "deadlines": 0.87, "thresholds": 0.83},
    "real/holdout154": {"measures": 0.95, "units": 1.0, "deadlines": 0.4, "thresholds": 0.87},
    "real/holdout155": {"measures": 0.92, "units": 0.84, "deadlines": 0.66, "thresholds": 0.76},
    "real/holdout156": {"measures": 1.0, "units": 0.4, "deadlines": 1.0, "thresholds": 0.95},
    "real/holdout157": {"measures": 0.92, "units": 0.9, "deadlines": 0.8, "thresholds": 0.85},
    "real/holdout158": {"measures": 0.84, "units": 0.54, "deadlines": 0.0, "thresholds": 0.83},
    # 159–181: measured as unseen in session 14 on its start code (each set's README), then on each round; floors of round 2's code (179–181: the final code)
    "real/holdout159": {"measures": 1.0, "units": 0.75, "deadlines": 0.85, "thresholds": 0.97},
    "real/holdout160": {"measures": 0.96, "units": 0.88, "deadlines": 0.94, "thresholds": 1.0},
    "real/holdout161": {"measures": 0.98, "units": 0.84, "deadlines": 1.0},
    "real/holdout162": {"measures": 0.73, "units": 0.95, "deadlines": 0.85, "thresholds": 0.71},
    "real/holdout163": {"measures": 0.95, "units": 0.94, "deadlines": 0.66, "thresholds": 0.77},
    "real/holdout164": {"measures": 0.84, "units": 0.2, "deadlines": 0.8, "thresholds": 0.64},
    "real/holdout165": {"measures": 1.0, "units": 0.73, "deadlines": 0.5, "thresholds": 0.94},
    "real/holdout166": {"measures": 0.93, "units": 0.97, "deadlines": 0.8, "thresholds": 0.9},
    "real/holdout167": {"measures": 0.97, "units": 0.73, "deadlines": 0.75, "thresholds": 0.81},
    "real/holdout168": {"measures": 0.86, "units": 0.18, "deadlines": 0.7, "thresholds": 0.89},
    "real/holdout169": {"measures": 1.0, "units": 0.9, "deadlines": 1.0, "thresholds": 0.92},
    "real/holdout170": {"measures": 0.88, "units": 0.72, "thresholds": 0.69},
    "real/holdout171": {"measures": 0.98, "units": 0.63, "deadlines": 0.5, "thresholds": 0.89},
    "real/holdout172": {"measures": 0.98, "units": 0.68, "deadlines": 0.33, "thresholds": 0.96},
    "real/holdout173": {"measures": 0.82, "units": 0.91, "deadlines": 0.66, "thresholds": 0.83},
    "real/holdout174": {"measures": 0.77, "units": 0.79, "deadlines": 0.75, "thresholds": 0.67},
    "real/holdout175": {"measures": 0.67, "units": 0.27, "deadlines": 0.5, "thresholds": 0.87},
    "real/holdout176": {"measures": 0.98, "units": 0.86, "thresholds": 1.0},
    "real/holdout177": {"measures": 0.92, "units": 0.8, "deadlines": 1.0, "thresholds": 0.63},
    "real/holdout178": {"measures": 0.68, "units": 0.63, "deadlines": 1.0, "thresholds": 0.66},
    "real/holdout179": {"measures": 1.0, "units": 0.95, "deadlines": 0.92, "thresholds": 0.95},
    "real/holdout180": {"measures": 0.71, "units": 1.0, "deadlines": 0.82, "thresholds": 0.86},
    "real/holdout181": {"measures": 1.0, "units": 0.7, "deadlines": 1.0, "thresholds": 0.81},
    # 182 deadlines: qf01's bare `3月8日上课` set to a from-deadline by ADJUDICATION Q6 (session 19, h/gold20); the rule
    # reads a school's dated start only with 正式/正常 before 上课
    "real/holdout182": {"measures": 1.0, "units": 0.77, "deadlines": 0.8, "thresholds": 0.97},
    "real/holdout183": {"measures": 0.96, "units": 0.72, "deadlines": 0.8, "thresholds": 0.9},
    "real/holdout184": {"measures": 0.91, "units": 0.82, "deadlines": 0.66, "thresholds": 0.85},
    "real/holdout185": {"measures": 0.8, "units": 0.4, "deadlines": 0.83, "thresholds": 0.5},
    "real/holdout186": {"measures": 0.86, "units": 0.92, "deadlines": 0.66, "thresholds": 0.92},
    "real/holdout187": {"measures": 0.98, "units": 0.48, "deadlines": 0.61, "thresholds": 0.92},
    "real/holdout188": {"measures": 0.79, "units": 0.66, "deadlines": 0.85, "thresholds": 0.85},
    "real/holdout189": {"measures": 0.92, "units": 0.52, "deadlines": 0.63, "thresholds": 0.83},
    "real/holdout190": {"measures": 1.0, "units": 0.8, "deadlines": 0.88, "thresholds": 1.0},
    "real/holdout191": {"measures": 1.0, "units": 0.91, "deadlines": 0.8, "thresholds": 0.85},
    "real/holdout192": {"measures": 0.99, "units": 0.87, "deadlines": 0.8, "thresholds": 0.87},
    "real/holdout193": {"measures": 0.87, "units": 0.8, "deadlines": 0.8, "thresholds": 0.98},
    "real/holdout194": {"measures": 0.88, "units": 0.0, "deadlines": 1.0, "thresholds": 0.76},
    "real/holdout195": {"measures": 0.98, "units": 0.46, "deadlines": 0.83, "thresholds": 0.97},
    "real/holdout196": {"measures": 0.93, "units": 0.86, "deadlines": 0.88, "thresholds": 0.74},
    "real/holdout197": {"measures": 0.97, "units": 0.68, "deadlines": 0.66, "thresholds": 1.0},
    "real/holdout198": {"measures": 0.85, "units": 0.8, "deadlines": 0.7, "thresholds": 0.77},
    "real/holdout199": {"measures": 0.96, "units": 0.35, "deadlines": 0.85, "thresholds": 0.8},
    "real/holdout200": {"measures": 0.91, "units": 0.68, "deadlines": 0.75, "thresholds": 0.82},
    "real/holdout201": {"measures": 0.93, "units": 0.48, "deadlines": 0.9, "thresholds": 0.72},
    "real/holdout202": {"measures": 0.83, "units": 0.44, "deadlines": 0.88, "thresholds": 0.85},
    "real/holdout203": {"measures": 0.71, "units": 0.23, "deadlines": 0.61, "thresholds": 0.43},
    "real/holdout204": {"measures": 0.8, "units": 0.94, "deadlines": 0.53, "thresholds": 0.69},
    "real/holdout205": {"measures": 0.82, "units": 0.4, "deadlines": 0.88, "thresholds": 0.83},
    "real/holdout206": {"measures": 0.83, "units": 0.93, "deadlines": 0.25, "thresholds": 0.68},
    "real/holdout207": {"measures": 0.98, "units": 0.78, "deadlines": 1.0, "thresholds": 0.73},
    "real/holdout208": {"measures": 0.92, "units": 0.33, "deadlines": 0.8, "thresholds": 0.86},
    "real/holdout209": {"measures": 0.9, "units": 0.6, "deadlines": 0.66, "thresholds": 0.82},
    "real/holdout210": {"measures": 0.85, "units": 0.28, "deadlines": 0.88, "thresholds": 0.78},
    "real/holdout211": {"measures": 0.94, "units": 0.64, "deadlines": 0.6, "thresholds": 0.93},
    "real/holdout212": {"measures": 0.96, "units": 0.76, "deadlines": 0.88, "thresholds": 1.0},
    "real/holdout213": {"measures": 0.92, "units": 0.9, "deadlines": 0.8, "thresholds": 0.95},
    "real/holdout214": {"measures": 0.91, "units": 0.45, "deadlines": 0.66, "thresholds": 0.75},
    "real/holdout215": {"measures": 0.94, "units": 0.66, "deadlines": 1.0, "thresholds": 0.93},
    "real/holdout216": {"measures": 0.85, "units": 0.6, "deadlines": 1.0, "thresholds": 0.81},
    "real/holdout217": {"measures": 0.68, "units": 0.6, "deadlines": 0.74, "thresholds": 0.76},
    "real/holdout218": {"measures": 0.87, "units": 0.6, "deadlines": 0.83, "thresholds": 0.82},
    "real/holdout219": {"measures": 0.99, "units": 0.64, "deadlines": 0.57, "thresholds": 0.93},
    "real/holdout220": {"measures": 0.91, "units": 1.0, "deadlines": 0.54, "thresholds": 0.72},
    "real/holdout221": {"measures": 0.94, "units": 0.19, "deadlines": 0.8, "thresholds": 0.93},
    "real/holdout222": {"measures": 0.98, "units": 0.28, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout223": {"measures": 0.95, "units": 0.69, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout224": {"measures": 0.96, "units": 0.82, "deadlines": 1.0, "thresholds": 0.91},
    "real/holdout225": {"measures": 1.0, "units": 0.74, "deadlines": 0.88, "thresholds": 0.76},
    "real/holdout226": {"measures": 0.95, "units": 0.68, "deadlines": 0.9, "thresholds": 0.66},
    "real/holdout227": {"measures": 0.94, "units": 0.73, "deadlines": 0.83, "thresholds": 0.9},
    "real/holdout228": {"measures": 1.0, "units": 0.66, "deadlines": 1.0, "thresholds": 0.76},
    "real/holdout229": {"measures": 1.0, "units": 0.89, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout230": {"measures": 0.81, "units": 0.57, "deadlines": 0.5, "thresholds": 0.64},
    "real/holdout231": {"measures": 0.81, "units": 0.66, "deadlines": 0.66, "thresholds": 0.75},
    "real/holdout232": {"measures": 0.92, "units": 0.77, "deadlines": 1.0, "thresholds": 0.75},
    "real/holdout233": {"measures": 0.73, "units": 0.72, "deadlines": 0.8, "thresholds": 1.0},
    "real/holdout234": {"measures": 1.0, "units": 0.88, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout235": {"measures": 1.0, "units": 0.83, "deadlines": 1.0, "thresholds": 0.75},
    "real/holdout236": {"measures": 0.91, "units": 0.71, "deadlines": 1.0, "thresholds": 0.52},
    # 237–263: 237–250 measured as unseen in session 17, 251–263 in session 18 (each set's README), then looked at but
    # 258 and 261–263; floors of session 18's final code
    "real/holdout237": {"measures": 1.0, "units": 0.66, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout238": {"measures": 0.66, "units": 0.9, "deadlines": 0.66, "thresholds": 0.93},
    "real/holdout239": {"measures": 0.93, "units": 0.84, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout240": {"measures": 0.98, "units": 0.73, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout241": {"measures": 0.78, "units": 0.82, "deadlines": 0.9, "thresholds": 0.76},
    "real/holdout242": {"measures": 0.98, "units": 0.92, "deadlines": 0.8, "thresholds": 0.95},
    "real/holdout243": {"measures": 0.82, "units": 0.5, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout244": {"measures": 1.0, "units": 0.97, "deadlines": 1.0, "thresholds": 0.87},
    "real/holdout245": {"measures": 0.91, "units": 0.96, "deadlines": 1.0, "thresholds": 0.92},
    "real/holdout246": {"measures": 0.69, "units": 0.07, "deadlines": 0.66, "thresholds": 0.13},
    "real/holdout247": {"measures": 0.92, "units": 0.76, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout248": {"measures": 0.9, "units": 0.66, "deadlines": 0.85, "thresholds": 0.78},
    "real/holdout249": {"measures": 0.85, "units": 0.66, "deadlines": 0.66, "thresholds": 1.0},
    "real/holdout250": {"measures": 0.94, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout251": {"measures": 0.94, "units": 1.0, "deadlines": 1.0, "thresholds": 0.9},
    "real/holdout252": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout253": {"measures": 0.94, "units": 0.73, "deadlines": 0.5, "thresholds": 0.9},
    "real/holdout254": {"measures": 0.87, "units": 1.0, "deadlines": 0.0, "thresholds": 1.0},
    "real/holdout255": {"measures": 0.98, "units": 0.89, "deadlines": 0.9, "thresholds": 1.0},
    "real/holdout256": {"measures": 0.95, "units": 0.94, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout257": {"measures": 1.0, "units": 0.66, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout258": {"measures": 0.93, "units": 0.66, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout259": {"measures": 0.95, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout260": {"measures": 0.98, "units": 0.96, "deadlines": 1.0, "thresholds": 0.97},
    "real/holdout261": {"measures": 0.91, "units": 1.0, "deadlines": 0.9, "thresholds": 1.0},
    "real/holdout262": {"measures": 0.96, "units": 0.85, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout263": {"measures": 1.0, "units": 0.84, "deadlines": 0.0, "thresholds": 0.8},
    # 264–277, 279–281: measured as unseen in session 19 on its start code (each set's README), not looked at; floors of
    # session 19's final code
    "real/holdout264": {"measures": 0.9, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout265": {"measures": 1.0, "units": 1.0, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout266": {"measures": 0.95, "units": 0.92, "deadlines": 0.85, "thresholds": 0.92},
    "real/holdout267": {"measures": 0.98, "units": 0.98, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout268": {"measures": 0.96, "units": 0.85, "deadlines": 0.66, "thresholds": 1.0},
    "real/holdout269": {"measures": 0.92, "units": 0.83, "deadlines": 0.87, "thresholds": 0.84},
    "real/holdout270": {"measures": 0.8, "units": 0.95, "deadlines": 0.66, "thresholds": 0.74},
    "real/holdout271": {"measures": 0.95, "units": 0.7, "deadlines": 0.88, "thresholds": 0.94},
    "real/holdout272": {"measures": 1.0, "units": 0.92, "deadlines": 0.94, "thresholds": 0.9},
    "real/holdout273": {"measures": 1.0, "units": 0.92, "deadlines": 0.8, "thresholds": 0.97},
    "real/holdout274": {"measures": 0.96, "units": 0.94, "deadlines": 1.0, "thresholds": 0.82},
    "real/holdout275": {"measures": 0.95, "units": 0.66, "deadlines": 0.57, "thresholds": 0.75},
    "real/holdout276": {"measures": 0.93, "units": 0.55, "deadlines": 0.85, "thresholds": 1.0},
    "real/holdout277": {"measures": 0.9, "units": 0.77, "deadlines": 1.0, "thresholds": 0.85},
    "real/holdout279": {"measures": 0.95, "units": 0.66, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout280": {"measures": 0.96, "units": 0.8, "deadlines": 1.0, "thresholds": 1.0},
    "real/holdout281": {"measures": 0.88, "units": 0.58, "deadlines": 1.0, "thresholds": 0.92},
    "real/grow1": {"measures": 0.98, "units": 0.98, "deadlines": 1.0, "thresholds": 0.8},
    "real/grow2": {"measures": 0.93, "units": 1.0, "deadlines": 1.0, "thresholds": 0.97},
    "real/grow3": {"measures": 0.98, "units": 1.0, "deadlines": 1.0, "thresholds": 0.87},
    "real/grow4": {"measures": 0.98, "units": 0.9, "deadlines": 1.0, "thresholds": 0.91},
}


def scores_of(gold_dir: Path) -> dict[str, dict]:
    scores = {name: Score() for name in METRICS}
    for path in sorted(gold_dir.glob("*.json")):
        gold = read_gold(path)
        if not isinstance(gold, dict) or gold.get("kind") == "news" or "paragraphs" not in gold:
            continue  # measures of news pages are not scored
        if gold.get("measures_annotated") is False:
            continue  # annotated for metadata and paragraphs only (the w… held-out pages)
        city = issuing_city(gold.get("issuer"), gold.get("title"))
        measures = extract_measures(gold["paragraphs"], city, issuer=gold.get("issuer"))
        score_measures(gold, {"measures": [m.to_dict() for m in measures]}, scores)
    return {name: s.as_dict() for name, s in scores.items()}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict]:
    return {name: scores_of(DATA / name / "gold") for name in FLOORS if (DATA / name / "gold").is_dir()}


@pytest.mark.parametrize("corpus,metric", [(c, m) for c in FLOORS for m in FLOORS[c]])
def test_figures_hold(figures, corpus, metric):
    if corpus not in figures:
        pytest.skip(f"tests/data/{corpus} is not in this checkout")
    assert figures[corpus][metric]["f1"] >= FLOORS[corpus][metric], figures[corpus][metric]

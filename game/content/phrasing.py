"""How people phrase an item, and the shorter forms a look-up tries: the words around a name that
never change its bin (用过的, 旧, 一个 …, and 发霉的 for food only), the words that do (脏, 碎 …), a
spoken 子, a note in brackets, a 的 between two words, an "empty container" ending, and English
plurals. :class:`~game.content.dictionary.ItemDictionary` looks each form up; nothing here knows
any item.

>>> normalise("  Ｘ 光片！ "), "电池" in peeled("废旧电池之类"), "电池" in peeled("脏电池")
('x光片', True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: Who or where a thing is for (儿童水杯 is a 水杯): never what it is made of, which can change the bin.
_FOR_WHOM = (
    *("儿童", "小孩", "小孩子", "孩子", "宝宝", "婴儿", "婴幼儿", "幼儿", "学生", "小学生", "女士", "男士"),
    *("女式", "男式", "女款", "男款", "女生", "男生", "女孩", "男孩", "老人", "老年人", "成人", "大人", "情侣"),
    *("亲子", "家用", "家庭", "车载", "户外", "办公", "办公室", "学校", "宿舍", "旅行", "旅游"),
)

# Words that often surround an item name without changing which bin it goes in. Longest first,
# so that 用过的 is removed whole rather than leaving 过的. Words that can change the bin are
# deliberately absent (see BIN_CHANGING_WORDS): a dirty carton sorts differently from a clean one,
# a broken tube differently from a whole one in some cities.
PREFIXES = tuple(
    sorted(
        (
            "用过的",
            "用过",
            "用完的",
            "用完",
            "用剩的",
            "吃剩的",
            "吃剩",
            "喝完的",
            "喝剩的",
            "废弃的",
            "废弃",
            "废旧的",
            "废旧",
            "坏掉的",
            "坏了的",
            "坏的",
            "旧的",
            "过期的",
            "过期",
            "剩下的",
            "吃剩下的",
            "吃剩下",
            "吃过的",
            "喝过的",
            "剩余的",
            "剩余",
            "用剩下的",
            "各类",
            "各种",
            "各式",
            "剩下",
            "剩的",
            "坏了",
            "坏掉",
            "一些",
            "一个",
            "一只",
            "一张",
            "一块",
            "一片",
            "一瓶",
            "一袋",
            "一盒",
            "一根",
            "一节",
            "一堆",
            "几个",
            "使用过的",
            "使用过",
            "用的",
            "咬过的",
            "抽完的",
            "抽过的",
            "不要的",
            "不用的",
            "没用的",
            "扔掉的",
            "丢掉的",
            "家里的",
            "家用的",
            "穿不下的",
            "穿小了的",
            "小了的",
            "不穿的",
            "不合身的",
            "闲置的",
            "多余的",
            "剩下来的",
            "玩过的",
            "不玩的",
            "看过的",
            "看完的",
            "读过的",
            *(f"{colour}色{end}" for colour in "红橙黄绿青蓝紫黑白灰粉棕彩" for end in ("的", "")),
            "废",
            "旧",
            "坏",
        ),
        key=len,
        reverse=True,
    )
)
#: Words that say who or where a thing is for, its size or look, how many, or what happened to it
#: (儿童水杯 is a 水杯, 一双袜子 are 袜子). Removed from what a player says, like :data:`PREFIXES`, but
#: a plain word is not indexed under an entry that carries one (衣服 must not find 老人衣服).
DESCRIBING_PREFIXES = tuple(
    sorted(
        (
            # Who or where a thing is for, its size or look: a child's cup is still a cup.
            *(f"{who}{end}" for who in _FOR_WHOM for end in ("的", "")),
            *("大号", "小号", "中号", "大号的", "小号的", "迷你", "加大", "加厚", "加厚的", "加长", "卡通", "透明"),
            *("便携", "便携式", "可爱的", "新的", "空的"),
            # How many: 一双 袜子, 半瓶 酱油.
            *(
                f"{count}{unit}"
                for count in ("一", "两", "半", "几")
                for unit in "盆束双把件条包罐碗杯副支颗粒捆沓叠本套台部桶筐箱串朵棵株枝只"
            ),
            # What happened to it, without saying it got dirty or broken into pieces.
            *("戴过的", "穿过的", "穿旧的", "用旧的", "用坏的", "摔坏的", "弄坏的", "坏掉了的", "报废的", "淘汰的"),
            *("损坏的", "不能用的", "用不了的", "不要了的", "没用了的", "过期了的", "拆下来的", "换下来的", "吃完的"),
        ),
        key=len,
        reverse=True,
    )
)

_COOKED = (
    *("烤", "烤的", "烤熟的", "生", "生的", "熟", "熟的", "卤", "卤的", "炸", "炸的", "油炸", "炒", "炒的"),
    *("红烧", "凉拌", "煮", "煮的", "煮熟的", "水煮", "腌", "腌的", "腌制", "腌制的", "蒸", "蒸的", "清蒸"),
    *("炖", "炖的", "煎", "煎的", "清炒", "爆炒", "麻辣", "香辣", "蒜蓉", "干锅", "韩式", "日式", "意式"),
    *("西式", "中式", "速冻", "冷冻", "冻", "冻的", "风干", "腊", "咸", "甜", "酸", "鲜", "新鲜", "新鲜的"),
    *("干", "干的", "家常", "自制", "自制的", "进口", "有机", "野生", "散装", "冰镇", "糖醋", "椒盐", "五香"),
    *("香煎", "白灼", "葱油", "蒜香", "黑椒", "泡椒", "酸辣", "红油", "孜然", "烧烤", "铁板", "炭烤", "烘焙"),
    *("油焖", "干煸", "白切", "盐焗", "酱爆", "焖", "烧", "烩"),
)

#: Words that say food has gone off or was not eaten: they leave food in its bin but not other
#: things (发霉的面包 is still kitchen waste, 发霉的纸箱 is no longer recyclable), so they are removed
#: only when what is left names kitchen waste.
FOOD_STATE_PREFIXES = tuple(
    sorted(
        (
            *("发霉的", "发霉", "变质的", "变质", "烂掉的", "烂了的", "烂的", "烂", "腐烂的"),
            *("馊了的", "馊掉的", "馊的", "吃不完的", "喝不完的", "吃不了的", "没吃的"),
            *("冷掉的", "凉了的", "隔夜", "隔夜的", "啃过的", "吃了一半的", "咬了一口的", "泡过的", "泡发的"),
            *("剥下的", "剥下来的", "切下的", "切下来的", "削下的", "削下来的", "晒干的", "风干的"),
            # A plant that has died is still a plant (with the bins plants have).
            *("枯萎的", "枯死的", "养死的", "死掉的", "死了的", "凋谢的", "干枯的", "蔫了的", "蔫的"),
            # How food is cooked, kept or bought: 红烧 肉 is meat, 速冻 饺子 are dumplings.
            *_COOKED,
        ),
        key=len,
        reverse=True,
    )
)

#: Forms food is made into (芒果干, 鸡肉丝, 南瓜粥): dropped only when what is left is food that is
#: kitchen waste everywhere (a bone in a soup is not: some cities treat bones apart).
FOOD_FORM_SUFFIXES = tuple(
    sorted(
        (
            "肉",
            "汤",
            "干",
            "粉",
            "饼",
            "块",
            "饭",
            "面",
            "酱",
            "粥",
            "丝",
            "糕",
            "卷",
            "馅",
            "汁",
            "粒",
            "羹",
            "糊",
            "丁",
            "末",
        ),
        key=len,
        reverse=True,
    )
)

#: Words that change which bin an item goes in; never removed from what a player says.
BIN_CHANGING_WORDS = ("脏", "干净", "碎", "破", "没洗", "洗过", "没吃完", "沾", "油腻", "湿")

SUFFIXES = tuple(
    sorted(
        ("之类的", "之类", "等等", "等", "们", "儿", "属于什么垃圾", "是什么垃圾", "属于哪类垃圾", "属于", "类"),
        key=len,
        reverse=True,
    )
)
#: Objects people name with a spoken 子 (瓶子, 盒子, 袋子 …): 塑料瓶子 is a 塑料瓶. Only after these
#: characters is a final 子 dropped, and only from three characters up: 瓜子 is not 瓜, 包子 not 包.
_ZI_OBJECTS = frozenset(
    "瓶罐盒袋箱桶杯盆篮筐碟盘盖壳套夹绳刷梳剪锤钳镜帘垫被裤袜鞋帽毯柜桌椅凳本盅管链扣钩筒罩架叉勺筷铲刀锅"
)

_STRIP = " \t\r\n,.;:!?'\"()[]{}<>`~-_=+*/\\|，。；：！？、“”‘’（）【】《》「」『』…·"


def normalise(text: str) -> str:
    """Fold full-width forms, case and inner spaces so that names compare equal.

    >>> normalise("  Ｘ 光片！ ")
    'x光片'
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(folded.split()).strip(_STRIP)


#: English words around a name that do not change the bin ("old newspaper", "a used tissue").
_EN_LEADING = frozenset(("a", "an", "the", "some", "my", "old", "used", "waste", "leftover", "expired", "rotten"))


def english_forms(text: str) -> list[str]:
    """Normalised shorter forms of an English phrase: leading filler words removed, plural made
    singular ("some old newspapers" → "newspapers", "newspaper").

    >>> english_forms("Some old Newspapers"), english_forms("batteries")
    (['newspapers', 'newspaper'], ['battery'])
    """
    words = unicodedata.normalize("NFKC", text).lower().split()
    if not words or not all(word.isascii() for word in words):
        return []
    while len(words) > 1 and words[0] in _EN_LEADING:
        words = words[1:]
    out = []
    joined = "".join(words).strip(_STRIP)
    if joined != normalise(text):
        out.append(joined)
    last = words[-1]
    single = _singular(last)
    if single != last:
        out.append("".join([*words[:-1], single]).strip(_STRIP))
    return [form for form in dict.fromkeys(out) if form]


#: Plurals that are not the plural of what they look like (glasses are spectacles, not glass).
_EN_KEEP = frozenset(("glasses", "clothes", "scissors", "trousers", "pants", "shorts", "jeans", "chopsticks"))


def _singular(word: str) -> str:
    if word in _EN_KEEP or len(word) < 4 or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


#: Ways of saying "an empty container" that name the same thing as the container (沐浴露塑料空瓶 is a
#: 沐浴露瓶): a container entry is the emptied container.
_CONTAINER_ENDINGS = (
    ("塑料空瓶", "瓶"),
    ("玻璃空瓶", "瓶"),
    ("空瓶子", "瓶"),
    ("空瓶", "瓶"),
    ("瓶子", "瓶"),
    ("空罐子", "罐"),
    ("空罐", "罐"),
    ("空盒子", "盒"),
    ("空盒", "盒"),
)


def container_forms(key: str) -> list[str]:
    """``key`` with an "empty container" ending said the short way (润肤霜玻璃空瓶 → 润肤霜瓶)."""
    for ending, short in _CONTAINER_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending):
            return [key[: -len(ending)] + short]
    return []


#: A note in brackets after a name, as city lists write them: 纽扣（少量）, 大骨（如：猪腿骨）.
_BRACKETED = re.compile(r"^(?P<name>[^(\[]+)[(\[](?P<note>[^)\]]+)[)\]]?$")
#: A note that gives an example: 例如, 比如, 包括, or 如 with a colon (如果… and 如已… are conditions).
_EXAMPLE = re.compile(r"^(?:(?:例如|比如|包括)[:：]?|如[:：])")
#: Notes that only say how many: the only notes dropped (any other note may change the bin:
#: 纸箱（发霉） is no clean 纸箱).
_QUANTITY_NOTES = frozenset(("少量", "大量", "少许", "一个", "一些", "若干", "多个", "单个", "等", "等等", "之类"))


def bracket_forms(text: str) -> list[str]:
    """Keys for a name followed by a note in brackets, most specific first: the example a note
    gives (大骨（如：猪腿骨） → 猪腿骨), the note joined to the name (电池（无汞） → 无汞电池), and the
    name alone when the note only says how many (纽扣（少量） → 纽扣).

    >>> bracket_forms("大骨（如：猪腿骨）"), bracket_forms("5号电池（无汞）"), bracket_forms("纽扣（少量）")
    (['猪腿骨', '大骨'], ['无汞5号电池'], ['少量纽扣', '纽扣'])
    >>> bracket_forms("纸盒（如果沾了油）")
    ['如果沾了油纸盒']
    """
    match = _BRACKETED.match("".join(unicodedata.normalize("NFKC", text).lower().split()))
    if match is None:
        return []
    name, note = normalise(match["name"]), normalise(match["note"])
    if not name or not note:
        return []
    example = _EXAMPLE.match(note)
    if example is not None:
        first = normalise(re.split("[、,，/]", note[example.end() :])[0])
        return [form for form in (first, name) if form]
    return [note + name, name] if note in _QUANTITY_NOTES else [note + name]


def without_de(key: str) -> list[str]:
    """``key`` with a 的 between two words taken out (牛奶的盒子 → 牛奶盒子): every word is kept, so
    the thing and its bin stay the same; only an exact name is looked up with it.

    >>> without_de("牛奶的盒子"), without_de("的确良")
    (['牛奶盒子', '牛奶盒'], [])
    """
    inner = key.find("的", 1)
    if inner < 0 or inner == len(key) - 1:
        return []
    joined = key[:inner] + key[inner + 1 :]
    return [joined, *container_forms(joined), *(short for short in strip_once(joined) if joined.endswith("子"))]


def _by_edge(words: tuple[str, ...], edge: int) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in words:  # kept longest first
        out.setdefault(word[edge], []).append(word)
    return {ch: tuple(group) for ch, group in out.items()}


_PREFIXES_BY_FIRST = _by_edge(PREFIXES, 0)
_DESCRIBING_BY_FIRST = _by_edge(DESCRIBING_PREFIXES, 0)
_SUFFIXES_BY_LAST = _by_edge(SUFFIXES, -1)
_FOOD_STATES_BY_FIRST = _by_edge(FOOD_STATE_PREFIXES, 0)
_FOOD_FORMS_BY_LAST = _by_edge(FOOD_FORM_SUFFIXES, -1)


def food_readings(key: str) -> Iterator[tuple[str, bool]]:
    """What ``key`` names if it is food with a cooking or keeping word before it (红烧带鱼 → 带鱼)
    or a form it is made into after it (带鱼汤 → 带鱼), longest word first; the flag says the word
    was an ending. Only food may be read this way: the caller checks what is left.

    >>> list(food_readings("红烧带鱼汤"))
    [('带鱼汤', False), ('红烧带鱼', True)]
    """
    for prefix in _FOOD_STATES_BY_FIRST.get(key[:1], ()):
        if key.startswith(prefix) and len(key) > len(prefix):
            yield key[len(prefix) :], False
    for suffix in _FOOD_FORMS_BY_LAST.get(key[-1:], ()):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            yield key[: -len(suffix)], True


def strip_once(key: str, *, describing: bool = True) -> Iterator[str]:
    """``key`` with one bin-neutral word taken off either end (``describing``: also 儿童, 一双 …)."""
    if not key:
        return
    groups = (_PREFIXES_BY_FIRST, _DESCRIBING_BY_FIRST) if describing else (_PREFIXES_BY_FIRST,)
    for group in groups:
        for prefix in group.get(key[0], ()):
            if key.startswith(prefix) and len(key) > len(prefix):
                yield key[len(prefix) :]
    for suffix in _SUFFIXES_BY_LAST.get(key[-1], ()):
        if key.endswith(suffix) and len(key) > len(suffix):
            yield key[: -len(suffix)]
    if len(key) >= 3 and key[-1] == "子" and key[-2] in _ZI_OBJECTS:
        yield key[:-1]


def peeled(key: str, shortest: int = 1, *, describing: bool = True) -> Iterator[str]:
    """Every shorter form of ``key`` with bin-neutral words removed (up to three), nearest first.

    >>> list(peeled("一双旧手套")), list(peeled("一双旧手套", describing=False))
    (['旧手套', '手套'], [])
    """
    frontier = [key]
    seen = {key}
    for _ in range(3):
        next_frontier = []
        for current in frontier:
            for shorter in strip_once(current, describing=describing):
                if shorter not in seen and len(shorter) >= shortest:
                    seen.add(shorter)
                    next_frontier.append(shorter)
                    yield shorter
        frontier = next_frontier

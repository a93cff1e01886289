"""Pinyin with tone marks for the words of this game, for children who are learning to read.

pypinyin reads most text well but its defaults are wrong for garbage sorting: 干 in 干垃圾, 饼干,
果干 and 晒干 is gān (dry), not gàn; 头发 is tóu fa; 长 in 长头发 is cháng. The readings below
correct it for this domain; they were checked by hand against 《现代汉语词典》 (tests hold 150+ of
them). pypinyin and its dictionaries are loaded on first use only (a quarter of a second).

>>> pinyin_line("干垃圾")
'gān lā jī'
>>> pinyin_line("长头发")
'cháng tóu fa'
>>> [pair for pair in ruby("PVC地板")]
[('PVC', ''), ('地', 'dì'), ('板', 'bǎn')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

#: Characters that always read one way in this game, whatever pypinyin's phrases say, except inside
#: a word of :data:`_WORDS` (树干 shù gàn): its phrase list has 果干 and 鱼干 as gàn, and marks 一
#: and 不 with their changed tone in some words only (一次 yí cì, 一样 yī yàng). 一 and 不 keep
#: their own tone, as the rules for writing pinyin (GB/T 16159-2012) ask.
_CHARACTERS = {"干": "gān", "一": "yī", "不": "bù"}

#: Words pypinyin reads wrongly in this domain, with their readings (syllables separated by
#: spaces). They win wherever they occur, also inside a longer word (玻璃瓶, 豆腐干), so only words
#: that read the same in every context of this game belong here.
_WORDS = {
    "干垃圾": "gān lā jī",
    "晒干": "shài gān",
    "风干": "fēng gān",
    "树干": "shù gàn",
    "干活": "gàn huó",
    "干什么": "gàn shén me",
    "头发": "tóu fa",
    "长头发": "cháng tóu fa",
    "染发": "rǎn fà",
    "假发": "jiǎ fà",
    "发膜": "fà mó",
    "发簪": "fà zān",
    "发饰": "fà shì",
    "发圈": "fà quān",
    "发香喷雾": "fà xiāng pēn wù",
    "直发器": "zhí fà qì",
    "干发": "gān fà",
    "盘发器": "pán fà qì",
    "漂发剂": "piǎo fà jì",
    "长裙": "cháng qún",
    "长筒": "cháng tǒng",
    "长柄": "cháng bǐng",
    "软兜长鱼": "ruǎn dōu cháng yú",
    "弹涂鱼": "tán tú yú",
    "弹跳": "tán tiào",
    "调酒": "tiáo jiǔ",
    "茶调丸": "chá tiáo wán",
    "采血": "cǎi xuè",
    "长尾夹": "cháng wěi jiā",
    "长大衣": "cháng dà yī",
    "长靴": "cháng xuē",
    "长毛的": "zhǎng máo de",  # gone mouldy (长毛绒, plush, is cháng)
    "长毛了": "zhǎng máo le",
    "发夹": "fà jiā",
    "发带": "fà dài",
    "切菜": "qiē cài",
    "薄膜": "bó mó",
    "卷筒": "juǎn tǒng",
    "干部": "gàn bù",
    "枝干": "zhī gàn",
    "电子": "diàn zǐ",
    # the second syllable is toneless (轻声), as children's readers print it
    "豆腐": "dòu fu",
    "玻璃": "bō li",
    "葡萄": "pú tao",
    "衣服": "yī fu",
    "东西": "dōng xi",
    "核桃": "hé tao",
    "窗户": "chuāng hu",
    "扫帚": "sào zhou",
    "簸箕": "bò ji",
    "喇叭": "lǎ ba",
    "蘑菇": "mó gu",
    "芝麻": "zhī ma",
    "棉花": "mián hua",
    "风筝": "fēng zheng",
    "甘蔗": "gān zhe",
    "指甲": "zhǐ jia",
    "薄荷": "bò he",
    "数一数": "shǔ yi shǔ",
    "处理": "chǔ lǐ",
    "还是": "hái shì",
    "着火药": "zhe huǒ yào",
    "太长": "tài cháng",
    "长柱": "cháng zhù",
    # 地 after a manner word is the particle de
    **{
        f"{manner}地": f"{reading} de"
        for manner, reading in (
            ("慢慢", "màn màn"),
            ("轻轻", "qīng qīng"),
            ("好好", "hǎo hǎo"),
            ("仔细", "zǐ xì"),
            ("认真", "rèn zhēn"),
            ("小心", "xiǎo xīn"),
            ("大声", "dà shēng"),
            ("开心", "kāi xīn"),
            ("安全", "ān quán"),
            ("完整", "wán zhěng"),
            ("有限次", "yǒu xiàn cì"),
        )
    },
}
_LONGEST_FIRST = sorted(_WORDS, key=len, reverse=True)
#: 得 before a word of degree is the particle de (烂得很快, 多得多, 烧得更好), not dé (得到).
_DE_BEFORE = frozenset("很更像多太真越")


@functools.cache
def _converter() -> Callable[[str], list[list[str]]]:
    import pypinyin

    def keep(chunk: str) -> str:  # letters, digits and punctuation stay as they are
        return chunk

    def convert(text: str) -> list[list[str]]:
        return pypinyin.pinyin(text, style=pypinyin.Style.TONE, errors=keep)

    return convert


def _domain_readings(text: str) -> dict[int, str]:
    """Readings of the characters of :data:`_WORDS` found in ``text``, by index (longest words first)."""
    found: dict[int, str] = {}
    for word in _LONGEST_FIRST:
        start = text.find(word)
        while start >= 0:
            span = range(start, start + len(word))
            if not any(i in found for i in span):
                found.update(zip(span, _WORDS[word].split(), strict=True))
            start = text.find(word, start + 1)
    return found


@functools.cache
def _han_pattern() -> re.Pattern[str]:
    """pypinyin's own test for a character it reads (〇 and private-use hanzi included): the two
    must agree, or the readings would shift against the characters."""
    from pypinyin.constants import RE_HANS

    return re.compile(RE_HANS.pattern.lstrip("^").rstrip("$").removeprefix("(?:").removesuffix(")+"))


def _is_han(char: str) -> bool:
    return _han_pattern().fullmatch(char) is not None


def ruby(text: str) -> list[tuple[str, str]]:
    """``text`` as (characters, reading) pairs: one pair per Chinese character with its pinyin,
    and runs of anything else (letters, digits, punctuation) with an empty reading."""
    readings = iter(_converter()(text))
    ours = _domain_readings(text)
    out: list[tuple[str, str]] = []
    run = ""
    for index, char in enumerate(text):
        if _is_han(char):
            if run:
                out.append((run, ""))
                run = ""
            reading = next(readings, [""])[0]
            if char == "得" and index + 1 < len(text) and text[index + 1] in _DE_BEFORE and index not in ours:
                reading = "de"
            out.append((char, ours.get(index) or _CHARACTERS.get(char, reading)))
        else:
            if not run:  # pypinyin gives one entry for a whole run of non-Chinese characters
                next(readings, None)
            run += char
    if run:
        out.append((run, ""))
    return out


_OPENING = "「『（(《“‘[【"


def pinyin_line(text: str) -> str:
    """The pinyin of ``text`` on one line: syllables separated by spaces, punctuation kept next to
    the word it belongs to, letters and digits as they are.

    >>> pinyin_line("「节能灯」是什么？")
    '「jié néng dēng」 shì shén me？'
    """
    words: list[str] = []
    opening = ""
    for chars, reading in ruby(text):
        chunk = reading or chars.strip()
        if not chunk:
            continue
        if not reading and not any(ch.isalnum() for ch in chunk):  # punctuation
            closing = chunk.rstrip(_OPENING)
            if closing and words:
                words[-1] += closing
            elif closing:
                opening += closing
            opening += chunk[len(closing) :]
            continue
        words.append(opening + chunk)
        opening = ""
    if opening:
        words.append(opening)
    return " ".join(words)

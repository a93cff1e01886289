"""Labels of the window's screens: set-up, buttons, menus, hints.

Part of the one text table (:mod:`game.present.texts`); a test renders each of them with the
bundled font (``tests/window/test_strings.py``), so no label comes out as empty boxes.
"""

from __future__ import annotations

#: key → (Chinese, English); ``{name}``-style fields are filled by :func:`t`.
SCREENS: dict[str, tuple[str, str]] = {
    "title": ("垃圾分类飞行棋", "Garbage-Sorting Race"),
    # set-up
    "setup.heading": ("新游戏", "New game"),
    "setup.players": ("玩家人数", "Players"),
    "setup.person": ("真人", "Person"),
    "setup.difficulty": ("题目难度", "Questions"),
    "setup.bot_level": ("电脑水平", "Computer skill"),
    "setup.board": ("棋盘", "Board"),
    "setup.region": ("地区", "Region"),
    "setup.language": ("语言", "Language"),
    "setup.start": ("开始游戏", "Start"),
    "setup.start_hint": ("回车键开始", "Enter starts"),
    "setup.continue": ("继续上次的游戏", "Continue the last game"),
    "setup.name_hint": ("点名字可以改名（可以用输入法打中文）", "Click a name to change it"),
    "sound": ("声音", "Sound"),
    "setup.remember": ("记录", "Keep"),
    "setup.remember_hint": (
        "记录：多练常错的；拼音：题目标拼音",
        "Keep: practise what you missed; Py: pinyin",
    ),
    "setup.pinyin": ("拼音", "Pinyin"),
    "setup.pinyin.short": ("拼", "Py"),
    "setup.remember.short": ("记", "K"),
    "difficulty.1-1": ("简单", "Easy"),
    "difficulty.1-2": ("普通", "Medium"),
    "difficulty.1-3": ("全部", "All"),
    "difficulty.2-3": ("有挑战", "Hard"),
    "difficulty.custom": ("难度 {low}-{high}", "Level {low}-{high}"),
    "bot_level.easy": ("新手", "Beginner"),
    "bot_level.normal": ("普通", "Normal"),
    "bot_level.hard": ("高手", "Expert"),
    "bot_level.custom": ("答对 {percent}%", "{percent}% right"),
    "on": ("开", "on"),
    "off": ("关", "off"),
    # the game screen
    "game.roll": ("掷骰子", "Roll"),
    "game.roll_keys": ("空格键或回车", "Space or Enter"),
    "game.turn": ("轮到{name}了", "{name}'s turn"),
    "game.thinking": ("{name}正在想……", "{name} is thinking…"),
    "game.skips": ("暂停{n}轮", "misses {n}"),
    "game.question_square": ("{category}问答题", "{category} question"),
    "game.any_question": ("问答题", "Question"),
    "game.name_square": ("说出{count}个{category}", "Name {count} kinds of {category}"),
    "game.name_any": ("说出{count}种物品", "Name {count} items"),
    "game.effects": ("答对：{right}；答错：{wrong}", "Right: {right}; wrong: {wrong}"),
    # what happened (toasts)
    "event.no_sound": ("这台电脑没有可用的声音设备", "No sound device on this computer"),
    # question dialog
    "q.header": ("{name}来答题", "{name}'s question"),
    "q.header_review": ("复习 · {name}上次答错的题", "Review · {name} missed this before"),
    "q.classify_hint": ("点一个垃圾桶，或者按数字键 1-4", "Click a bin or press 1-4"),
    "q.choice_hint": ("点一个答案，或者按它的数字键", "Click an answer or press its number"),
    "q.truefalse_hint": ("点“对”或“错”，或者按 1 / 2", "Click True or False, or press 1 / 2"),
    "q.continue": ("继续", "Continue"),
    "q.continue_key": ("回车", "Enter"),
    "q.read_aloud": ("读题", "Read"),
    "about.credits": (
        "物品图片：OpenMoji（openmoji.org）和 fenleiqi 照它的样子画的图，都是 CC BY-SA 4.0"
        " · 字体：Noto Sans CJK（SIL OFL 1.1）",
        "Item pictures: OpenMoji (openmoji.org) and fenleiqi's own in its style, CC BY-SA 4.0"
        " · Font: Noto Sans CJK (SIL OFL 1.1)",
    ),
    "q.read_aloud_key": ("R 键", "R key"),
    # naming dialog
    "n.header": ("{name}来说一说", "{name}, name some items"),
    "n.type_hint": (
        "打字写下来，用空格或顿号分开，按回车提交",
        "Type them, separated by spaces or commas; Enter submits",
    ),
    "n.submit": ("提交", "Submit"),
    "n.facilitator": ("也可以说出来，由大人判断：", "Or say them aloud and a grown-up decides:"),
    "n.judge": ("大人来判断：", "A grown-up decides:"),
    "n.counts": ("✓ 算对", "✓ Counts"),
    "n.not_counts": ("× 不算", "× Doesn't count"),
    "n.said": ("{name}说：{text}", "{name} said: {text}"),
    "n.said_nothing": ("{name}是说出来的", "{name} said them aloud"),
    "l.generic": ("“{text}”要看是哪种", "“{text}”: it depends on the kind"),
    "n.auto_yes": ("自动判断：算对", "Automatic verdict: counts"),
    "n.auto_no": ("自动判断：不算", "Automatic verdict: doesn't count"),
    "n.enter_confirms": ("回车 = 同意自动判断", "Enter = agree with the automatic verdict"),
    # pause menu
    "p.title": ("暂停", "Paused"),
    "p.resume": ("继续玩", "Resume"),
    "p.save": ("保存", "Save"),
    "p.quit": ("保存并退出", "Save and quit"),
    "p.fullscreen": ("全屏", "Full screen"),
    "p.saved_to": ("已保存到 {path}", "Saved to {path}"),
    "p.keys": ("Esc 继续 · F11 全屏 · M 声音", "Esc resume · F11 full screen · M sound"),
    # end screen
    "e.winner": ("{name}赢了！", "{name} wins!"),
    "e.right_of": ("答对 {right}/{asked}", "{right}/{asked} right"),
    "e.tasks": ("说一说 {passed}/{tasks}", "naming {passed}/{tasks}"),
    "e.again": ("再玩一次", "Play again"),
    "e.quit": ("退出", "Quit"),
    "e.tabs_hint": ("点名字或按 ←/→ 看每个人的报告", "Click a name or press ←/→ for each report"),
    "e.more": ("下面还有，按 ↓ 或滚动鼠标", "More below: press ↓ or scroll"),
    # quick look-up
    "l.button": ("查一查", "Look up"),
    "l.key": ("L 键", "L key"),
    "l.header": ("{name}查一查", "{name} looks up an item"),
    "l.type_hint": ("输入物品名称，回车查找", "Type an item, then Enter"),
    "l.search": ("查找", "Look up"),
    "l.close": ("关闭", "Close"),
    "l.hint": (
        "不知道放哪个桶？输入物品的名字查一查。查过的物品会写进学习报告。",
        "Not sure which bin? Type the item's name. Look-ups are listed in the learning report.",
    ),
    "l.found": ("{item} → {category}", "{item} → {category}"),
    "l.unknown": ("没有找到“{text}”", "“{text}” was not found"),
    "l.did_you_mean": ("你是不是想找（点一下就查）：", "Did you mean (click one):"),
    "l.which_kind": ("是哪一种？（点一下就查）：", "Which kind? (click one):"),
}

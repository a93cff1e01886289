"""Every text the window shows that does not come from the content, in Chinese and English.

Keeping them in one table lets a test render each of them with the bundled font
(``tests/window/test_strings.py``), so that no label ever comes out as empty boxes.

>>> t("game.turn", "zh", name="小明")
'轮到小明了'
>>> t("game.turn", "en", name="Ming")
"Ming's turn"
"""

from __future__ import annotations

from game.errors import Lang

#: key → (Chinese, English); ``{name}``-style fields are filled by :func:`t`.
UI: dict[str, tuple[str, str]] = {
    "title": ("垃圾分类飞行棋", "Garbage-Sorting Race"),
    # set-up
    "setup.heading": ("新游戏", "New game"),
    "setup.players": ("玩家人数", "Players"),
    "setup.person": ("真人", "Person"),
    "setup.bot": ("电脑", "Computer"),
    "setup.default_name": ("玩家{n}", "Player {n}"),
    "setup.bot_name": ("电脑{n}", "Computer {n}"),
    "setup.difficulty": ("题目难度", "Questions"),
    "setup.bot_level": ("电脑水平", "Computer skill"),
    "setup.board": ("棋盘", "Board"),
    "setup.region": ("地区", "Region"),
    "setup.language": ("语言", "Language"),
    "setup.start": ("开始游戏", "Start"),
    "setup.start_hint": ("回车键开始", "Enter starts"),
    "setup.continue": ("继续上次的游戏", "Continue the last game"),
    "setup.name_hint": ("点名字可以改名（可以用输入法打中文）", "Click a name to change it"),
    "setup.sound": ("声音", "Sound"),
    "setup.remember": ("记录", "Keep"),
    "setup.remember_hint": ("“记录”：记住学习记录，下次多练常错的", "Keep: remember a player's learning history"),
    "difficulty.1-1": ("简单", "Easy"),
    "difficulty.1-2": ("普通", "Medium"),
    "difficulty.1-3": ("全部", "All"),
    "difficulty.2-3": ("有挑战", "Hard"),
    "difficulty.custom": ("难度 {low}-{high}", "Level {low}-{high}"),
    "bot_level.easy": ("新手", "Beginner"),
    "bot_level.normal": ("普通", "Normal"),
    "bot_level.hard": ("高手", "Expert"),
    "bot_level.custom": ("答对 {percent}%", "{percent}% right"),
    "lang.zh": ("中文", "中文"),
    "lang.en": ("English", "English"),
    "on": ("开", "on"),
    "off": ("关", "off"),
    # the game screen
    "game.roll": ("掷骰子", "Roll"),
    "game.roll_keys": ("空格键或回车", "Space or Enter"),
    "game.turn": ("轮到{name}了", "{name}'s turn"),
    "game.thinking": ("{name}正在想……", "{name} is thinking…"),
    "game.on_square": ("第{n}格", "square {n}"),
    "game.start": ("起点", "Start"),
    "game.finish": ("终点", "Finish"),
    "game.skips": ("暂停{n}轮", "misses {n}"),
    "game.menu": ("菜单", "Menu"),
    "game.menu_key": ("Esc", "Esc"),
    "game.sound": ("声音", "Sound"),
    "game.kind.tip": ("小知识", "Tip"),
    "game.kind.plain": ("", ""),
    "game.kind.question": ("答题", "Question"),
    "game.kind.name_items": ("说一说", "Name items"),
    "game.kind.jump": ("跳一跳", "Jump"),
    "game.kind.skip": ("暂停", "Miss a turn"),
    "game.kind.roll_again": ("再掷一次", "Roll again"),
    "game.question_square": ("{category}问答题", "{category} question"),
    "game.any_question": ("问答题", "Question"),
    "game.name_square": ("说出{count}个{category}", "Name {count} kinds of {category}"),
    "game.name_any": ("说出{count}种物品", "Name {count} items"),
    "game.effects": ("答对：{right}；答错：{wrong}", "Right: {right}; wrong: {wrong}"),
    "game.jump_square": ("跳到第{n}格", "jump to square {n}"),
    # what happened (toasts)
    "event.skipped": ("{name}这一轮暂停", "{name} misses this turn"),
    "event.roll_again": ("{name}再掷一次！", "{name} rolls again!"),
    "event.skips_added": ("{name}要暂停{n}轮", "{name} will miss {n} turn(s)"),
    "event.bounced": ("超过终点了，退回{n}格", "Past the finish: back {n}"),
    "event.overshot": ("要正好走到终点才行，这次不动", "You need the exact number to finish"),
    "event.no_question": ("这一格暂时没有题目", "No question for this square"),
    "event.chain_stopped": ("这一轮走得太多了，到此为止", "Enough moves for one turn"),
    "event.won": ("{name}到达终点！", "{name} reached the finish!"),
    "event.won_limit": ("回合到了，{name}领先！", "Out of rounds: {name} leads!"),
    "event.saved": ("已保存", "Saved"),
    "event.save_failed": ("保存失败：{error}", "Could not save: {error}"),
    "event.no_sound": ("这台电脑没有可用的声音设备", "No sound device on this computer"),
    "event.refused": ("现在不能这样做：{reason}", "Not now: {reason}"),
    "effect.forward": ("前进{n}格", "forward {n}"),
    "effect.back": ("后退{n}格", "back {n}"),
    "effect.skip": ("暂停{n}轮", "miss {n} turn(s)"),
    "effect.roll_again": ("再掷一次", "roll again"),
    "effect.none": ("原地不动", "no change"),
    "effect.finish": ("到达终点", "reach the finish"),
    "effect.to": ("到第{n}格", "to square {n}"),
    # question dialog
    "q.header": ("{name}来答题", "{name}'s question"),
    "q.header_review": ("复习 · {name}上次答错的题", "Review · {name} missed this before"),
    "q.disputed": ("（各地分法不同，这里按{region}的规则）", " (cities sort this differently: {region} rules here)"),
    "q.classify_hint": ("点一个垃圾桶，或者按数字键 1-4", "Click a bin or press 1-4"),
    "q.choice_hint": ("点一个答案，或者按它的数字键", "Click an answer or press its number"),
    "q.truefalse_hint": ("点“对”或“错”，或者按 1 / 2", "Click True or False, or press 1 / 2"),
    "q.true": ("对", "True"),
    "q.false": ("错", "False"),
    "q.right": ("答对了！", "Right!"),
    "q.wrong": ("答错了", "Not quite"),
    "q.answer_is": ("正确答案：{answer}", "The answer: {answer}"),
    "q.chose": ("{name}选了：{answer}", "{name} chose: {answer}"),
    "q.result": ("结果：{effect}", "Result: {effect}"),
    "q.continue": ("继续", "Continue"),
    "q.continue_key": ("回车", "Enter"),
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
    "n.counted": ("✓ 算数：{items}", "✓ Counted: {items}"),
    "n.wrong_bin": ("× {item}是{category}：{reason}", "× {item} is {category}: {reason}"),
    "n.unknown": ("？ 词典里没有：{words}", "? Not in the dictionary: {words}"),
    "n.unclear": ("？ 要看是哪种：{word}（能算数的有：{kinds}）", "? Which kind? {word} (these would count: {kinds})"),
    "n.unclear_none": ("？ 要看是哪种：{word}（哪一种都不属于这个桶）", "? {word}: no kind of it belongs in this bin"),
    "l.generic": ("“{text}”要看是哪种", "“{text}”: it depends on the kind"),
    "n.repeated": ("说重复了：{items}", "Said twice: {items}"),
    "n.enough": ("说出了{n}个，够了！", "{n} named: enough!"),
    "n.short": ("还差{n}个", "{n} more needed"),
    "n.auto_yes": ("自动判断：算对", "Automatic verdict: counts"),
    "n.auto_no": ("自动判断：不算", "Automatic verdict: doesn't count"),
    "n.accepted": ("算对！", "It counts!"),
    "n.rejected": ("这次不算", "Not this time"),
    "n.overridden": ("（大人改了判断）", "(a grown-up changed the verdict)"),
    "n.enter_confirms": ("回车 = 同意自动判断", "Enter = agree with the automatic verdict"),
    "n.any_bin": ("垃圾", "waste"),
    # pause menu
    "p.title": ("暂停", "Paused"),
    "p.resume": ("继续玩", "Resume"),
    "p.save": ("保存", "Save"),
    "p.quit": ("保存并退出", "Save and quit"),
    "p.new_game": ("新游戏", "New game"),
    "p.fullscreen": ("全屏", "Full screen"),
    "p.sound": ("声音", "Sound"),
    "p.saved_to": ("已保存到 {path}", "Saved to {path}"),
    "p.keys": ("Esc 继续 · F11 全屏 · M 声音", "Esc resume · F11 full screen · M sound"),
    # end screen
    "e.title": ("游戏结束", "Game over"),
    "e.winner": ("{name}赢了！", "{name} wins!"),
    "e.place": ("第{n}名", "#{n}"),
    "e.report": ("{name}的学习报告", "{name}'s learning report"),
    "e.right_of": ("答对 {right}/{asked}", "{right}/{asked} right"),
    "e.tasks": ("说一说 {passed}/{tasks}", "naming {passed}/{tasks}"),
    "e.score": ("得分 {n}", "score {n}"),
    "e.named": ("说出的物品：{items}", "Items named: {items}"),
    "e.wrong_bin": ("放错了桶：{items}", "Wrong bin: {items}"),
    "e.missed": ("答错的题，再看一遍：", "Questions to look at again:"),
    "e.no_missed": ("没有答错的题，真棒！", "No mistakes. Well done!"),
    "e.no_questions": ("这局没有遇到题目", "No questions this game"),
    "q.disputed_here": ("{region}的资料对它说法不一，{bins}都算对。", "Sources for {region} disagree: {bins} count."),
    "q.differences": ("各地不同：{items}", "Elsewhere: {items}"),
    "e.reviews": ("复习：{items}", "Reviewed: {items}"),
    "e.hints": ("查了 {n} 次：{items}", "Looked up {n} times: {items}"),
    "e.region": ("分类规则：{region}", "Sorting rules: {region}"),
    "e.answer": ("答案：{answer}", "Answer: {answer}"),
    "e.again": ("再玩一次", "Play again"),
    "e.quit": ("退出", "Quit"),
    "e.tabs_hint": ("点名字或按 ←/→ 看每个人的报告", "Click a name or press ←/→ for each report"),
    "e.report_written": ("学习报告已写到 {path}", "Learning report written to {path}"),
    "e.more": ("下面还有，按 ↓ 或滚动鼠标", "More below: press ↓ or scroll"),
    "e.bot": ("（电脑）", "(computer)"),
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


def t(key: str, lang: Lang, **fields: object) -> str:
    """The text ``key`` in ``lang``, with ``fields`` filled in.

    >>> t("effect.forward", "zh", n=2)
    '前进2格'
    """
    zh, en = UI[key]
    text = en if lang == "en" else zh
    return text.format(**fields) if fields else text


def join_items(items: tuple[str, ...] | list[str], lang: Lang) -> str:
    """A list of item names as players write it.

    >>> join_items(["香蕉皮", "苹果核"], "zh"), join_items(["peel", "core"], "en")
    ('香蕉皮、苹果核', 'peel, core')
    """
    return ("、" if lang == "zh" else ", ").join(items)

"""Every sentence the terminal game shows, in Chinese and English, in one table.

Templates use :meth:`str.format` fields. Only ASCII and CJK characters (plus full-width CJK
punctuation) are used, so the width of a line is the same in every terminal.

>>> say("rolled", "zh", name="小明", value=4)
'小明 掷出了 4'
>>> say("rolled", "en", name="Ann", value=4)
'Ann rolled a 4'
"""

from __future__ import annotations

from typing import Any

from game.errors import Lang

_TEXTS: dict[str, tuple[str, str]] = {
    # start and set-up
    "title": ("垃圾分类飞行棋（终端版）", "fenleiqi, the garbage-sorting race (terminal)"),
    "quit_hint": ("随时按 Ctrl-C 保存并退出。", "Press Ctrl-C at any time to save and leave."),
    "setup_title": (
        "新游戏设置（直接按 Enter 用括号里的默认值）",
        "New game (press Enter to take the default in brackets)",
    ),
    "ask_players": ("几位玩家？{low}-{high} [{default}]：", "How many players? {low}-{high} [{default}]: "),
    "retry_players": ("请输入 {low} 到 {high} 之间的数字，比如 2。", "Type a number from {low} to {high}, e.g. 2."),
    "ask_bots": (
        "其中几位由电脑来玩（排在最后）？0-{high} [{default}]：",
        "How many of them does the computer play (the last seats)? 0-{high} [{default}]: ",
    ),
    "retry_bots": (
        "请输入 0 到 {high} 之间的数字；0 表示全是真人。",
        "Type a number from 0 to {high}; 0 means all people.",
    ),
    "ask_name": ("第 {seat} 位玩家叫什么名字？[{default}]：", "Name of player {seat}? [{default}]: "),
    "retry_name_long": (
        "名字太长了：最多 {chars} 个汉字或 {cells} 个字母。",
        "That name is too long: at most {cells} letters ({chars} Chinese characters).",
    ),
    "retry_name_taken": ("「{name}」已经有人用了，换一个吧。", "'{name}' is taken; pick another name."),
    "ask_level": (
        "{name} 的级别？1 儿童  2 少年  3 成人 [{default}]：",
        "{name}'s level? 1 child  2 teen  3 adult [{default}]: ",
    ),
    "retry_level": ("请输入 1、2 或 3（1 儿童、2 少年、3 成人）。", "Type 1, 2 or 3 (1 child, 2 teen, 3 adult)."),
    "ask_remember": (
        "记住 {name} 的学习记录吗？下一局多练常错的物品 (y/N)：",
        "Keep {name}'s learning history, to practise often-missed items next time? (y/N): ",
    ),
    "retry_remember": ("输入 y 记住，直接按 Enter 不记。", "Type y to keep it, or press Enter for no."),
    "ask_bot_level": (
        "电脑有多厉害？1 新手  2 普通  3 高手 [{default}]：",
        "How good is the computer? 1 beginner  2 average  3 expert [{default}]: ",
    ),
    "retry_bot_level": ("请输入 1、2 或 3。", "Type 1, 2 or 3."),
    "ask_difficulty": (
        "题目难度？1 简单  2 简单和中等  3 全部  4 中等和难 [{default}]：",
        "Question difficulty? 1 easy  2 easy+medium  3 all  4 medium+hard [{default}]: ",
    ),
    "retry_difficulty": ("请输入 1 到 4 之间的数字。", "Type a number from 1 to 4."),
    "ask_region": ("按哪里的分类规则？{choices} [1]：", "Whose sorting rules? {choices} [1]: "),
    "retry_region": ("请输入 1 到 {high} 之间的数字。", "Type a number from 1 to {high}."),
    "default_name": ("玩家{seat}", "Player {seat}"),
    "bot_name": ("电脑{n}", "Computer {n}"),
    "players_out_of_range": (
        "棋盘「{board}」要 {low} 到 {high} 位玩家。",
        "The board '{board}' is for {low} to {high} players.",
    ),
    "starting": ("开始！玩家：{names}", "Let's go! Players: {names}"),
    "resumed": ("接着上次的游戏玩（第 {step} 步）。", "Resuming the saved game (step {step})."),
    "from_backup": (
        "最新的存档坏了，用的是上一次的存档。",
        "The newest save was damaged; the previous one is used.",
    ),
    "no_save": (
        "没有可以继续的游戏：{detail}",
        "There is no saved game to resume: {detail}",
    ),
    "new_game_hint": ("开始新游戏请运行：", "To start a new game, run:"),
    "no_board": ("没有叫「{name}」的棋盘。可以用：{choices}", "There is no board called '{name}'. Boards: {choices}"),
    "no_region": (
        "没有叫「{name}」的地区。可以用：{choices}",
        "There is no region called '{name}'. Regions: {choices}",
    ),
    "bad_setup": ("无法开始游戏：{detail}", "Cannot start the game: {detail}"),
    # board and status
    "start": ("起点", "Start"),
    "finish": ("终点", "Goal"),
    "round_header": ("{board}：轮到 {seat} 号 {name}", "{board}: player {seat}, {name}, to play"),
    "status_square": ("第{square}格", "sq {square}"),
    "status_score": ("{score}分", "{score} pts"),
    "status_skips": ("停{skips}轮", "miss {skips}"),
    "status_bot": ("电脑", "bot"),
    "legend_question": ("答题", "question"),
    "legend_name": ("说出物品", "name items"),
    "legend_forward": ("前进", "jump on"),
    "legend_back": ("后退", "jump back"),
    "legend_skip": ("暂停", "miss turn"),
    "legend_again": ("再掷", "roll again"),
    "legend_tip": ("小知识", "tip"),
    "legend_any": ("任意类", "any bin"),
    # a turn
    "ask_roll": (
        "{name}，按 Enter 掷骰子（? 查一查，q 保存退出）：",
        "{name}, press Enter to roll (? to look up, q to save and leave): ",
    ),
    "retry_roll": (
        "只要按 Enter 就能掷骰子；想查物品就输入 ? 和名字，比如 ?香蕉皮；想保存退出就输入 q。",
        "Just press Enter to roll; type ? and an item to look it up (e.g. ?banana peel); type q to save and leave.",
    ),
    # quick look-up (? at the roll and answer prompts)
    "ask_lookup": ("查什么？输入物品名称（直接按 Enter 返回）：", "Look up what? Type an item (Enter to go back): "),
    "looked_up": ("查一查「{text}」：{item} 属于 {bin}", "Look-up '{text}': {item} goes in {bin}"),
    "looked_up_unknown": ("查一查「{text}」：词典里没有这个物品。", "Look-up '{text}': not in the dictionary."),
    "looked_up_suggest": ("你是不是想查：{items}", "Did you mean: {items}"),
    "looked_up_retry": ("换个说法再查一次，比如 ?香蕉皮。", "Try other words, e.g. ?banana peel."),
    "dice": ("骰子", "die"),
    "rolled": ("{name} 掷出了 {value}", "{name} rolled a {value}"),
    "moved_roll": ("从第{start}格走到第{end}格：{path}", "from {start} to {end}: {path}"),
    "moved_back": ("退回到第{end}格：{path}", "back to {end}: {path}"),
    "moved_on": ("前进到第{end}格：{path}", "on to {end}: {path}"),
    "bounced": ("超过了终点，弹回 {back} 步", "past the goal: bounced back {back}"),
    "overshot": (
        "点数 {value} 太大，要正好走到终点，原地不动",
        "a {value} is too many: the goal must be reached exactly, so the token stays",
    ),
    "landed": ("第{square}格 {kind}：", "Square {square}, {kind}: "),
    "kind_tip": ("小知识", "tip"),
    "kind_question": ("答题", "question"),
    "kind_name_items": ("说出物品", "name items"),
    "kind_jump": ("跳", "jump"),
    "kind_skip": ("暂停", "miss a turn"),
    "kind_roll_again": ("再掷一次", "roll again"),
    "kind_plain": ("空格", "plain"),
    "jumped": ("跳到第{end}格", "jumped to square {end}"),
    "skips_added": ("{name} 要暂停 {turns} 轮", "{name} misses {turns} turn(s)"),
    "turn_skipped": ("{name} 这一轮暂停", "{name} misses this turn"),
    "turn_skipped_more": ("{name} 这一轮暂停（还要停 {remaining} 轮）", "{name} misses this turn ({remaining} more)"),
    "roll_again": ("{name} 再掷一次！", "{name} rolls again!"),
    "no_question": ("这一格暂时没有合适的题目，跳过。", "No question fits this square right now; it is skipped."),
    "chain_stopped": (
        "一回合里连着走了太多格，第{square}格这次不算。",
        "Too many squares in one turn: square {square} is ignored this time.",
    ),
    "won": ("{name} 到达终点，获胜！", "{name} reached the goal and wins!"),
    "won_by_limit": ("回合用完了，{name} 领先，获胜！", "Out of rounds: {name} leads and wins!"),
    "turn_of": ("== 轮到 {name} ==", "== {name} to play =="),
    # questions
    "question_title": ("第{square}格：{category}题", "Square {square}: {category}"),
    "question_title_any": ("第{square}格：答题", "Square {square}: question"),
    "question_title_review": ("复习：上次答错的题", "Review: you missed this before"),
    "ask_choice": ("{name}，选 1-{high}：", "{name}, choose 1-{high}: "),
    "retry_choice": ("请输入 1 到 {high} 之间的数字。", "Type a number from 1 to {high}."),
    "retry_choice_bins": (
        "请输入 1 到 4，或者垃圾桶的字母 K、R、H、O。",
        "Type 1 to 4, or a bin's letter K, R, H or O.",
    ),
    "true": ("对", "True"),
    "false": ("错", "False"),
    "bot_answers": ("{name} 选了 {choice}", "{name} chose {choice}"),
    "right": ("答对了！", "Right!"),
    "right_points": ("答对了！+{points} 分", "Right! +{points} point(s)"),
    "wrong": ("答错了。正确答案：{answer}", "Not quite. The answer is {answer}"),
    "effect_right": ("奖励：{effect}", "Reward: {effect}"),
    "effect_wrong": ("惩罚：{effect}", "Penalty: {effect}"),
    "effect_none_wrong": ("这一格不罚。", "No penalty here."),
    "effect_none_right": ("这一格没有额外奖励。", "No extra reward on this square."),
    "ask_continue": ("按 Enter 继续：", "Press Enter to continue: "),
    "retry_continue": ("按 Enter 就能继续。", "Just press Enter to continue."),
    # naming items
    "naming_title": ("第{square}格：说出物品", "Square {square}: name items"),
    "naming_task": ("需要 {count} 个不同的 ", "Needed: {count} different kinds of "),
    "naming_task_any": ("请说出至少 {count} 个垃圾（哪一类都可以）", "Name at least {count} things people throw away"),
    "naming_how": (
        # the format only: real example items would give away (or mis-teach) the answer
        "几个物品之间用逗号、顿号或空格隔开",
        "Separate the items with commas or spaces",
    ),
    "ask_naming": ("{name}，请输入：", "{name}, type them: "),
    "retry_naming": (
        "还没有输入东西。请写出物品的名字，用逗号隔开。",
        "Nothing typed yet. Write item names, separated by commas.",
    ),
    "named_counted": ("算数的（{got}/{needed}）：", "Counted ({got}/{needed}): "),
    "named_none": ("没有", "none"),
    "named_wrong_bin": ("放错桶了：", "Wrong bin: "),
    "named_belongs": ("属于", "goes in"),
    "named_unknown": (
        "词典里没有：{items}（志愿者可以判断）",
        "Not in the dictionary: {items} (a volunteer can judge)",
    ),
    "disputed_here": (
        "{region}的资料对这个物品说法不一，{bins}都算对。",
        "Sources for {region} disagree on this item: {bins} all count.",
    ),
    "named_unclear_none": (
        "要看是哪种：「{word}」没有算数，而且哪一种都不属于这个桶",
        "Which kind? '{word}' was not counted, and no kind of it belongs in this bin",
    ),
    "named_unclear": (
        "要看是哪种：「{word}」没有算数，说清楚是哪一种（能算数的有：{kinds}）",
        "Which kind? '{word}' was not counted; say which kind (these would count: {kinds})",
    ),
    "looked_up_generic": ("查一查「{text}」：要看是哪种", "Look-up '{text}': it depends on the kind"),
    "named_repeated": ("重复的只算一次：{items}", "Named twice, counted once: {items}"),
    "named_passed": ("够了，通过！", "Enough: passed!"),
    "named_failed": ("还差 {missing} 个，没通过。", "{missing} short: not passed."),
    "ask_verdict": (
        "按 Enter 继续，按 j 让志愿者改判为「{other}」：",
        "Press Enter to go on, or j for the volunteer to change the verdict to '{other}': ",
    ),
    "retry_verdict": (
        "按 Enter 接受这个结果；志愿者听到了对的答案，可以输入 j 改判。",
        "Press Enter to accept; a volunteer who heard a right answer can type j to change it.",
    ),
    "verdict_pass": ("通过", "passed"),
    "verdict_fail": ("不通过", "not passed"),
    "judged_pass": ("通过！+1 分", "Passed! +1 point"),
    "judged_fail": ("这次没通过。", "Not passed this time."),
    "judged_override_pass": ("志愿者改判：通过！+1 分", "The volunteer changed the verdict: passed! +1 point"),
    "judged_override_fail": ("志愿者改判：不通过。", "The volunteer changed the verdict: not passed."),
    # quitting
    "saved": ("游戏已保存。下次接着玩，请运行：", "Game saved. To carry on later, run:"),
    "nothing_saved": ("游戏还没开始，没有需要保存的。再见！", "The game had not started; nothing to save. Bye!"),
    "save_failed": (
        "注意：没能自动保存（{detail}）。游戏可以继续，但退出后可能无法接着玩。",
        "Warning: the autosave failed ({detail}). You can play on, but may not be able to resume.",
    ),
    "retry_unreadable": (
        "输入里有看不懂的字符（可能是输入法或编码的问题），请再输入一次。",
        "Some of what was typed could not be read (an input method or encoding problem); please type it again.",
    ),
    "not_legal": ("现在不能这样做：{reason}", "That is not possible now: {reason}"),
    # the end
    "game_over": ("比赛结束", "Game over"),
    "podium_title": ("领奖台", "Podium"),
    "col_place": ("名次", "Place"),
    "col_player": ("玩家", "Player"),
    "col_square": ("位置", "Square"),
    "col_score": ("得分", "Points"),
    "col_answers": ("答对/答题", "Right/asked"),
    "place": ("第{place}名", "#{place}"),
    "report_title": ("{name} 的学习报告", "{name}'s learning report"),
    "col_category": ("垃圾类别", "Bin"),
    "col_naming": ("说出物品 通过/次数", "Naming passed/tasks"),
    "report_missed": ("答错的题，再记一记：", "Questions to remember:"),
    "report_no_missed": ("所有题都答对了，真棒！", "Every question answered right. Well done!"),
    "report_no_questions": ("这局没有遇到题目。", "No questions this game."),
    "report_wrong_bin": ("说错桶的物品：{items}", "Named for the wrong bin: {items}"),
    "report_named": ("说对的物品：{items}", "Items named right: {items}"),
    "report_reviews": ("复习：{items}", "Reviewed: {items}"),
    "report_hints": ("查了 {n} 次：{items}", "Looked up {n} times: {items}"),
    "differences": ("各地不同：{items}", "Elsewhere: {items}"),
    "disputed_note": (
        "各地分法不同，这里按{region}的规则。",
        "Cities sort this differently: {region} rules count here.",
    ),
    "report_region": ("分类规则：{region}", "Sorting rules: {region}"),
    "report_answer": ("答案：{answer}。", "Answer: {answer}. "),
    "report_written": ("学习报告已写入 {path}", "Learning report written to {path}"),
    "report_failed": (
        "学习报告没能写入（{detail}）。用 --resume 和 --report 可以再写一次。",
        "Could not write the learning report ({detail}). Run again with --resume and --report to retry.",
    ),
    # the learning report CSV
    "csv_player": ("玩家", "player"),
    "csv_seat": ("座位", "seat"),
    "csv_bot": ("电脑", "computer"),
    "csv_place": ("名次", "place"),
    "csv_score": ("得分", "points"),
    "csv_row": ("内容", "row"),
    "csv_category": ("垃圾类别", "bin"),
    "csv_asked": ("答题数", "asked"),
    "csv_right": ("答对数", "right"),
    "csv_tasks": ("说物品次数", "naming tasks"),
    "csv_passed": ("说物品通过", "naming passed"),
    "csv_question_id": ("题目编号", "question id"),
    "csv_question": ("题目或物品", "question or item"),
    "csv_answer": ("正确答案", "right answer"),
    "csv_explain": ("解释", "explanation"),
    "csv_row_category": ("分类成绩", "bin score"),
    "csv_row_missed": ("答错的题", "missed question"),
    "csv_row_wrong_bin": ("放错桶的物品", "wrong-bin item"),
    "csv_row_review": ("复习", "review"),
    "csv_row_lookup": ("查过的物品", "looked up"),
    "csv_row_region": ("分类规则", "sorting rules"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}


def template(key: str, lang: Lang) -> str:
    """The template ``key`` in ``lang``, its ``{fields}`` not filled in."""
    zh, en = _TEXTS[key]
    return en if lang == "en" else zh


def say(key: str, lang: Lang, **fields: Any) -> str:
    """The text ``key`` in ``lang`` with ``fields`` filled in."""
    text = template(key, lang)
    return text.format(**fields) if fields else text


def keys() -> tuple[str, ...]:
    """Every text key (for tests)."""
    return tuple(_TEXTS)

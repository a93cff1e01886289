"""Words of the print kit (``fenleiqi print-kit``): page headings, printer notes, the rules sheet.

Part of the one text table (:mod:`game.present.texts`).
"""

from __future__ import annotations

#: key → (Chinese, English); ``{name}``-style fields are filled by :func:`~game.present.texts.say`.
PRINT: dict[str, tuple[str, str]] = {
    # the board tiles
    "print.tile": (
        "拼图 {tile}（共 {rows} 行 {cols} 列）。沿虚线剪掉白边，对齐灰色条贴好",
        "Tile {tile} ({rows} rows × {cols} columns). Cut the white edge along the dashes; glue over the grey strips",
    ),
    "print.tile_right": ("右边接 {tile}", "{tile} goes to the right"),
    "print.tile_below": ("下边接 {tile}", "{tile} goes below"),
    # cards
    "print.cards_front": (
        "题卡 {first}–{last}（正面）· 双面打印选「长边翻转」，背面就是答案；单面打印只印正面，用答案表",
        "Question cards {first}–{last} (fronts). Duplex: flip on long edge, answers land on the back; "
        "single-sided: print fronts only and use the answer key",
    ),
    "print.cards_back": ("题卡 {first}–{last}（背面：答案）", "Question cards {first}–{last} (backs: answers)"),
    "print.card_number": ("第 {number} 题", "Card {number}"),
    "print.also_right": ("这里也算对：{answers}", "Also right here: {answers}"),
    # sorting cards
    "print.sorting_front": (
        "分类卡（正面）· 剪开后把卡片放进对应的垃圾桶卡下面；双面打印选「长边翻转」",
        "Sorting cards (fronts). Cut them out and sort them under the bin cards; duplex: flip on long edge",
    ),
    "print.sorting_back": ("分类卡（背面：应该放进的垃圾桶）", "Sorting cards (backs: the right bin)"),
    # rules
    "print.rules_title": ("怎么玩：{board}", "How to play: {board}"),
    "print.rules_goal": (
        "2 到 {players} 人，每人一个棋子，放在起点。轮流掷骰子，按点数往前走。先到终点的人赢。",
        "2 to {players} players, one token each, all on the start. Take turns to roll the die and move that "
        "many squares. The first to reach the goal wins.",
    ),
    "print.rules_finish_exact": (
        "要正好走到终点：点数太大就留在原地。",
        "The goal must be reached exactly: with too high a roll the token stays where it is.",
    ),
    "print.rules_finish_bounce": (
        "点数比到终点需要的多，就走到终点再往回退多出的步数。",
        "With more than you need, walk to the goal and back by the steps left over.",
    ),
    "print.rules_finish_pass": ("走到或走过终点都算赢。", "Reaching or passing the goal wins."),
    "print.rules_squares": ("棋盘上的格子", "The squares"),
    "print.rules_question": (
        "抽一张这种颜色的题卡（四色格：任意一张），大声读出来回答。{effects}",
        "Draw a card of this colour (four-colour square: any card), read it aloud and answer. {effects}",
    ),
    "print.rules_naming": (
        "说出几样这一类的垃圾（格子上写着几样）。大人当裁判：每样都对才算过；拿不准的看分类卡背面，"
        "或者用 fenleiqi lookup 查。{effects}",
        "Name that many items of this bin (the number is on the square). An adult judges: every item must be "
        "right; when unsure, check the backs of the sorting cards or use fenleiqi lookup. {effects}",
    ),
    "print.rules_jump": ("顺着箭头跳到格子上写的那一格。", "Follow the arrow to the square written on it."),
    "print.rules_skip": ("停在这里的人下一轮不掷骰子。", "Whoever stops here misses their next turn."),
    "print.rules_roll_again": ("马上再掷一次。", "Roll again at once."),
    "print.rules_tip": (
        "读一读下面这一格的小知识。",
        "Read this square's tip aloud (the tips are listed below).",
    ),
    "print.rules_list": ("每一格写的话", "What each square says"),
    "print.rules_region": (
        "按{region}的分类规则：{names}。",
        "Sorted by the rules of {region}: {names}.",
    ),
    "print.made_with": (
        "用 fenleiqi 印制 · 题目和棋盘与电脑版相同。图片：OpenMoji 和 fenleiqi 自己画的图（CC BY-SA 4.0）。",
        "Printed with fenleiqi: the same board and questions as the computer game. "
        "Pictures: OpenMoji and fenleiqi's own (CC BY-SA 4.0).",
    ),
    # answer key and score sheet
    "print.key_title": ("答案表（{count} 题）", "Answer key ({count} cards)"),
    "print.score_title": ("记分表", "Score sheet"),
    "print.score_round": ("第 {round} 轮", "Round {round}"),
    "print.score_total": ("总分", "Total"),
    "print.score_hint": (
        "答对一题或说对一组得 1 分；到终点时记下名次。",
        "A point for each right answer or naming passed; note the places at the goal.",
    ),
    # die and tokens
    "print.die_title": ("骰子和棋子", "Die and tokens"),
    "print.die_hint": (
        "沿实线剪下，沿虚线折，灰色小边涂胶粘成骰子；棋子剪下后对折，立在格子上。",
        "Cut along the solid lines, fold along the dashes and glue the grey tabs into a cube; "
        "cut out each token and fold it so it stands.",
    ),
}

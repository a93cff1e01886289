"""Words of the print kit (``fenleiqi print-kit``): page headings, printer notes, the rules sheet.

Part of the one text table (:mod:`game.present.texts`).
"""

from __future__ import annotations

#: key → (Chinese, English); ``{name}``-style fields are filled by :func:`~game.present.texts.say`.
PRINT: dict[str, tuple[str, str]] = {
    # the board tiles
    "print.tile": (
        "拼图 {tile}（共 {rows} 行 {cols} 列）。沿粗虚线剪掉白边，压在旁边那张的灰色条上，对齐图案再贴",
        "Tile {tile} ({rows} rows × {cols} columns). Cut the white edge along the bold dashes, lay it over the "
        "neighbour's grey strip, match the squares, then glue",
    ),
    "print.clause_sep": ("；", "; "),
    "print.tile_name": ("拼图 {tile}", "Tile {tile}"),
    "print.tile_right": ("右边接 {tile}", "{tile} goes to the right"),
    "print.tile_below": ("下边接 {tile}", "{tile} goes below"),
    # cards
    "print.cards_front": (
        "题卡 {first}–{last}（正面）· 双面打印选「长边翻转」，背面就是答案；单面打印只印正面，用答案表",
        "Question cards {first}–{last} (fronts). Duplex: flip on long edge, answers land on the back; "
        "single-sided: print fronts only and use the answer key",
    ),
    "print.cards_single": (
        "题卡 {first}–{last}（单面打印：答案在答案表里）",
        "Question cards {first}–{last} (single-sided: the answers are in the answer key)",
    ),
    "print.type_classify": ("分类题", "Which bin"),
    "print.type_choice": ("选择题", "Choice"),
    "print.type_truefalse": ("判断题", "True or false"),
    "print.cards_back": ("题卡 {first}–{last}（背面：答案）", "Question cards {first}–{last} (backs: answers)"),
    "print.card_number": ("第 {number} 题", "Card {number}"),
    "print.also_right": ("这里也算对：{answers}", "Also right here: {answers}"),
    # sorting cards
    "print.sorting_front": (
        "分类卡（正面）· 剪开后把卡片放进对应的垃圾桶卡下面；双面打印选「长边翻转」",
        "Sorting cards (fronts). Cut them out and sort them under the bin cards; duplex: flip on long edge",
    ),
    "print.sorting_single": (
        "分类卡 · 剪开后把卡片放进对应的垃圾桶卡下面（单面打印：答案在答案表最后）",
        "Sorting cards. Cut them out and sort them under the bin cards (single-sided: answers at the end of the key)",
    ),
    "print.sorting_back": ("分类卡（背面：应该放进的垃圾桶）", "Sorting cards (backs: the right bin)"),
    # rules
    "print.rules_title": ("怎么玩：{board}", "How to play: {board}"),
    "print.rules_goal": (
        "{low} 到 {high} 人，每人一个棋子，放在起点。轮流掷骰子（{dice} 面），按点数往前走。先到终点的人赢。",
        "{low} to {high} players, one token each, all on the start. Take turns to roll the die ({dice} sides) "
        "and move that many squares. The first to reach the goal wins.",
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
        "题卡按右上角写的题型分成几摞（{piles}），洗匀后正面朝上放好。停在问答格（格子的颜色是它的主题，"
        "纸质版不分颜色），就从这一格写的题型里挑一摞，拿最上面一张，大声读题回答，答完把卡片翻过来看答案。{effects}",
        "Sort the question cards into piles by the kind written at their top right ({piles}), shuffle, and lay "
        "them face up. On a question square (its colour is its topic; on paper any colour will do) take the top "
        "card of a pile the square allows, read it aloud and answer, then turn it over for the answer. {effects}",
    ),
    "print.rules_setup": (
        "准备：棋盘、骰子、每人一个棋子放在起点，题卡按题型分好摞。年纪最小的人先掷骰子，然后按顺时针轮流。"
        "走到哪一格就照那一格说的做；因为答题、跳格停到的新格子也要照着做。",
        "Setting up: the board, the die, a token per player on the start, the question cards in piles by kind. "
        "The youngest rolls first, then play goes clockwise. Do what the square you stop on says, and so on for "
        "each square an answer or a jump takes you to.",
    ),
    "print.rules_score": (
        "记分表（可以不用）：每答对一题、说对一组记 1 分。先到终点的人赢；分数看谁学得最多。",
        "The score sheet (optional): a point for each right answer or naming passed. The first to reach the goal "
        "wins; the points show who learnt most.",
    ),
    "print.rules_sorting": (
        "分类卡的玩法：四张垃圾桶卡摆在桌上，大家轮流拿一张物品卡，放到该放的垃圾桶卡下面，翻过来看对不对。",
        "Sorting cards: lay the four bin cards on the table; take turns to put an item card under its bin, then "
        "turn it over to check.",
    ),
    "print.rules_no_cards": (
        "（这个级别没有这种题：抽任意一摞）",
        " (this level has no such cards: draw from any pile)",
    ),
    "print.rules_naming": (
        "说出几样这一类的垃圾（格子上写着几样）。大人当裁判：每样都对才算过；拿不准的看分类卡背面，"
        "或者用 fenleiqi lookup 查。{effects}",
        "Name that many items of this bin (the number is on the square). An adult judges: every item must be "
        "right; when unsure, check the backs of the sorting cards or use fenleiqi lookup. {effects}",
    ),
    "print.rules_jump": ("顺着箭头跳到格子上写的那一格。", "Follow the arrow to the square written on it."),
    "print.rules_skip": (
        "停在这里的人要暂停 {turns} 轮，不掷骰子。",
        "Whoever stops here misses {turns} turn(s).",
    ),
    "print.rules_roll_again": ("马上再掷一次。", "Roll again at once."),
    "print.rules_tip": (
        "读一读这一格的小知识（每一格写的话在下面的列表里）。",
        "Read this square's tip aloud (what each square says is listed below).",
    ),
    "print.rules_effects_each": (
        "答对、答错怎么走，每一格不一样，写在下面的列表里。",
        "What a right and a wrong answer do differs from square to square: see the list below.",
    ),
    "print.rules_only_types": ("（题型：{types}）", " (cards: {types})"),
    "print.die_spinner": (
        "这个棋盘用 {dice} 面骰子：剪下转盘，在中心插一支铅笔，转一转，看贴着桌面的那条边上的数字。",
        "This board uses a {dice}-sided die: cut out the spinner, push a pencil through its centre, spin it "
        "and read the number on the edge that lands on the table.",
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
    "print.key_sorting": ("分类卡答案（{count} 张）", "Sorting cards ({count})"),
    "print.score_title": ("记分表", "Score sheet"),
    "print.score_round": ("第 {round} 轮", "Round {round}"),
    "print.score_total": ("总分", "Total"),
    "print.score_hint": (
        "答对一题或说对一组得 1 分；到终点时记下名次。",
        "A point for each right answer or naming passed; note the places at the goal.",
    ),
    "print.blank": (
        "（这一页空着：整份文件双面打印时，让下一部分从新的一张纸开始）",
        "(Left blank: printed on both sides, the next part starts on a sheet of its own)",
    ),
    # the command
    "print.not_pdf": (
        "文件名要以 .pdf 结尾（不是 “{name}”），比如 --out 纸质版.pdf",
        "--out must end in .pdf (not '{name}'), e.g. --out kit.pdf",
    ),
    "print.cannot_write": (
        "不能写入 {path}：{reason}。换一个文件夹或文件名再试，比如 --out 桌面/纸质版.pdf",
        "Cannot write {path}: {reason}. Try another folder or file name, e.g. --out ~/kit.pdf",
    ),
    "print.own_left_out": (
        "你的这些题不在{level}题卡里：{ids}（难度、题型或地区不合这一级；换 --level 再印一套）",
        "Your questions not on the {level} cards: {ids} (their difficulty, kind or region does not fit the "
        "level; print another set with --level)",
    ),
    "print.not_written": (
        "内容里有 {errors} 个错误，没有生成 PDF。改好上面列出的地方再试（可以先用 fenleiqi check 检查）",
        "{errors} error(s) in the content: no PDF was written. Fix the places listed above and try again "
        "(fenleiqi check shows them too)",
    ),
    "print.written": ("已写好 {path}：共 {pages} 页，{size} MB", "wrote {path}: {pages} pages, {size} MB"),
    "print.one_page": ("第 {page} 页", "page {page}"),
    "print.page_range": ("第 {first}–{last} 页", "pages {first}–{last}"),
    "print.one_sided": ("背面空着（整份文件双面打印也没关系）", "blank backs (fine to print the whole file two-sided)"),
    "print.single": ("单面打印", "one-sided"),
    "print.a3_sheet": (
        "A3 纸，单面；家里的 A4 打印机印不了，可以到打印店印这一页",
        "A3 paper, one-sided: a print shop job for an A4 home printer",
    ),
    "print.two_sided": ("双面打印，选“长边翻转”", "two-sided, flip on long edge"),
    "print.either_side": ("单面双面都可以", "one- or two-sided"),
    "print.part_rules": ("规则", "Rules"),
    "print.part_cards": ("题卡", "Question cards"),
    "print.part_sorting": ("分类卡", "Sorting cards"),
    "print.part_key": ("答案表", "Answer key"),
    "print.written_cards": (
        "题卡 {cards} 张；整份文件里有 {pictures} 张物品图片",
        "{cards} question cards; {pictures} item pictures in the whole file",
    ),
    "print.key_added": (
        "单面打印：卡片背面没有答案，所以加上了答案表",
        "Single-sided: the cards have no answers on their backs, so the answer key was added",
    ),
    "print.unreadable": (
        "这些图片读不出来，没有印：{pictures}（用 fenleiqi check 检查，或者换一个图片文件）",
        "These pictures could not be read and were left out: {pictures} (run fenleiqi check, or replace the files)",
    ),
    # die and tokens
    "print.die_title": ("骰子和棋子", "Die and tokens"),
    "print.die_hint": (
        "沿实线剪下，沿虚线折，灰色小边涂胶粘成骰子；棋子剪下后对折，立在格子上。",
        "Cut along the solid lines, fold along the dashes and glue the grey tabs into a cube; "
        "cut out each token and fold it so it stands.",
    ),
}

"""Sentences of ``fenleiqi new-question``, the step-by-step way to add one question.

Part of the one text table (:mod:`game.present.texts`).
"""

from __future__ import annotations

#: key → (Chinese, English).
WIZARD: dict[str, tuple[str, str]] = {
    "wizard.title": (
        "添加一道新题。方括号里是默认值，直接按 Enter 就用它；随时按 Ctrl-C 退出，什么都不会写入。",
        "Add a new question. Press Enter to take the default in brackets; Ctrl-C leaves at any time, writing nothing.",
    ),
    "wizard.into": ("新题会加到 {file}。", "The question will be added to {file}."),
    "wizard.ask_type": (
        "题型？1 分类题  2 选择题  3 判断题 [1]：",
        "Question type? 1 classify  2 choice  3 true/false [1]: ",
    ),
    "wizard.ask_item": ("要分类的物品（如 香蕉皮）：", "The item to sort (e.g. 香蕉皮): "),
    "wizard.dictionary": ("查词典：", "Dictionary: "),
    "wizard.ask_bin": (
        "它应该投进哪个垃圾桶？1 {n1}  2 {n2}  3 {n3}  4 {n4}{default}：",
        "Which bin does it go in? 1 {n1}  2 {n2}  3 {n3}  4 {n4}{default}: ",
    ),
    "wizard.ask_classify_text": (
        "题目文字（可不填；直接按 Enter 就是「{item}」应该投进哪个垃圾桶？）：",
        "Question text (optional; Enter uses the standard question about '{item}'): ",
    ),
    "wizard.ask_category": (
        "这道题讲哪类垃圾？1 {n1}  2 {n2}  3 {n3}  4 {n4}：",
        "Which bin does the question teach? 1 {n1}  2 {n2}  3 {n3}  4 {n4}: ",
    ),
    "wizard.ask_choice_text": ("题目（如 下面哪一种是有害垃圾？）：", "The question (e.g. 下面哪一种是有害垃圾？): "),
    "wizard.ask_truefalse_text": (
        "要判断的说法（如 用过的纸巾是可回收物。）：",
        "The statement to judge (e.g. 用过的纸巾是可回收物。): ",
    ),
    "wizard.ask_option": ("选项 {n}：", "Option {n}: "),
    "wizard.ask_option_more": ("选项 {n}（没有了就直接按 Enter）：", "Option {n} (Enter if there are no more): "),
    "wizard.ask_choice_answer": ("哪个选项是对的？1-{n}：", "Which option is right? 1-{n}: "),
    "wizard.ask_truefalse_answer": ("这句话说得对吗？1 对  2 错：", "Is the statement right? 1 true  2 false: "),
    "wizard.ask_explain": (
        "解释：为什么是这个答案？（答题后玩家会看到）：",
        "Explanation: why is that the answer? (players see it): ",
    ),
    "wizard.ask_difficulty": ("难度？1 简单  2 中等  3 难 [1]：", "Difficulty? 1 easy  2 medium  3 hard [1]: "),
    "wizard.ask_tags": ("标签（用逗号隔开，可不填）：", "Tags (separated by commas, optional): "),
    "wizard.ask_region": (
        "只在一个地区出这道题吗？写地区（{regions}）；全国通用直接按 Enter：",
        "Only for one region? Type it ({regions}); Enter for everywhere: ",
    ),
    "wizard.ask_id": ("编号 [{default}]：", "Id [{default}]: "),
    "wizard.ask_confirm": ("把这道题加到 {file}？[Y/n]：", "Add this question to {file}? [Y/n]: "),
    "wizard.retry_confirm": ("输入 y（写入）或 n（不写）。", "Type y (write it) or n (don't)."),
    "wizard.required": ("这一项必须填写。", "This one is required."),
    "wizard.preview": ("玩家看到的样子：", "What players will see:"),
    "wizard.not_valid": ("这道题还有问题，没有写入：", "The question still has problems; nothing was written:"),
    "wizard.declined": ("好的，没有写入。", "OK, nothing was written."),
    "wizard.quit": ("已退出，什么都没有写入。", "Left without writing anything."),
    "wizard.need_into": (
        "请用 --into 指定要写入的题库文件，例如：fenleiqi new-question --into 我的题库.yaml",
        "Say which bank file to add to with --into, e.g. fenleiqi new-question --into my-questions.yaml",
    ),
    "wizard.into_suffix": (
        "--into 要写一个 .yaml 文件（不是 “{file}”）",
        "--into must name a .yaml file (not '{file}')",
    ),
    "wizard.target_bad": ("不能写入 {file}：", "Cannot add to {file}:"),
    "wizard.written": ("已把 “{id}” 加到 {file}。", "Added '{id}' to {file}."),
    "wizard.backup": ("原来的文件保存为 {file}。", "The previous version is kept as {file}."),
    "wizard.comments_lost": (
        "这个文件的格式特别，只好整个重写：文件中间的注释没有保留（在 .bak 里能找回）。",
        "The file's layout was unusual, so it was written anew: comments inside it are only in the .bak.",
    ),
    "wizard.next": (
        "下一步：fenleiqi check {file} 检查，fenleiqi preview {id} 再看一遍。",
        "Next: fenleiqi check {file}, and fenleiqi preview {id} to see it again.",
    ),
}

"""The set-up screen: defaults, re-asking, and what the command line pre-fills."""

from __future__ import annotations

import io

from rich.console import Console

from game.terminal.prompt import Prompter
from game.terminal.setup_screen import Defaults, SetupChoice, ask_setup, setup_from_defaults

PLAIN = Defaults()


def ask(typed: list[str], defaults: Defaults = PLAIN, lang: str = "zh") -> tuple[SetupChoice, str]:
    screen = io.StringIO()
    prompter = Prompter(Console(file=screen, width=80, color_system=None), io.StringIO("\n".join(typed) + "\n"))
    return ask_setup(prompter, defaults, lang), screen.getvalue()  # type: ignore[arg-type]


def seats(choice: SetupChoice) -> list[tuple[str, bool, float]]:
    return [(s.name, s.bot, s.p_correct) for s in choice.seats]


def test_enter_through_is_two_people() -> None:
    choice, screen = ask(["", "", "", "", "", "", "", "", ""])
    assert seats(choice) == [("玩家1", False, 0.7), ("玩家2", False, 0.7)]
    assert choice.difficulty == (1, 3)
    assert "电脑有多厉害" not in screen  # no computer players, no question about them


def test_a_full_set_up() -> None:
    choice, _ = ask(["4", "2", "小明", "Lily", "", "", "", "", "3", "1"])
    assert seats(choice) == [("小明", False, 0.9), ("Lily", False, 0.9), ("电脑1", True, 0.9), ("电脑2", True, 0.9)]
    assert choice.difficulty == (1, 1)


def test_chinese_numbers_and_full_width_digits() -> None:
    choice, _ = ask(["三", "１", "", "", "", "", "", "", "", "2"])
    assert [s.bot for s in choice.seats] == [False, False, True]
    assert choice.difficulty == (1, 2)


def test_everyone_can_be_a_computer() -> None:
    choice, _ = ask(["2", "2", "1", "4"])
    assert seats(choice) == [("电脑1", True, 0.5), ("电脑2", True, 0.5)]
    assert choice.difficulty == (2, 3)


def test_wrong_answers_are_asked_again_with_a_hint() -> None:
    choice, screen = ask(["0", "seven", "2", "3", "1", "", "", "", "9", "2", "x", "2"])
    assert "请输入 1 到 6 之间的数字" in screen
    assert "请输入 0 到 2 之间的数字" in screen
    assert "请输入 1、2 或 3" in screen
    assert "请输入 1 到 4 之间的数字" in screen
    assert seats(choice) == [("玩家1", False, 0.7), ("电脑1", True, 0.7)]
    assert choice.difficulty == (1, 2)


def test_command_line_values_are_the_defaults() -> None:
    defaults = Defaults(players=3, names=("甲", "乙"), bots=1, bot_level=0.8, difficulty=(2, 2))
    choice, screen = ask(["", "", "", "", "", "", "", "", "", ""], defaults)
    assert seats(choice) == [("甲", False, 0.8), ("乙", False, 0.8), ("电脑1", True, 0.8)]
    assert choice.difficulty == (2, 2)
    assert "[80%]" in screen and "[2-2]" in screen


def test_the_boards_player_range_is_respected() -> None:
    choice, screen = ask(["1", "5", "2", "", "", "", "", "", "", "", ""], Defaults(low=2, high=4))
    assert "几位玩家？2-4 [2]" in screen and "请输入 2 到 4 之间的数字" in screen
    assert len(choice.seats) == 2


def test_english() -> None:
    choice, screen = ask(["", "1", "Ann", "", "", "", ""], lang="en")
    assert "How many players? 1-6 [2]" in screen
    assert seats(choice) == [("Ann", False, 0.7), ("Computer 1", True, 0.7)]


def test_setup_from_the_command_line_alone() -> None:
    choice = setup_from_defaults(Defaults(players=2, bots=1, names=("一个名字非常非常长的玩家",)), "zh")
    assert seats(choice) == [("一个名字非常", False, 0.7), ("电脑1", True, 0.7)]
    assert seats(setup_from_defaults(Defaults(names=("A", "B", "C")), "en"))[2] == ("C", False, 0.7)


def levels(choice: SetupChoice) -> list[str]:
    return [s.level for s in choice.seats]


def test_each_person_is_asked_their_level_after_the_names() -> None:
    choice, screen = ask(["3", "1", "小明", "妈妈", "1", "", "", "", "", "", ""])
    assert "小明 的级别？1 儿童  2 少年  3 成人 [3]：" in screen
    assert "妈妈 的级别？1 儿童  2 少年  3 成人 [3]：" in screen
    assert screen.index("妈妈 的级别") > screen.index("第 2 位玩家叫什么名字")
    assert "电脑1 的级别" not in screen  # computer players are not asked
    assert levels(choice) == ["child", "adult", "adult"]


def test_a_wrong_level_is_asked_again() -> None:
    choice, screen = ask(["1", "0", "", "4", "儿童", "二", "", "", ""])
    assert screen.count("请输入 1、2 或 3（1 儿童、2 少年、3 成人）。") == 2
    assert levels(choice) == ["teen"]


def test_levels_option_gives_the_defaults_and_the_bots_levels() -> None:
    defaults = Defaults(players=3, bots=1, levels=("child", "teen", "child"))
    choice, screen = ask(["", "", "", "", "", "", "", "3", "", "", ""], defaults)
    assert "玩家1 的级别？1 儿童  2 少年  3 成人 [1]：" in screen and "[2]：" in screen
    assert levels(choice) == ["child", "adult", "child"]  # Enter keeps --levels; the bot keeps its level


def test_levels_in_english() -> None:
    choice, screen = ask(["1", "0", "Ann", "2", "", "", ""], lang="en")
    assert "Ann's level? 1 child  2 teen  3 adult [3]: " in screen
    assert levels(choice) == ["teen"]


def test_levels_option_without_the_set_up_screen() -> None:
    choice = setup_from_defaults(Defaults(players=3, bots=1, levels=("child", "teen")), "zh")
    assert levels(choice) == ["child", "teen", "adult"]


def test_each_person_is_asked_about_a_learning_history_after_their_level() -> None:
    choice, screen = ask(["2", "0", "小明", "妈妈", "1", "", "y", "", "", ""])
    assert "记住 小明 的学习记录吗？下一局多练常错的物品 (y/N)：" in screen
    assert screen.index("小明 的级别") < screen.index("记住 小明") < screen.index("妈妈 的级别")
    assert [s.remember for s in choice.seats] == [True, False]  # Enter: no


def test_a_name_kept_already_is_not_asked_and_a_wrong_answer_is_asked_again() -> None:
    choice, screen = ask(
        ["2", "0", "小明", "妈妈", "", "", "也许", "不要", ""], Defaults(remembered=frozenset({"小明"}))
    )
    assert "记住 小明" not in screen and "输入 y 记住，直接按 Enter 不记。" in screen
    assert [s.remember for s in choice.seats] == [False, False]  # 小明 is kept already; 妈妈 said no


def test_computer_players_are_never_asked_about_a_history() -> None:
    _, screen = ask(["2", "1", "", "", "y", "", ""], lang="en")
    assert "Keep Player 1's learning history" in screen and "Computer 1's learning" not in screen


def test_children_and_teens_are_asked_about_pinyin_children_yes_by_default() -> None:
    choice, screen = ask(["3", "0", "小明", "小红", "妈妈", "1", "", "", "2", "", "", "", "", "", ""])
    assert "给 小明 的题目标上拼音吗？(Y/n)：" in screen and "给 小红 的题目标上拼音吗？(y/N)：" in screen
    assert "给 妈妈 的题目" not in screen  # adults are not asked
    assert [s.pinyin for s in choice.seats] == [True, False, None]


def test_a_child_may_turn_pinyin_off() -> None:
    choice, _ = ask(["1", "0", "小明", "1", "n", "", ""])
    assert choice.seats[0].pinyin is False

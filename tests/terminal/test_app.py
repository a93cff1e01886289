"""The terminal game in-process: whole games, quitting and resuming at every kind of step, errors."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from game.content.loader import load_bundled
from game.engine import Answered, GameSetup, ItemsNamed, NameItems, Phase, new_game, replay_events
from game.savefile import read_save, write_save
from tests.terminal.helpers import ZH_ANSWERS, options, run_app

SEED = 11


def test_enter_through_set_up_starts_a_two_person_game(tmp_path: Path) -> None:
    run = run_app(options(tmp_path), limit=10)
    assert run.code == 0
    game = read_save(tmp_path / "autosave.json").game
    assert [(p.name, p.bot) for p in game.setup.players] == [("玩家1", False), ("玩家2", False)]
    assert game.setup.difficulty == (1, 3)


def test_a_person_and_a_bot_play_a_whole_game_to_the_podium(tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    run = run_app(options(tmp_path, seed=SEED, report=report), typed=["2", "1", "小明"])
    assert run.code == 0
    out = run.output
    assert "到达终点，获胜！" in out
    assert "领奖台" in out and "第1名" in out and "第2名" in out
    assert "小明 的学习报告" in out and "电脑1 的学习报告" in out
    assert "学习报告已写入" in out
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")
    saved = read_save(tmp_path / "autosave.json").game
    assert saved.over
    # every question the person answered was explained right after the answer
    content = load_bundled()
    for _action, events in replay_events(saved.seed, saved.setup, saved.state.log, content):
        for event in events:
            if isinstance(event, Answered) and not saved.is_bot(event.player):
                question = saved.find_question(event.question)
                assert question is not None
                assert question.explain[:20] in out.replace("\n", "")


def test_every_line_fits_80_cells(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED), typed=["3", "1", "小明", "李华"])
    assert run.code == 0
    assert max(cell_len(line) for line in run.output.splitlines()) <= 80


def test_no_color_output_has_no_escape_codes(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED, no_color=True), typed=["2", "1"])
    assert "\x1b" not in run.output


def test_colour_output_uses_colour_but_never_only_colour(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED, no_color=False), typed=["2", "1"], limit=20)
    assert "\x1b[" in run.output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", run.output)
    assert "K 厨余垃圾" in plain and "[K] 厨余垃圾" in plain


@pytest.mark.parametrize("phase", [Phase.ROLL, Phase.ANSWER, Phase.NAME, Phase.VERDICT])
def test_quitting_at_any_step_saves_and_resume_continues_there(tmp_path: Path, phase: Phase) -> None:
    """End of input at the first prompt of ``phase``; the save holds that step and resuming shows it."""
    stop_at = {
        Phase.ROLL: "按 Enter 掷骰子",
        Phase.ANSWER: "，选 1-",
        Phase.NAME: "，请输入",
        Phase.VERDICT: "改判",
    }[phase]
    answers = {k: v for k, v in ZH_ANSWERS.items() if k != stop_at}
    first = run_app(options(tmp_path, seed=SEED, players=2, bots=0), answers=answers)
    assert first.code == 0
    save = tmp_path / "autosave.json"
    assert f"fenleiqi play --terminal --resume {save}" in first.output
    before = read_save(save).game
    assert before.phase is phase
    second = run_app(options(tmp_path, seed=SEED, resume=str(save)), answers={}, limit=0)
    assert second.code == 0
    assert "接着上次的游戏玩" in second.output
    after = read_save(save).game
    assert after == before  # same step, same dice (the generator state is in the save)
    if phase is Phase.ANSWER:
        question = before.question
        assert question is not None and question.prompt("zh")[:10] in second.output
    if phase is Phase.VERDICT:
        assert "算数的" in second.output  # the verdict is shown again before the volunteer's key


def test_resume_plays_on_with_the_same_dice(tmp_path: Path) -> None:
    """Quitting and resuming gives exactly the game played without stopping."""
    straight = run_app(options(tmp_path / "a", seed=SEED, players=2, bots=1))
    stopped = run_app(options(tmp_path / "b", seed=SEED, players=2, bots=1), limit=5)
    assert stopped.code == 0 and not read_save(tmp_path / "b" / "autosave.json").game.over
    resumed = run_app(options(tmp_path / "b", seed=SEED, resume=str(tmp_path / "b" / "autosave.json")))
    assert straight.code == resumed.code == 0
    assert read_save(tmp_path / "a" / "autosave.json").game == read_save(tmp_path / "b" / "autosave.json").game


def test_the_facilitator_can_override_a_naming_verdict(tmp_path: Path) -> None:
    answers = {**ZH_ANSWERS, "，请输入": "飞碟", "改判": "j"}
    run = run_app(options(tmp_path, seed=SEED, players=1, bots=0), answers=answers)
    assert "志愿者改判：通过！ +1 分" in run.output
    game = read_save(tmp_path / "autosave.json").game
    judged = [a for a in game.state.log if type(a).__name__ == "Judge"]
    assert judged and all(a.accept for a in judged)  # the rejected verdicts were all turned round


def test_naming_shows_what_counted_what_belongs_elsewhere_and_why(tmp_path: Path) -> None:
    answers = {**ZH_ANSWERS, "，请输入": "香蕉皮、纽扣电池、飞碟、香蕉皮"}
    run = run_app(options(tmp_path, seed=SEED, players=1, bots=0), answers=answers, limit=60)
    out = run.output.replace("\n", "")
    assert "算数的" in out
    assert "放错桶了：纽扣电池 属于 [H] 有害垃圾：" in out or "放错桶了：香蕉皮 属于 [K] 厨余垃圾：" in out
    assert "词典里没有：飞碟" in out
    assert "重复的只算一次：香蕉皮" in out


def test_garbage_at_every_prompt_gets_a_hint_and_the_same_prompt(tmp_path: Path) -> None:
    garbage = ["xyz", "\x1b[A", "99", "-1", "[red]boom[/red]", "\x00\x07"]
    seen: dict[str, int] = {}

    def answer_after_garbage(real: str):  # type: ignore[no-untyped-def]
        def answer(prompt: str) -> str:
            count = seen.get(prompt, 0)
            seen[prompt] = count + 1
            return garbage[count] if count < len(garbage) else real

        return answer

    answers = {key: answer_after_garbage(value) for key, value in ZH_ANSWERS.items()}
    answers["，请输入"] = lambda prompt: "香蕉皮，苹果核，剩饭"  # any text is an answer to a naming task
    run = run_app(options(tmp_path, seed=SEED), answers=answers, limit=400)
    assert run.code == 0, run.output[-2000:]
    out = run.output
    for hint in (
        "请输入 1 到 6 之间的数字",
        "请输入 0 到 2 之间的数字",
        "请输入 1 到 4 之间的数字",
        "只要按 Enter 就能掷骰子",
        "按 Enter 就能继续",
    ):
        assert hint in out, hint
    assert "Traceback" not in out


def test_names_are_shown_as_typed_never_as_markup(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED), typed=["1", "0", "[red]x[/red]"], limit=6)
    assert "[red]x[/red]" in run.output


def test_a_name_too_long_or_taken_is_asked_again(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED), typed=["2", "0", "一二三四五六七", "小明", "小明", "小红"], limit=12)
    assert "名字太长了" in run.output and "「小明」已经有人用了" in run.output
    names = [p.name for p in read_save(tmp_path / "autosave.json").game.setup.players]
    assert names == ["小明", "小红"]


def test_players_option_skips_the_set_up_screen(tmp_path: Path) -> None:
    opts = options(tmp_path, players=3, bots=2, names=("甲",), bot_level=0.5, difficulty=(1, 1))
    run = run_app(opts, answers={}, limit=0)
    assert "几位玩家" not in run.output
    game = read_save(tmp_path / "autosave.json").game
    assert [(p.name, p.bot, p.p_correct) for p in game.setup.players] == [
        ("甲", False, 0.5),
        ("电脑1", True, 0.5),
        ("电脑2", True, 0.5),
    ]
    assert game.setup.difficulty == (1, 1)


def test_english(tmp_path: Path) -> None:
    answers = {"to roll": "", "choose 1-": "2", "type them": "banana peel", "change the verdict": "", "continue": ""}
    run = run_app(options(tmp_path, seed=SEED, lang="en", players=2, bots=1), answers=answers)
    assert run.code == 0
    assert "reached the goal and wins!" in run.output and "Podium" in run.output
    for chinese in ("掷骰子", "掷出了", "答对了", "答错了", "领奖台", "学习报告", "第1名"):
        assert chinese not in run.output


def test_region_names_the_bins_its_own_way(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED, region="shanghai", players=1, bots=0), limit=3)
    assert "K 湿垃圾" in run.output and "O 干垃圾" in run.output


def test_resuming_without_a_save_says_how_to_start(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, resume=str(tmp_path / "nothing.json")), answers={})
    assert run.code == 1
    assert "没有可以继续的游戏" in run.output and "fenleiqi play --terminal" in run.output


def test_resuming_a_finished_game_shows_the_results_again(tmp_path: Path) -> None:
    run_app(options(tmp_path, seed=SEED, players=1, bots=1))
    again = run_app(options(tmp_path, resume=str(tmp_path / "autosave.json"), report=tmp_path / "r.csv"), answers={})
    assert again.code == 0 and "领奖台" in again.output and (tmp_path / "r.csv").exists()


def test_a_damaged_save_falls_back_to_the_previous_one(tmp_path: Path) -> None:
    run_app(options(tmp_path, seed=SEED, players=2, bots=0), limit=4)
    save = tmp_path / "autosave.json"
    save.write_text("{not json", encoding="utf-8")
    run = run_app(options(tmp_path, resume=str(save)), answers={})
    assert run.code == 0 and "用的是上一次的存档" in run.output


def test_unknown_board_or_region_is_a_clear_message(tmp_path: Path) -> None:
    board = run_app(options(tmp_path, board="nosuch"), answers={})
    region = run_app(options(tmp_path, region="atlantis"), answers={})
    assert board.code == region.code == 2
    assert "nosuch" in board.output and "atlantis" in region.output
    assert not (tmp_path / "autosave.json").exists()


def test_quitting_before_the_game_starts_saves_nothing(tmp_path: Path) -> None:
    run = run_app(options(tmp_path), answers={})
    assert run.code == 0 and "没有需要保存的" in run.output
    assert not (tmp_path / "autosave.json").exists()


def test_a_failing_disk_warns_once_and_the_game_goes_on(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    run = run_app(options(tmp_path, seed=SEED, players=1, bots=1, save_path=blocker / "autosave.json"))
    assert run.code == 0
    assert run.output.count("没能自动保存") == 1
    assert "领奖台" in run.output


def test_a_report_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    run = run_app(options(tmp_path, seed=SEED, players=1, bots=1, report=blocker / "r.csv"))
    assert run.code == 1 and "学习报告没能写入" in run.output


def test_a_narrow_terminal_still_fits(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED, players=2, bots=1), width=40)
    assert run.code == 0 and "领奖台" in run.output
    assert max(cell_len(line) for line in run.output.splitlines()) <= 40


def test_save_written_by_the_app_is_a_normal_save(tmp_path: Path) -> None:
    run_app(options(tmp_path, seed=SEED, players=2, bots=0), limit=6)
    data = json.loads((tmp_path / "autosave.json").read_text(encoding="utf-8"))
    assert data["format"] == "fenleiqi-save"


def test_resume_at_a_verdict_made_outside_the_app(tmp_path: Path) -> None:
    """A save made by any front end at the verdict step resumes with the verdict shown."""
    content = load_bundled()
    game = new_game(content, GameSetup.of("小明"), seed=SEED)
    while game.phase is not Phase.NAME:
        action = game.legal_actions()[0]
        game.apply(action)
    events = game.apply(NameItems(0, "香蕉皮，纽扣电池"))
    assert isinstance(events[0], ItemsNamed)
    save = tmp_path / "mine.json"
    write_save(save, game)
    run = run_app(options(tmp_path, resume=str(save)), answers={"改判": "j"}, limit=1)
    assert "放错桶了：香蕉皮 属于 [K] 厨余垃圾" in run.output
    assert read_save(tmp_path / "autosave.json").game.phase is not Phase.VERDICT  # the --save path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    typed=st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["", "1", "2", "j", "q", "香蕉皮"])), max_size=40)
)
def test_any_typing_never_crashes_and_always_leaves_a_resumable_game(tmp_path: Path, typed: list[str]) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    run = run_app(options(folder, seed=SEED), typed=[t.replace("\n", " ") for t in typed], answers={})
    assert run.code == 0
    save = folder / "autosave.json"
    if save.exists() and not read_save(save).game.over:  # a valid save, whatever was typed
        assert f"--resume {save}" in run.output


def test_play_levels_give_each_seat_its_level(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, levels=("child", "adult")), limit=11)  # the child is asked about pinyin too
    assert run.code == 0
    game = read_save(tmp_path / "autosave.json").game
    assert [p.level for p in game.setup.players] == ["child", "adult"]


def test_an_opted_in_player_gets_focus_items_and_the_finished_game_is_recorded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.history import History, record_finished

    monkeypatch.setenv("FENLEIQI_HOME", str(tmp_path / "home"))
    history = History.load()
    history.enable("小明")
    history.record("小明", missed=["大骨头", "大骨头"])
    run = run_app(options(tmp_path, seed=SEED), typed=["2", "1", "小明"])
    assert run.code == 0
    saved = read_save(tmp_path / "autosave.json").game
    assert saved.over and saved.setup.players[0].focus == ("大骨头",)
    after = History.load().players["小明"]
    assert len(after.games) == 1 and "电脑1" not in History.load().names()
    assert record_finished(saved) == ()  # shown again after a resume: not counted twice


def test_levels_chosen_on_the_set_up_screen_reach_the_game(tmp_path: Path) -> None:
    run = run_app(options(tmp_path, seed=SEED), typed=["2", "0", "小明", "妈妈", "1", "", ""], limit=11)
    assert run.code == 0 and "小明 的级别？1 儿童  2 少年  3 成人 [3]：" in run.output
    game = read_save(tmp_path / "autosave.json").game
    assert [(p.name, p.level) for p in game.setup.players] == [("小明", "child"), ("妈妈", "adult")]


ROLL_PROMPT = "按 Enter 掷骰子（? 查一查，q 保存退出）："


def test_a_question_mark_at_the_roll_prompt_looks_an_item_up_and_asks_again(tmp_path: Path) -> None:
    from game.engine import Lookup, Roll

    setup = ["2", "0", "小明", "小红", "", "", "", "", "", ""]  # ... difficulty, region
    run = run_app(options(tmp_path, seed=SEED), typed=[*setup, "?纽扣电池", "？", "飞碟", "?", ""], limit=16)
    out = run.output
    assert run.code == 0
    assert "查一查「纽扣电池」：纽扣电池 属于 [H] 有害垃圾" in out
    assert "查什么？输入物品名称（直接按 Enter 返回）：" in out
    assert "查一查「飞碟」：词典里没有这个物品。" in out
    assert out.count(ROLL_PROMPT) >= 4  # asked again after each look-up (and after "?" then Enter)
    game = read_save(tmp_path / "autosave.json").game  # every look-up is logged and saved
    assert game.state.log[:3] == [Lookup(0, "纽扣电池"), Lookup(0, "飞碟"), Roll(0)]
    assert game.state.records[0].hints == 2


def test_a_look_up_at_the_answer_and_naming_prompts_asks_the_same_prompt_again(tmp_path: Path) -> None:
    from game.engine import Answer, Lookup

    asked: dict[str, int] = {}

    def once(key: str, then: str) -> object:
        def answer(prompt: str) -> str:
            asked[key] = asked.get(key, 0) + 1
            return "?香蕉皮" if asked[key] == 1 else then

        return answer

    answers = {**ZH_ANSWERS, "，选 1-": once("choice", "1"), "，请输入": once("naming", "香蕉皮，苹果核，剩饭")}
    run = run_app(options(tmp_path, seed=SEED), typed=["2", "1", "小明"], answers=answers)  # type: ignore[arg-type]
    assert run.code == 0
    assert "查一查「香蕉皮」：香蕉皮 属于 [K] 厨余垃圾" in run.output
    prompts = run.keyboard.prompts
    looked = [i for i, p in enumerate(prompts) if "查一查「香蕉皮」" in p]
    assert looked and all("，选 1-" in prompts[i] or "，请输入" in prompts[i] for i in looked)
    game = read_save(tmp_path / "autosave.json").game
    log = game.state.log
    lookups = [i for i, action in enumerate(log) if isinstance(action, Lookup)]
    assert lookups and all(log[i].player == 0 for i in lookups)  # type: ignore[union-attr]  # bots never look up
    assert any(isinstance(log[i + 1], Answer) for i in lookups)


def test_opting_in_on_the_set_up_screen_keeps_a_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.history import History

    monkeypatch.setenv("FENLEIQI_HOME", str(tmp_path / "home"))
    History.load().enable("老王")  # kept already: not asked
    run = run_app(options(tmp_path, seed=SEED), typed=["3", "0", "小明", "妈妈", "老王", "", "y", "", "", ""], limit=12)
    assert run.code == 0
    assert "记住 小明 的学习记录吗" in run.output and "记住 老王" not in run.output
    assert History.load().names() == ("小明", "老王")
    assert read_save(tmp_path / "autosave.json").game.setup.players[0].name == "小明"


def test_the_region_is_chosen_at_set_up(tmp_path: Path) -> None:
    setup = ["2", "0", "小明", "小红", "", "", "", "", "", "2"]  # ... difficulty, then region 2 (上海)
    run = run_app(options(tmp_path, seed=SEED), typed=setup, limit=12)
    assert "按哪里的分类规则？1 全国  2 上海" in run.output
    game = read_save(tmp_path / "autosave.json").game
    assert game.setup.region == "shanghai"
    assert "垃圾分类知识竞赛棋 · 上海" in run.output and "湿垃圾" in run.output


def _seed_that_asks_about_a_disputed_item() -> int:
    """A seed whose first roll (one person, national rules) asks a question about a disputed item."""
    from game.engine import Roll, involves

    content = load_bundled()
    for seed in range(3000):
        game = new_game(content, GameSetup.of("小明"), seed=seed)
        game.apply(Roll(0))
        if game.phase is Phase.ANSWER and game.question is not None and involves(game.question, game.disputed):
            return seed
    raise AssertionError("no seed in 3000 asks about a disputed item first")


def test_a_question_about_a_disputed_item_says_whose_rules_count(tmp_path: Path) -> None:
    seed = _seed_that_asks_about_a_disputed_item()
    run = run_app(options(tmp_path, seed=seed, players=1, names=("小明",)), typed=["", "1"], limit=4)
    assert "各地分法不同，这里按全国的规则。" in run.output


def test_reviews_come_in_their_own_turn_after_its_header_and_outcomes_wait_for_enter(tmp_path: Path) -> None:
    """80×24: a computer's review question is shown under its own turn header, never under the
    person's outcome; a person's review opens with their own board; a person's turn that ends
    waits for Enter before anything else is printed."""
    run = run_app(
        options(tmp_path, seed=SEED, players=2, bots=1, bot_level=0.0), answers={**ZH_ANSWERS, "，选 1-": "2"}
    )
    assert run.code == 0
    lines = [line for line in run.output.splitlines() if line.strip()]
    review_at = [i for i, line in enumerate(lines) if "复习：上次答错的题" in line]
    assert review_at, "the game should have had reviews"
    bot_reviews = [i for i in review_at if not lines[i].startswith("+-")]  # a person's is a panel title
    person_reviews = [i for i in review_at if lines[i].startswith("+-")]
    assert bot_reviews and person_reviews
    for i in bot_reviews:
        assert "== 轮到 2 电脑1 ==" in lines[i - 1], lines[i - 2 : i + 1]
    for i in person_reviews:
        before = lines[:i]
        last_board = max(j for j, line in enumerate(before) if "轮到 1 号" in line)
        assert not any("掷骰子" in line for line in before[last_board:]), before[last_board:]
    # after each of the person's turns, Enter before the computer's turn header
    for i, line in enumerate(lines):
        if "== 轮到 2 电脑1 ==" in line:
            previous_prompt = next(
                (p for p in reversed(lines[:i]) if "按 Enter" in p or "，选 1-" in p or "改判" in p), ""
            )
            assert previous_prompt.startswith("按 Enter 继续") or "按 Enter 继续" in previous_prompt, previous_prompt


def test_the_end_pages_fit_the_screen_one_screenful_at_a_time(tmp_path: Path) -> None:
    """80×24: the podium, then each report, a screenful at a time with Enter in between."""
    run = run_app(
        options(tmp_path, seed=SEED, players=2, bots=1, bot_level=0.3), answers={**ZH_ANSWERS, "，选 1-": "2"}
    )
    assert run.code == 0
    end = run.output.split("比赛结束", 1)[1].splitlines()
    height = run.app.console.height
    stretch = 0
    for line in end:
        stretch = 0 if "按 Enter" in line else stretch + 1
        assert stretch <= height - 2, line
    assert sum("的学习报告：" in line for line in end) == 2  # one Enter before each player's report


def test_with_a_child_at_the_table_a_computers_answer_waits_for_enter(tmp_path: Path) -> None:
    adult = run_app(options(tmp_path / "a", players=2, bots=1, levels=("adult",)), limit=200)
    child = run_app(options(tmp_path / "c", players=2, bots=1, levels=("child",), voice=False), limit=200)
    computer = "电脑1"
    assert computer in adult.output and computer in child.output
    waits = [p for p in child.keyboard.prompts if "按 Enter 继续" in p]
    adult_waits = [p for p in adult.keyboard.prompts if "按 Enter 继续" in p]
    assert len(waits) > len(adult_waits)  # the child gets a press after each of the computer's answers

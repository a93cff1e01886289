"""The loader reports every kind of content problem as file:line:column: what — fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.categories import Category
from game.content.loader import check_paths, load_content
from game.content.models import ChoiceQuestion, FinishRule, SquareKind, TrueFalseQuestion
from game.errors import ContentError

CheckWith = Callable[..., list[str]]


def test_the_small_content_set_loads(content_dir: Path) -> None:
    content = load_content([content_dir], fill_from_bundled=False)
    board = content.board()
    assert board.size == 10 and len(board.squares) == 11
    assert board.rules.finish is FinishRule.BOUNCE
    assert board.squares[4].kind is SquareKind.JUMP and board.squares[4].to == 7
    assert board.squares[5].turns == 1
    assert board.squares[8].kind is SquareKind.PLAIN
    assert {q.id for q in content.questions} == {"q1", "q2", "q3", "q4"}
    choice = next(q for q in content.questions if isinstance(q, ChoiceQuestion))
    assert choice.correct_choice == 0 and choice.category is Category.HAZARDOUS
    truefalse = next(q for q in content.questions if isinstance(q, TrueFalseQuestion))
    assert truefalse.correct_choice == 0
    assert content.region("shanghai").category_name(Category.OTHER) == "干垃圾"


def test_yaml_syntax_error_names_line_and_column(check_with: CheckWith) -> None:
    problems = check_with(**{"questions.yaml": "schema: 1\nquestions: [\n  {id: a\n"})
    assert len(problems) == 1
    assert problems[0].startswith("questions.yaml:4:1: error: YAML syntax error")
    assert "check indentation" in problems[0]


def test_an_unclosed_bracket_is_traced_back_to_where_it_opened(check_with: CheckWith) -> None:
    problems = check_with(**{"board.yaml": "name: 我的棋盘\nsquares:\n  - {kind: question, category: 厨余\n\n"})
    assert problems[0].startswith("board.yaml:5:1:")
    assert "starts at line 3, column 5 is still open" in problems[0]


def test_tab_indentation_gets_its_own_fix(check_with: CheckWith) -> None:
    problems = check_with(**{"questions.yaml": "schema: 1\nquestions:\n\t- id: a\n"})
    assert problems[0].startswith("questions.yaml:3:1:") and "cannot indent with tabs" in problems[0]


def test_wrong_types_are_reported_with_the_value(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "questions.yaml": """
        schema: 1
        questions:
          - {id: q1, type: classify, item: 香蕉皮, answer: kitchen, explain: 果皮。, difficulty: easy}
          - {id: q2, type: classify, item: 香蕉皮, answer: kitchen, explain: 果皮。, difficulty: 5}
          - {id: q3, type: classify, item: [香蕉皮], answer: kitchen, explain: 果皮。, difficulty: 1}
        """
        }
    )
    assert (
        "questions.yaml:3:84: error: 'difficulty' must be a whole number from 1 to 3, not \"easy\" "
        "— write a whole number from 1 to 3"
    ) in problems
    assert any(p.startswith("questions.yaml:4:84:") and 'not "5"' in p for p in problems)
    assert any(p.startswith("questions.yaml:5:36:") and "'item' must be text" in p for p in problems)


def test_missing_required_field(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "questions.yaml": """
        schema: 1
        questions:
          - id: q1
            type: classify
            item: 香蕉皮
            answer: kitchen
            difficulty: 1
        """
        }
    )
    assert problems == ["questions.yaml:3:5: error: question is missing 'explain' — add 'explain: …' (text)"]


def test_unknown_key_suggests_the_right_one(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "board.yaml": """
        schema: 1
        name: 棋盘
        szie: 10
        squares:
          1: {kind: tip, txet: 提示}
        """
        }
    )
    assert "board.yaml:3:1: error: unknown key 'szie' in board file — did you mean 'size'?" in problems
    assert "board.yaml:5:18: error: unknown key 'txet' in square — did you mean 'text'?" in problems
    assert any("board file is missing 'size'" in p for p in problems)


def test_unknown_category_and_square_kind(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "board.yaml": """
        schema: 1
        name: 棋盘
        size: 10
        squares:
          1: {kind: tipp, text: 提示}
          2: {kind: question, category: kitchn}
        """
        }
    )
    assert any(
        p.startswith("board.yaml:5:13:") and '"tipp" is not a known square kind' in p and "did you mean 'tip'?" in p
        for p in problems
    )
    assert any(
        p.startswith("board.yaml:6:33:") and '"kitchn" is not a known category' in p and "did you mean 'kitchen'?" in p
        for p in problems
    )


def test_duplicate_question_ids_across_files(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "questions2.yaml": """
        schema: 1
        questions:
          - {id: q1, type: classify, item: 苹果核, answer: kitchen, explain: 果核。, difficulty: 1}
        """
        }
    )
    assert problems == [
        "questions2.yaml:3:5: error: question id 'q1' is already used (questions.yaml:3:5) "
        "— give this question an id of its own"
    ]


def test_duplicate_items_and_aliases_across_files(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "items2.yaml": """
        schema: 1
        items:
          - {name: 香蕉皮, category: kitchen, reason: 又写了一次。}
          - {name: 旧书, aliases: [ＢＡＯ, 报 纸], category: recyclable, reason: 纸。}
        """
        }
    )
    assert any(
        p.startswith("items2.yaml:3:5:")
        and "'香蕉皮' already names the item '香蕉皮' (items.yaml:3:5)" in p
        and "merge the two items" in p
        for p in problems
    )
    assert any(p.startswith("items2.yaml:4:5:") and "'报 纸' already names the item '旧报纸'" in p for p in problems)


def test_answer_not_among_the_options(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "questions.yaml": """
        schema: 1
        questions:
          - {id: c1, type: choice, category: hazardous, text: 哪个有害？, options: [纽扣电池, 旧报纸],
             answer: 电池, explain: 电池含重金属。, difficulty: 2}
          - {id: c2, type: choice, category: hazardous, text: 哪个有害？, options: [纽扣电池, 纽扣电池],
             answer: 纽扣电池, explain: 电池含重金属。, difficulty: 2}
          - {id: t1, type: truefalse, category: other, text: 对吗？, answer: 对, explain: 因为。, difficulty: 1}
        """
        }
    )
    assert any(
        p.startswith("questions.yaml:4:14:")
        and 'the answer "电池" is not one of the options' in p
        and "copy one option exactly: 纽扣电池 / 旧报纸" in p
        for p in problems
    )
    assert any(p.startswith("questions.yaml:5:71:") and "two options are the same" in p for p in problems)
    assert any(p.startswith("questions.yaml:7:67:") and "must be true or false" in p for p in problems)


def test_jump_out_of_range_and_onto_itself(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "board.yaml": """
        schema: 1
        name: 棋盘
        size: 10
        squares:
          2: {kind: jump, to: 11, text: 跳}
          3: {kind: jump, to: 3, text: 跳}
          12: {kind: tip, text: 远}
        """
        }
    )
    assert any(
        p.startswith("board.yaml:5:23:") and "square 2 jumps to 11, which is off the board" in p for p in problems
    )
    assert any(p.startswith("board.yaml:6:23:") and "square 3 jumps to itself" in p for p in problems)
    assert any(p.startswith("board.yaml:7:3:") and "square 12 is not on the board" in p for p in problems)


def test_jump_chain_that_loops(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "board.yaml": """
        schema: 1
        name: 棋盘
        size: 10
        squares:
          2: {kind: jump, to: 5, text: 跳}
          5: {kind: jump, to: 7, text: 跳}
          7: {kind: jump, to: 2, text: 跳}
          8: {kind: jump, to: 1, text: 跳}
        """
        }
    )
    assert problems == [
        "board.yaml:5:3: error: jump squares form a loop: 2 → 5 → 7 → 2 — change one of "
        "these squares' 'to' so the jumps end on a square that is not a jump"
    ]


def test_square_fields_must_fit_its_kind(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "board.yaml": """
        schema: 1
        name: 棋盘
        size: 10
        squares:
          2: {kind: tip, text: 提示, to: 5}
          3: {kind: jump, text: 跳}
        """
        }
    )
    assert any(
        p.startswith("board.yaml:5:28:") and "a 'tip' square does not use 'to'" in p and "change the square's kind" in p
        for p in problems
    )
    assert any(p.startswith("board.yaml:6:6:") and "a 'jump' square needs 'to'" in p for p in problems)


def test_board_square_whose_category_has_no_questions(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "board.yaml": """
        schema: 1
        name: 棋盘
        size: 10
        squares:
          2: {kind: question, category: other}
          3: {kind: question, category: kitchen, types: [choice]}
          4: {kind: name_items, category: hazardous, count: 3, text: 说三个}
        """
        }
    )
    assert any(
        p.startswith("board.yaml:6:3:") and "square 3 asks a kitchen question (choice), but the bank has none" in p
        for p in problems
    )
    assert any(
        p.startswith("board.yaml:7:3:") and "asks for 3 hazardous items, but the dictionary knows 1" in p
        for p in problems
    )
    assert len([p for p in problems if ": error: " in p]) == 2  # 'other' has a question (q4)


def test_classify_answer_must_agree_with_the_dictionary(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "more.yaml": """
        schema: 1
        questions:
          - {id: x1, type: classify, item: 大骨头, answer: kitchen, explain: 骨头。, difficulty: 2}
          - {id: x2, type: classify, item: 大骨头, answer: kitchen, explain: 深圳。, difficulty: 3,
             region: shenzhen}
          - {id: x3, type: classify, item: 榴莲壳, answer: other, explain: 硬。, difficulty: 2}
        """
        }
    )
    errors = [p for p in problems if ": error: " in p]
    assert len(errors) == 1 and errors[0].startswith("more.yaml:3:5:")
    assert "answers kitchen, but the item dictionary puts '大骨头' in other (items.yaml:8:5)" in errors[0]
    assert any(p.startswith("more.yaml:6:5: warning: '榴莲壳' is not in the item dictionary") for p in problems)


def test_unknown_region_is_reported(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "more.yaml": """
        schema: 1
        questions:
          - {id: x1, type: truefalse, category: other, text: 对吗？, answer: false, explain: 不对。,
             difficulty: 2, region: atlantis}
        """
        }
    )
    assert any(
        "unknown region 'atlantis'" in p and "known regions: national, shanghai, shenzhen" in p for p in problems
    )


@pytest.mark.parametrize("text", ["", "   \n# only a comment\n"])
def test_empty_files(check_with: CheckWith, text: str) -> None:
    problems = check_with(**{"empty.yaml": text})
    assert problems == ["empty.yaml:1:1: error: the file is empty — add content, starting with 'schema: 1'"]


def test_file_over_the_size_limit(check_with: CheckWith) -> None:
    big = "schema: 1\nsource: '" + "x" * (5 * 1024 * 1024) + "'\nquestions: []\n"
    problems = check_with(**{"big.yaml": big})
    assert problems == ["big.yaml: error: file too large (5.0 MiB, limit 5 MiB) — split the content into smaller files"]


def test_a_file_of_no_known_kind(check_with: CheckWith) -> None:
    problems = check_with(**{"odd.yaml": "schema: 1\nstuff: []\n"})
    assert problems[0].startswith("odd.yaml:1:1: error: cannot tell what kind of file this is")


def test_newer_schema_version(check_with: CheckWith) -> None:
    problems = check_with(**{"questions.yaml": "schema: 2\nquestions: []\n"})
    assert problems[0].startswith("questions.yaml:1:9: error: this file uses a newer format (schema 2)")


def test_not_utf8(check_with: CheckWith, content_dir: Path) -> None:
    (content_dir / "gbk.yaml").write_bytes("schema: 1\nquestions:\n  - {id: 垃圾}\n".encode("gbk"))
    problems = check_with(all_files=True)
    assert problems[0].startswith("gbk.yaml:3:10: error: the file is not UTF-8 encoded")


def test_python_tags_are_refused_and_never_run(check_with: CheckWith, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    problems = check_with(
        **{
            "evil.yaml": f"""
        schema: 1
        questions:
          - !!python/object/apply:os.system ["touch {marker}"]
          - id: !!python/name:os.system
        """
        }
    )
    assert not marker.exists()
    assert any(
        p.startswith("evil.yaml:3:5: error: YAML tag '!!python/object/apply:os.system' is not allowed")
        for p in problems
    )
    assert any("'!!python/name:os.system' is not allowed" in p for p in problems)


def test_billion_laughs_is_refused_quickly(check_with: CheckWith) -> None:
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for this, prev in zip("bcdefghi", "abcdefgh", strict=True):
        levels.append(f"{this}: &{this} [" + ", ".join([f"*{prev}"] * 9) + "]")
    problems = check_with(**{"bomb.yaml": "schema: 1\n" + "\n".join(levels) + "\nquestions: *i\n"})
    # The walk stops at the cap (200,000 values) instead of expanding 9**9: that bound is the
    # speed guarantee (a wall-clock assertion would only test the machine).
    assert any("anchors and aliases (& and *) expand this file past 200000 values" in p for p in problems)


def test_every_problem_is_reported_not_just_the_first(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "questions.yaml": """
        schema: 1
        questions:
          - {id: q1, type: classify, item: 香蕉皮, answer: kichen, explain: 果皮。, difficulty: 1}
          - {id: q2, type: choice, category: other, text: 哪个？, options: [a, b], answer: c,
             explain: 因为。, difficulty: 1}
          - {id: bad id, type: truefalse, category: other, text: 对吗？, answer: true, explain: 对。,
             difficulty: 1}
        """
        }
    )
    assert len(problems) == 3


def test_load_content_raises_with_all_problems(check_with: CheckWith, content_dir: Path) -> None:
    check_with(**{"questions.yaml": "schema: 1\nquestions:\n  - {id: q1}\n"})
    with pytest.raises(ContentError) as raised:
        load_content([content_dir], fill_from_bundled=False)
    assert len(raised.value.errors) >= 4  # type, answer, explain, difficulty missing
    assert isinstance(raised.value, ValueError)


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = check_paths([tmp_path / "nope.yaml"], fill_from_bundled=False)
    assert result.content is None
    assert result.problems[0].format("en").endswith("no such file or folder — check the path")


def test_a_single_file_is_checked_against_the_bundled_content(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "schema: 1\nquestions:\n  - {id: mine-1, type: classify, item: 香蕉皮, answer: other,"
        " explain: 错的。, difficulty: 1}\n",
        encoding="utf-8",
    )
    result = check_paths([mine])
    messages = [p.format("en") for p in result.errors]
    assert (
        len(messages) == 1
        and "the item dictionary puts '香蕉皮' in kitchen (questions/items-kitchen.yaml" in messages[0]
    )


def test_near_duplicate_questions_are_flagged(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "zz.yaml": """
        schema: 1
        questions:
          - {id: d1, type: classify, item: 香蕉皮儿, answer: kitchen, explain: 又问了一次。, difficulty: 2}
          - {id: d2, type: truefalse, category: recyclable, text: 报纸可以回收 。, answer: true,
             explain: 纸张。, difficulty: 2}
        """
        }
    )
    assert any(p.startswith("zz.yaml:3:5: warning: question 'd1' nearly repeats 'q1'") for p in problems)
    assert any(p.startswith("zz.yaml:4:5: warning: question 'd2' nearly repeats 'q3'") for p in problems)


def test_choice_options_are_checked_against_the_dictionary(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "more.yaml": """
        schema: 1
        questions:
          - {id: c1, type: choice, category: kitchen, text: 哪个是厨余垃圾？, options: [旧报纸, 纽扣电池],
             answer: 旧报纸, explain: 错的。, difficulty: 2}
          - {id: c2, type: choice, category: kitchen, text: 哪个是厨余垃圾？, options: [香蕉皮, 苹果核],
             answer: 香蕉皮, explain: 两个都对。, difficulty: 2}
        """
        }
    )
    assert any("the answer '旧报纸' is recyclable in the item dictionary, not kitchen" in p for p in problems)
    assert any("the wrong option '苹果核' is kitchen too, so two options are right" in p for p in problems)


def test_thin_levels_and_squares_are_warned_about(check_with: CheckWith) -> None:
    problems = check_with(all_files=True)
    assert (
        "questions: warning: Kitchen waste has only 1 question(s) at difficulty 1 — write at least 5 so players "
        "do not meet the same ones again and again" in problems
    )
    assert any(p.startswith("board.yaml:7:3: warning: square 2 can draw only 1 question(s)") for p in problems)


def test_a_bin_square_that_draws_classify_questions_gives_the_answer_away(check_with: CheckWith) -> None:
    problems = check_with(all_files=True)
    assert any(
        p.startswith("board.yaml:7:3: warning: square 2 shows kitchen, so the classify questions it draws")
        for p in problems
    )


def test_a_full_width_colon_is_named(check_with: CheckWith) -> None:
    problems = check_with(
        **{"questions.yaml": "schema: 1\nquestions:\n  - id: q1\n    type：classify\n    item: 香蕉皮\n"}
    )
    assert problems[0].startswith("questions.yaml:4:9: error: a full-width colon '：' is used here; YAML needs ':'")


def test_a_chinese_category_name_gets_its_key_as_the_fix(check_with: CheckWith) -> None:
    problems = check_with(
        **{
            "questions.yaml": """
        schema: 1
        questions:
          - {id: q1, type: classify, item: 香蕉皮, answer: 湿垃圾, explain: 果皮。, difficulty: 1}
        """
        }
    )
    assert any("did you mean 'kitchen'?" in p for p in problems)


def test_a_clash_with_the_bundled_content_is_reported_in_the_volunteers_file(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "schema: 1\nquestions:\n  - {id: k-ch-banana-peel, type: truefalse, category: kitchen,"
        " text: 香蕉皮是厨余垃圾。, answer: true, explain: 果皮会腐烂。, difficulty: 1}\n",
        encoding="utf-8",
    )
    result = check_paths([mine])
    (clash,) = [p for p in result.errors if "already used" in p.format("en")]
    assert clash.file.endswith("mine.yaml")


def test_board_coverage_messages_name_the_bin_in_chinese(content_dir: Path) -> None:
    board = (content_dir / "board.yaml").read_text(encoding="utf-8")
    board = board.replace(
        "2: {kind: question, category: kitchen}", "2: {kind: question, category: hazardous, types: [classify]}"
    )
    board = board.replace("count: 2", "count: 9")
    (content_dir / "board.yaml").write_text(board, encoding="utf-8")
    problems = [p.format("zh") for p in check_paths([content_dir], fill_from_bundled=False).problems]
    assert any("第 2 格要出有害垃圾的题（classify），但题库里一道也没有" in p for p in problems), problems
    assert any("第 3 格要说出 9 个厨余垃圾，但物品词典里只有 3 个" in p for p in problems), problems


def test_chinese_words_for_a_kind_name_the_key_to_write(tmp_path: Path) -> None:
    """Found by a walkthrough: ``type: 判断题`` listed the keys without saying which one it is."""
    (tmp_path / "q.yaml").write_text(
        "schema: 1\nquestions:\n  - id: tw-1\n    type: 判断题\n    category: kitchen\n"
        "    text: 香蕉皮是厨余垃圾。\n    answer: true\n"
        "    explain: 香蕉皮会腐烂，所以是厨余垃圾。\n    difficulty: 1\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        "schema: 1\nname: 小棋\nsize: 10\nrules: {finish: 弹回}\nsquares:\n  3: {kind: 小知识, text: 果皮会腐烂。}\n",
        encoding="utf-8",
    )
    problems = [p.format("zh") for p in check_paths([tmp_path], fill_from_bundled=False).errors]
    assert any("q.yaml:4:11" in p and "是不是要写 “truefalse”" in p for p in problems), problems
    assert any("b.yaml:4" in p and "是不是要写 “bounce”" in p for p in problems), problems
    assert any("b.yaml:6" in p and "是不是要写 “tip”" in p for p in problems), problems

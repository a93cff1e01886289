"""读题: a real Mandarin voice renders a question to speech; a new line interrupts the old; no voice
means a one-line notice and a game that goes on."""

from __future__ import annotations

import array
import os
import time
import wave
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from game.content.loader import load_bundled
from game.present.speech import question_speech
from game.session import voice as voice_module
from game.session.voice import NO_VOICE, Voice, mandarin_voice


def _has_a_mandarin_voice() -> bool:
    return voice_module._open_engine() is not None


def test_a_question_is_rendered_to_speech_of_plausible_length(tmp_path: Path) -> None:
    if not _has_a_mandarin_voice():
        if os.environ.get("CI"):  # .ci/run installs espeak-ng: there must be a voice
            pytest.fail("no Mandarin voice: is espeak-ng installed?")
        pytest.skip("no Mandarin voice on this machine (install espeak-ng)")
    content = load_bundled()
    question = next(q for q in content.questions if q.id == "k-cls-banana-peel")
    line = question_speech(question, content.region(), "zh")
    wav = tmp_path / "question.wav"
    assert Voice().save(line, wav)
    with wave.open(str(wav)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        samples = array.array("h", sound.readframes(sound.getnframes()))
    han = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    assert 0.1 * han < seconds < 0.8 * han, (seconds, han)  # speech, not a click and not a hang
    loud = sum(1 for sample in samples if abs(sample) > 1000)
    assert loud > 0.2 * len(samples), "mostly silence"


def test_mandarin_is_chosen_never_cantonese_or_latin_pinyin() -> None:
    voices = [
        SimpleNamespace(id="sit/yue", name="Chinese (Cantonese)", languages=["yue"]),
        SimpleNamespace(id="sit/cmn-Latn-pinyin", name="Chinese (Mandarin, latin as Pinyin)", languages=["cmn"]),
        SimpleNamespace(id="en", name="English", languages=[b"\x05en"]),
        SimpleNamespace(
            id=r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_ZH-CN_HUIHUI_11.0",
            name="Microsoft Huihui Desktop - Chinese (Simplified)",
            languages=[],
        ),
    ]
    assert mandarin_voice(voices).name.startswith("Microsoft Huihui")  # "SOFTWARE" is not "tw"
    assert mandarin_voice(voices[:1] + voices[2:3]) is None


SPOKEN: dict[str, str] = {}  #: WAV file → the line the fake engine rendered into it


class FakeEngine:
    """An engine that renders at once: a short WAV file per line (the line is kept in SPOKEN)."""

    def __init__(self) -> None:
        self.pending: tuple[str, str] | None = None

    def save_to_file(self, text: str, path: str) -> None:
        self.pending = (text, path)

    def runAndWait(self) -> None:
        if self.pending is not None:
            text, path = self.pending
            with wave.open(path, "wb") as sound:
                sound.setnchannels(1)
                sound.setsampwidth(2)
                sound.setframerate(22050)
                sound.writeframes(b"\x00\x10" * 100)
            SPOKEN[path] = text
            self.pending = None

    def say(self, text: str) -> None:
        self.save_to_file(text, os.devnull)

    def stop(self) -> None:
        pass


def test_a_new_line_interrupts_the_one_being_played(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_module, "_open_engine", FakeEngine)
    played: list[str] = []
    stopped: list[str] = []

    def player(path: Path) -> Any:
        text = SPOKEN[str(path)]
        played.append(text)
        return lambda: stopped.append(text)

    voice = Voice(player=player)
    voice._native = False  # render to files and play them, as with espeak-ng
    assert voice.wait_until_ready()
    voice.say("第一句")
    _wait_for(lambda: played == ["第一句"])
    started = time.monotonic()
    voice.say("第二句")
    assert time.monotonic() - started < 0.5  # saying never waits for speech
    _wait_for(lambda: played == ["第一句", "第二句"])
    assert stopped == ["第一句"]
    voice.close()


def test_without_a_voice_there_is_a_notice_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_module, "_open_engine", lambda: None)
    voice = Voice()
    assert not voice.wait_until_ready()
    assert voice.notice == NO_VOICE and not voice.say("香蕉皮")
    assert "没有找到中文语音" in voice.notice_in("zh") and "Play goes on" in voice.notice_in("en")


def test_a_childs_terminal_game_without_a_voice_says_so_once_and_plays_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.terminal.helpers import options, run_app

    monkeypatch.setattr(voice_module, "_open_engine", lambda: None)
    run = run_app(options(tmp_path, levels=("child",), players=1, names=("小明",)), limit=60)
    assert run.output.count("没有找到中文语音") == 1
    assert "（r 再听一遍）" not in run.output  # nothing to hear again
    assert run.app.session is not None and run.app.session.game.state.log


def test_with_a_voice_a_childs_question_is_read_and_r_reads_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.terminal.helpers import ZH_ANSWERS, options, run_app

    monkeypatch.setattr(voice_module, "_open_engine", FakeEngine)
    played: list[str] = []
    monkeypatch.setattr(voice_module, "command_player", lambda: lambda path: played.append(SPOKEN[str(path)]) or None)
    said: list[str] = []
    real_say = Voice.say
    monkeypatch.setattr(Voice, "say", lambda self, text: said.append(text) or real_say(self, text))
    typed = iter(["r"])  # the first question is asked to be read again, once
    answers = {**ZH_ANSWERS, "（r 再听一遍）": lambda prompt: next(typed, "1")}
    run = run_app(options(tmp_path, levels=("child",), players=1, names=("小明",)), answers=answers, limit=40)
    assert "（r 再听一遍）" in run.output and "没有找到中文语音" not in run.output
    questions = [line for line in said if "1，" in line]
    assert len(questions) >= 2 and questions[0] == questions[1]  # read as it was asked, then again on r
    _wait_for(lambda: bool(played))  # and something was played through the system's player


def _wait_for(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)
